/// The tracker's database schema, one migration per version. Never edit a shipped migration: add
/// a new one.
enum Schema {
    static let migrator = Migrator([
        Migrator.Migration(version: 1, sql: """
            CREATE TABLE requests (
                id INTEGER PRIMARY KEY,
                public_id TEXT NOT NULL UNIQUE,
                year INTEGER NOT NULL,
                number INTEGER NOT NULL,
                subject TEXT NOT NULL,
                agency TEXT NOT NULL,
                jurisdiction TEXT NOT NULL,
                requester TEXT,
                channel TEXT,
                filed TEXT NOT NULL,
                received TEXT NOT NULL,
                urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
                status TEXT NOT NULL,
                fee TEXT,
                embargo TEXT,
                created_at TEXT NOT NULL,
                audit_seq INTEGER NOT NULL,
                UNIQUE (year, number)
            );
            CREATE TABLE tags (
                request_id INTEGER NOT NULL REFERENCES requests(id),
                tag TEXT NOT NULL,
                PRIMARY KEY (request_id, tag)
            ) WITHOUT ROWID;
            CREATE INDEX tags_tag ON tags(tag, request_id);
            CREATE TABLE tracking_numbers (
                id INTEGER PRIMARY KEY,
                request_id INTEGER NOT NULL REFERENCES requests(id),
                number TEXT NOT NULL,
                assigned_on TEXT NOT NULL,
                actor TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                audit_seq INTEGER NOT NULL
            );
            CREATE INDEX tracking_numbers_request ON tracking_numbers(request_id, id);
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                request_id INTEGER NOT NULL REFERENCES requests(id),
                on_date TEXT NOT NULL,
                kind TEXT NOT NULL,
                status TEXT,
                days INTEGER,
                note TEXT NOT NULL DEFAULT '',
                actor TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                audit_seq INTEGER NOT NULL
            );
            CREATE INDEX events_request ON events(request_id, id);
            CREATE INDEX events_status ON events(request_id, id, status, on_date, days) WHERE kind = 'status';
            CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                request_id INTEGER NOT NULL REFERENCES requests(id),
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                stored_path TEXT,
                attached_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                purged_at TEXT,
                audit_seq INTEGER NOT NULL
            );
            CREATE INDEX documents_request ON documents(request_id, id);
            CREATE INDEX documents_sha256 ON documents(sha256);
            CREATE TABLE audit (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                request TEXT,
                details TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            """),
    ])
}
