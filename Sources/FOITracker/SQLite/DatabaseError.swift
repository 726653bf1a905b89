import BlacklineCore
import CSQLite

/// A failure reported by SQLite, with its result code, extended result code and what Blackline was
/// doing at the time.
///
/// The message names the statement's SQL (never the values bound to it: they may be document
/// metadata a user wants kept private).
public struct DatabaseError: BlacklineError, Equatable {
    /// The primary result code (`SQLITE_BUSY` = 5, `SQLITE_CONSTRAINT` = 19, …).
    public let code: Int32
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` = 2067, …).
    public let extendedCode: Int32
    /// SQLite's own explanation (`sqlite3_errmsg`).
    public let sqliteMessage: String
    /// What was being done: "opening /path/foi.sqlite", "executing `INSERT …`".
    public let context: String

    public init(code: Int32, extendedCode: Int32? = nil, sqliteMessage: String, context: String) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.sqliteMessage = sqliteMessage
        self.context = context
    }

    /// Reads the error state of `connection` after a call returned `code`.
    init(code: Int32, connection: OpaquePointer?, context: String) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        self.init(code: code, extendedCode: extended, sqliteMessage: message, context: context)
    }

    public var kind: FailureKind {
        switch code {
        case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_PROTOCOL: return .io
        case SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FORMAT: return .badInput
        case SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM: return .cannotCreateOutput
        default: return .internal
        }
    }

    /// True for `SQLITE_BUSY` / `SQLITE_LOCKED`: another connection holds a lock.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    public var message: String {
        var text = "SQLite error \(code)"
        if extendedCode != code { text += " (extended \(extendedCode))" }
        text += ": \(sqliteMessage) — while \(context)"
        return text
    }
}
