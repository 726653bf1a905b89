import FOITracker
import FixtureKit
import Foundation

/// The shipped jurisdictions, read from the source tree's policies/foi (not the built-in copies).
let shippedCatalog = JurisdictionCatalog(folders: [Fixtures.packageRoot.appendingPathComponent("policies/foi")], builtIn: [:])

func jurisdiction(_ id: String) throws -> Jurisdiction {
    try shippedCatalog.jurisdiction(id)
}

func day(_ text: String) -> CivilDate {
    guard let date = CivilDate(iso: text) else { fatalError("bad test date \(text)") }
    return date
}

/// The clock of a request received on `received` with `events` as (status, date[, days]).
func clock(_ id: String, received: String, urgent: Bool = false, _ events: [(FOIStatus, String, Int?)] = []) throws -> ClockReport {
    let changes = [StatusChange(status: .submitted, date: day(received))] + events.map { StatusChange(status: $0.0, date: day($0.1), days: $0.2) }
    return RequestClock.evaluate(jurisdiction: try jurisdiction(id), received: day(received), urgent: urgent, changes: changes)
}

/// A fresh store in a temporary folder.
func temporaryStore() throws -> (FOIStore, URL) {
    let folder = try Fixtures.temporaryFolder("foi-store")
    let store = try FOIStore(path: folder.appendingPathComponent("foi.sqlite").path, catalog: shippedCatalog)
    return (store, folder)
}
