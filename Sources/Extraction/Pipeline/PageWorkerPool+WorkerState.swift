import BlacklineCore
import Foundation

extension PageWorkerPool {
    /// Like `run(document:pages:progress:work:consume:)`, with a state object per worker thread,
    /// made on first use: a reusable page image, compression buffers. `State` need not be Sendable:
    /// each instance is only ever used by the thread that owns its document.
    public func run<State: AnyObject, Result: Sendable>(
        document: PDFDocument,
        pages: [Int],
        progress: any ProgressReporter = SilentProgress(),
        makeState: @escaping @Sendable () throws -> State,
        work: @escaping @Sendable (PDFDocument, State, Int) throws -> Result,
        consume: (Int, Result) throws -> Void
    ) throws {
        let states = WorkerStates<State>()
        try run(
            document: document, pages: pages, progress: progress,
            work: { document, number in
                let state = try states.state(for: document, make: makeState)
                return try work(document, state, number)
            },
            consume: consume)
    }
}

/// Per-worker states, keyed by the identity of the worker's document (one document per worker).
///
/// `@unchecked Sendable`: the dictionary is guarded by `lock`; each state is handed only to the
/// thread whose document it is keyed by.
private final class WorkerStates<State: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [ObjectIdentifier: State] = [:]

    func state(for document: PDFDocument, make: () throws -> State) throws -> State {
        let key = ObjectIdentifier(document)
        lock.lock()
        if let existing = states[key] {
            lock.unlock()
            return existing
        }
        lock.unlock()
        let made = try make()
        lock.lock()
        states[key] = made
        lock.unlock()
        return made
    }
}
