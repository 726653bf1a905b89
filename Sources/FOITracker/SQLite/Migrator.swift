import BlacklineCore

/// Versioned schema migrations: each step runs once, in order, in the same transaction that
/// records the new `user_version`.
public struct Migrator: Sendable {
    /// One schema version: its number and the SQL that brings the previous version to it.
    public struct Migration: Sendable {
        public let version: Int
        public let sql: String

        public init(version: Int, sql: String) {
            self.version = version
            self.sql = sql
        }
    }

    public let migrations: [Migration]

    public init(_ migrations: [Migration]) {
        precondition(
            migrations.enumerated().allSatisfy { $0.offset + 1 == $0.element.version }, "migrations must be numbered 1, 2, 3…")
        self.migrations = migrations
    }

    /// The newest schema version this build knows.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Brings `database` to the latest version. Several processes may call this at once: the
    /// version is read again under the write lock.
    public func migrate(_ database: Database) throws {
        let current = try database.userVersion
        if current == latestVersion { return }
        try checkNotNewer(current, database)
        try database.transaction(.immediate) {
            let version = try database.userVersion
            try checkNotNewer(version, database)
            for migration in migrations where migration.version > version {
                try database.execute(migration.sql)
                try database.execute("PRAGMA user_version = \(migration.version)")
            }
        }
    }

    private func checkNotNewer(_ version: Int, _ database: Database) throws {
        if version > latestVersion {
            throw GeneralError(
                .badInput,
                "\(database.path) has schema version \(version), newer than this build knows (\(latestVersion)); use a newer blackline")
        }
    }
}
