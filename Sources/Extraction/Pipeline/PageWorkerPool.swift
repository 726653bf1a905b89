import BlacklineCore
import Dispatch
import Foundation

/// Runs per-page work on several threads, one `PDFDocument` per thread, and hands the results back
/// in page order on the calling thread.
///
/// poppler crashes when threads share a document, so each worker opens its own copy. At most
/// `window` results wait for the consumer at any time, so memory is bounded per page, not per
/// document, however many pages there are. The first error (from a worker or the consumer) stops
/// every worker and is rethrown.
public struct PageWorkerPool: Sendable {
    /// Number of worker threads (each with its own open document).
    public var workers: Int
    /// Maximum number of pages in flight (being processed or waiting to be consumed).
    public var window: Int

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil) {
        self.workers = max(1, workers)
        self.window = max(self.workers, window ?? self.workers * 4)
    }

    /// Processes `pages` (1-based numbers) of `document`.
    ///
    /// - Parameters:
    ///   - document: an open document; the calling thread's copy, used by the first worker only
    ///     after it is handed over (do not use it concurrently while this runs).
    ///   - work: runs on a worker thread with that worker's document and a page number.
    ///   - consume: runs on the calling thread, once per page, in the order of `pages`.
    public func run<Result: Sendable>(
        document: PDFDocument,
        pages: [Int],
        progress: any ProgressReporter = SilentProgress(),
        work: @escaping @Sendable (PDFDocument, Int) throws -> Result,
        consume: (Int, Result) throws -> Void
    ) throws {
        guard !pages.isEmpty else { return }
        let count = min(workers, pages.count)
        // Open the other workers' documents up front, so opening errors surface before any work.
        var documents = [WorkerDocument(document)]
        for _ in 1..<count { documents.append(WorkerDocument(try document.reopen())) }

        let state = PipelineState<Result>(pages: pages, window: window)
        let group = DispatchGroup()
        for workerDocument in documents {
            group.enter()
            // `unowned`: libdispatch releases a block only after it has returned, i.e. after
            // `group.leave()`. Were the block to own the document, its last release (and
            // poppler's teardown) could run on the worker thread while the caller has already
            // moved on, or while the process exits (a crash in poppler, seen in the benchmark).
            // `documents` owns every copy until the workers are done, and releases them here.
            DispatchQueue.global(qos: .userInitiated).async { [unowned workerDocument] in
                defer { group.leave() }
                state.workLoop { pageNumber in try work(workerDocument.document, pageNumber) }
            }
        }
        defer {
            group.wait()
            withExtendedLifetime(documents) {}
        }
        do {
            try state.consumeInOrder { index, result in
                try consume(pages[index], result)
                progress.advance(by: 1)
            }
        } catch {
            state.fail(error)
            throw error
        }
    }
}

/// A document owned by exactly one worker thread.
///
/// `@unchecked Sendable` because the pool hands each instance to one thread only, which is the
/// rule poppler needs; nothing else touches it while the pool runs.
private final class WorkerDocument: @unchecked Sendable {
    let document: PDFDocument
    init(_ document: PDFDocument) { self.document = document }
}

/// Shared state of one run: which page is next, finished results, the first error.
private final class PipelineState<Result: Sendable>: @unchecked Sendable {
    // Every mutable field is guarded by `condition`.
    private let condition = NSCondition()
    private let pages: [Int]
    private let window: Int
    private var nextToClaim = 0
    private var nextToConsume = 0
    private var finished: [Int: Result] = [:]
    private var error: (any Error)?

    init(pages: [Int], window: Int) {
        self.pages = pages
        self.window = window
    }

    func fail(_ error: any Error) {
        condition.lock()
        if self.error == nil { self.error = error }
        condition.broadcast()
        condition.unlock()
    }

    /// Claims pages one at a time (never more than `window` ahead of the consumer) until none are left.
    func workLoop(_ body: (Int) throws -> Result) {
        while true {
            condition.lock()
            while error == nil, nextToClaim < pages.count, nextToClaim >= nextToConsume + window {
                condition.wait()
            }
            guard error == nil, nextToClaim < pages.count else {
                condition.unlock()
                return
            }
            let index = nextToClaim
            nextToClaim += 1
            condition.unlock()

            do {
                let result = try body(pages[index])
                condition.lock()
                finished[index] = result
                condition.broadcast()
                condition.unlock()
            } catch {
                fail(error)
                return
            }
        }
    }

    /// Hands results to `body` in order on the calling thread.
    func consumeInOrder(_ body: (Int, Result) throws -> Void) throws {
        while true {
            condition.lock()
            while error == nil, nextToConsume < pages.count, finished[nextToConsume] == nil {
                condition.wait()
            }
            if let error {
                condition.unlock()
                throw error
            }
            guard nextToConsume < pages.count, let result = finished.removeValue(forKey: nextToConsume) else {
                condition.unlock()
                return
            }
            let index = nextToConsume
            nextToConsume += 1
            condition.broadcast()
            condition.unlock()
            try body(index, result)
        }
    }
}
