import BlacklineCore
import CSQLite
import Foundation

/// A connection to an SQLite database file; owns its `sqlite3` handle and closes it in `deinit`.
///
/// Opened with foreign keys on, WAL journaling and a busy timeout, so several `blackline`
/// processes can use one database: writers take the write lock up front (`BEGIN IMMEDIATE`) and
/// wait for each other instead of failing. Not `Sendable`: one connection belongs to one thread.
public final class Database {
    let handle: OpaquePointer
    /// The database file's path.
    public let path: String
    private var statementCache: [String: Statement] = [:]
    /// True while `transaction` runs its body.
    public private(set) var isInTransaction = false

    /// How a transaction takes its locks.
    public enum TransactionKind: String {
        /// Takes the lock when first needed; for readers.
        case deferred = "DEFERRED"
        /// Takes the write lock at once; for every writer, so that concurrent writers queue.
        case immediate = "IMMEDIATE"
    }

    /// Opens (creating when missing) the database at `path`.
    /// - Parameter busyTimeout: how long to wait for another process's lock, in milliseconds.
    public init(path: String, readOnly: Bool = false, busyTimeout: Int32 = 60_000) throws {
        var connection: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = DatabaseError(code: code, connection: connection, context: "opening \(path)")
            sqlite3_close_v2(connection)
            throw error
        }
        self.handle = connection
        self.path = path
        sqlite3_extended_result_codes(connection, 1)
        // SQLite's own busy handler sleeps up to 100 ms between tries, so queued writers wait long
        // after the lock is free; this one retries every 0.5–2 ms (random, so processes spread out)
        // for about `busyTimeout` milliseconds.
        let attempts = Int(busyTimeout)
        sqlite3_busy_handler(connection, { context, tries in
            let limit = Int(bitPattern: context)
            guard Int(tries) < limit else { return 0 }
            usleep(useconds_t(500 + Int.random(in: 0..<1500)))
            return 1
        }, UnsafeMutableRawPointer(bitPattern: attempts))
        try execute("PRAGMA foreign_keys = ON")
        if !readOnly {
            // Switching to WAL needs a lock; the busy handler does not cover it, so retry briefly.
            try retryingWhileBusy { try execute("PRAGMA journal_mode = WAL") }
            try execute("PRAGMA synchronous = NORMAL")
            try execute("PRAGMA cache_size = -32768")
            try execute("PRAGMA mmap_size = 268435456")
        }
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs `body`, retrying for up to `timeout` seconds while it fails with SQLITE_BUSY.
    func retryingWhileBusy<T>(timeout: Double = 60, _ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 1_000
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.isBusy && Date() < deadline {
                usleep(pause)
                pause = min(pause * 2, 50_000)
            }
        }
    }

    // MARK: Statements

    /// Runs one or more SQL statements without parameters.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if let errorMessage { sqlite3_free(errorMessage) }
        guard code == SQLITE_OK else {
            throw DatabaseError(code: code, connection: handle, context: "executing `\(Statement.abbreviated(sql))`")
        }
    }

    /// Runs one statement with parameters.
    public func execute(_ sql: String, _ values: [any SQLBindable]) throws {
        try statement(sql).execute(values)
    }

    /// A prepared statement for `sql`, reused across calls on this connection.
    public func statement(_ sql: String) throws -> Statement {
        if let cached = statementCache[sql] { return cached }
        let statement = try Statement(database: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// The first column of the first row as an integer, or nil when there is no row or it is NULL.
    public func scalarInt(_ sql: String, _ values: [any SQLBindable] = []) throws -> Int? {
        try statement(sql).first(values) { $0.optionalInt(0) } ?? nil
    }

    /// The first column of the first row as text, or nil.
    public func scalarText(_ sql: String, _ values: [any SQLBindable] = []) throws -> String? {
        try statement(sql).first(values) { $0.optionalText(0) } ?? nil
    }

    /// The rowid of the last inserted row.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    // MARK: Transactions

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    ///
    /// Every change to the tracker goes through here with `.immediate`, so a failed command
    /// changes nothing and concurrent writers serialize.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        precondition(!isInTransaction, "nested transaction")
        try retryingWhileBusy { try execute("BEGIN \(kind.rawValue)") }
        isInTransaction = true
        defer { isInTransaction = false }
        let result: T
        do {
            result = try body()
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        do {
            try retryingWhileBusy { try execute("COMMIT") }
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        return result
    }

    /// The `user_version` pragma: the schema version.
    public var userVersion: Int {
        get throws { try scalarInt("PRAGMA user_version") ?? 0 }
    }
}
