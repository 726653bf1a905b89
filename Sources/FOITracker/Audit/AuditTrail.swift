import BlacklineCore

/// The append-only audit log: who changed what and when, each entry's SHA-256 covering the
/// previous entry's hash, so an edited, deleted or reordered entry breaks the chain.
public struct AuditTrail {
    /// One entry as stored.
    public struct Entry: Sendable, Equatable {
        public let seq: Int
        /// UTC ISO 8601.
        public let at: String
        public let actor: String
        /// "create", "status", "note", "attach", "update", "purge", "import".
        public let action: String
        /// The request's id, when the change concerns one.
        public let request: String?
        /// What changed, as compact JSON.
        public let details: String
        public let previousHash: String
        public let hash: String
    }

    /// The previous hash of the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The hash of an entry: SHA-256 over all its fields, including its place (`seq`) and its
    /// predecessor's hash, each written as `<UTF-8 length>:<text>\n` (a missing request as `-`)
    /// so no two entries share a byte sequence.
    public static func hash(seq: Int, at: String, actor: String, action: String, request: String?, details: String, previousHash: String) -> String {
        var canonical = "blackline-foi-audit-v1\n\(seq)\n"
        for field in [at, actor, action] {
            canonical += "\(field.utf8.count):\(field)\n"
        }
        canonical += request.map { "\($0.utf8.count):\($0)\n" } ?? "-\n"
        canonical += "\(details.utf8.count):\(details)\n\(previousHash)\n"
        return SHA256.hex(of: canonical)
    }

    let database: Database
    private var last: (seq: Int, hash: String)?

    init(database: Database) {
        self.database = database
    }

    /// Appends an entry. Must run inside the write transaction of the change it records.
    @discardableResult
    mutating func append(at: String, actor: String, action: String, request: String?, details: JSONValue) throws -> Int {
        precondition(database.isInTransaction, "audit entries are written in the change's transaction")
        if last == nil {
            last = try database.statement("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").first { ($0.int(0), $0.text(1)) }
                ?? (0, Self.genesisHash)
        }
        let seq = last!.seq + 1
        let text = JSONText.serialize(details)
        let hash = Self.hash(seq: seq, at: at, actor: actor, action: action, request: request, details: text, previousHash: last!.hash)
        try database.execute(
            "INSERT INTO audit (seq, at, actor, action, request, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [seq, at, actor, action, request, text, last!.hash, hash])
        last = (seq, hash)
        return seq
    }

    /// Reads every entry in order.
    static func entries(_ database: Database, request: String? = nil) throws -> [Entry] {
        let sql = "SELECT seq, at, actor, action, request, details, prev_hash, hash FROM audit"
            + (request == nil ? "" : " WHERE request = ?") + " ORDER BY seq"
        return try database.statement(sql).map(request.map { [$0] } ?? []) {
            Entry(
                seq: $0.int(0), at: $0.text(1), actor: $0.text(2), action: $0.text(3), request: $0.optionalText(4), details: $0.text(5),
                previousHash: $0.text(6), hash: $0.text(7))
        }
    }
}

/// The outcome of `foi audit --verify`.
public struct AuditVerification: Sendable, Equatable {
    /// Entries checked.
    public let count: Int
    /// The last entry's hash: record it elsewhere to detect a later removal of the newest entries.
    public let headHash: String
    /// The first bad entry and what is wrong with it; nil when the chain is intact.
    public let firstBadEntry: Int?
    public let problem: String?

    public var isIntact: Bool { firstBadEntry == nil }
}
