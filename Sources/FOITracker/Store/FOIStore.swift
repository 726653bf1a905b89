import BlacklineCore
import Foundation

/// The FOI tracker's storage: requests, timelines, documents and the audit trail in one SQLite
/// database, with attached copies in a managed folder next to it.
///
/// Every change runs in one `BEGIN IMMEDIATE` transaction together with its audit entry, so a
/// failed command changes nothing and several processes can write at once. Not `Sendable`: one
/// store (one connection) per thread.
public final class FOIStore {
    public let database: Database
    public let catalog: JurisdictionCatalog
    /// The database file.
    public let path: String
    /// Where attached copies are kept: `<database>.documents/`.
    public let documentsFolder: URL
    /// The clock for timestamps (replaceable in tests).
    public var now: () -> Date = { Date() }
    /// From this many requests on, lists and statistics read the database in two halves on two threads.
    public var parallelScanThreshold = 20_000

    /// Opens the database at `path`, creating it and its folder on first use, and migrates the schema.
    public init(path: String, catalog: JurisdictionCatalog = .standard()) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FOIError(.cannotCreateOutput, "cannot create the folder \(folder.path) for the FOI database")
        }
        self.path = url.path
        self.catalog = catalog
        self.documentsFolder = URL(fileURLWithPath: url.path + ".documents")
        self.database = try Database(path: url.path)
        try Schema.migrator.migrate(database)
    }

    /// The database path: `explicit` (`--db`), else `$BLACKLINE_DB`, else
    /// `$XDG_DATA_HOME/blackline/foi.sqlite`, else `~/.local/share/blackline/foi.sqlite`.
    public static func resolvePath(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["BLACKLINE_DB"], !path.isEmpty { return path }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/blackline/foi.sqlite"
    }

    /// Who is making a change: `explicit` (`--actor`), else `$BLACKLINE_ACTOR`, else `$USER`.
    public static func resolveActor(explicit: String?, environment: [String: String]) -> String {
        for candidate in [explicit, environment["BLACKLINE_ACTOR"], environment["USER"], environment["LOGNAME"]] {
            if let candidate, !candidate.trimmingCharacters(in: .whitespaces).isEmpty { return candidate }
        }
        return "unknown"
    }

    var timestamp: String { Timestamp.iso(now()) }

    /// Runs `body` as one write transaction with an audit trail to append to.
    func write<T>(_ body: (inout AuditTrail, String) throws -> T) throws -> T {
        try database.transaction(.immediate) {
            var audit = AuditTrail(database: database)
            return try body(&audit, timestamp)
        }
    }

    /// The stored row of a request: its internal key and what the clock and validation need.
    struct RequestRow {
        let key: Int64
        let id: String
        let jurisdiction: String
        let received: CivilDate
        let urgent: Bool
        let status: FOIStatus
    }

    func requestRow(_ id: String) throws -> RequestRow {
        let row = try database.statement(
            "SELECT id, public_id, jurisdiction, received, urgent, status FROM requests WHERE public_id = ?"
        ).first([id.uppercased()]) { s in
            RequestRow(
                key: s.int64(0), id: s.text(1), jurisdiction: s.text(2), received: CivilDate(iso: s.text(3)) ?? CivilDate(dayNumber: 0),
                urgent: s.int(4) != 0, status: FOIStatus(rawValue: s.text(5)) ?? .closed)
        }
        guard let row else { throw FOIError.unknownRequest(id) }
        return row
    }

    /// The status changes of a request in order.
    func statusChanges(_ key: Int64) throws -> [StatusChange] {
        try database.statement(
            "SELECT status, on_date, days FROM events WHERE request_id = ? AND kind = 'status' ORDER BY id"
        ).map([key]) { s in
            StatusChange(status: FOIStatus(rawValue: s.text(0)) ?? .closed, date: CivilDate(iso: s.text(1)) ?? CivilDate(dayNumber: 0), days: s.optionalInt(2))
        }
    }

    /// Evaluates the clock of a stored record.
    public func clock(for record: RequestRecord) throws -> ClockReport {
        let jurisdiction = try catalog.jurisdiction(record.jurisdiction)
        return RequestClock.evaluate(jurisdiction: jurisdiction, received: record.received, urgent: record.urgent, changes: record.statusChanges)
    }

    /// Number of requests stored.
    public func count() throws -> Int {
        try database.scalarInt("SELECT COUNT(*) FROM requests") ?? 0
    }
}
