import CSQLite

/// A prepared SQLite statement; owns its `sqlite3_stmt` and finalizes it in `deinit`.
///
/// Not `Sendable`: an SQLite statement belongs to the connection's thread. It holds the raw
/// connection, not the `Database` (which caches statements: a strong reference would be a cycle
/// and the connection would never be closed); `sqlite3_close_v2` keeps the connection alive until
/// its last statement is finalized.
public final class Statement {
    let handle: OpaquePointer
    let connection: OpaquePointer
    /// The SQL text, for error messages.
    public let sql: String

    init(database: Database, sql: String) throws {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw DatabaseError(code: code, connection: database.handle, context: "preparing `\(Statement.abbreviated(sql))`")
        }
        self.handle = statement
        self.connection = database.handle
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    static func abbreviated(_ sql: String) -> String {
        let flat = sql.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
        return flat.count > 120 ? String(flat.prefix(117)) + "..." : flat
    }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(code: code, connection: connection, context: "executing `\(Statement.abbreviated(sql))`")
    }

    // MARK: Binding

    /// Clears previous bindings and binds `values` to parameters 1…n.
    public func bind(_ values: [any SQLBindable]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the 1-based parameter `index`.
    public func bind(_ value: SQLValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let i): code = sqlite3_bind_int64(handle, index, i)
        case .real(let d): code = sqlite3_bind_double(handle, index, d)
        case .text(let s): code = sqlite3_bind_text(handle, index, s, -1, blackline_sqlite_transient())
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), blackline_sqlite_transient()) }
        }
        guard code == SQLITE_OK else { throw failure(code) }
    }

    // MARK: Stepping

    /// Advances to the next row; false when the statement is done.
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = failure(code)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Resets the statement so it can run again (bindings are kept).
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Binds `values`, runs the statement to completion and resets it.
    public func execute(_ values: [any SQLBindable] = []) throws {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    /// Binds `values` and calls `body` for every row, then resets.
    public func forEachRow(_ values: [any SQLBindable] = [], _ body: (Statement) throws -> Void) throws {
        try bind(values)
        defer { reset() }
        while try step() { try body(self) }
    }

    /// Binds `values` and maps every row.
    public func map<T>(_ values: [any SQLBindable] = [], _ transform: (Statement) throws -> T) throws -> [T] {
        var rows: [T] = []
        try forEachRow(values) { rows.append(try transform($0)) }
        return rows
    }

    /// Binds `values` and returns the first row mapped, or nil when there is none.
    public func first<T>(_ values: [any SQLBindable] = [], _ transform: (Statement) throws -> T) throws -> T? {
        try bind(values)
        defer { reset() }
        return try step() ? try transform(self) : nil
    }

    // MARK: Columns (0-based)

    public func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    public func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    public func int(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(handle, column))
    }

    public func optionalInt(_ column: Int32) -> Int? {
        isNull(column) ? nil : int(column)
    }

    public func double(_ column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    /// The column as text ("" for NULL).
    public func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column as text, or nil for NULL.
    public func optionalText(_ column: Int32) -> String? {
        isNull(column) ? nil : text(column)
    }

    /// Calls `body` with the column's UTF-8 bytes without copying them (empty for NULL).
    public func withUTF8<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        guard let pointer = sqlite3_column_text(handle, column) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: pointer, count: count))
    }
}
