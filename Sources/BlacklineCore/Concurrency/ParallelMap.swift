import Dispatch
import Foundation

/// Runs independent jobs on several threads and returns their results in input order.
///
/// For coarse work (whole files): each worker claims the next index until none are left, so a
/// slow item does not hold up the others. Errors are results, not thrown: a failing file must not
/// stop the rest of a batch.
public enum ParallelMap {
    /// Calls `body(index)` for every index in `0..<count` on at most `workers` threads.
    public static func run<Output: Sendable>(
        count: Int, workers: Int, _ body: @escaping @Sendable (Int) throws -> Output
    ) -> [Result<Output, any Error>] {
        guard count > 0 else { return [] }
        let slots = Slots<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while let index = slots.claim() {
                slots.set(index, Result { try body(index) })
            }
        }
        return slots.results
    }
}

/// Results written by worker threads, one slot each, and the next index to hand out.
private final class Slots<Output: Sendable>: @unchecked Sendable {
    // Every field is guarded by `lock`.
    private let lock = NSLock()
    private var slots: [Result<Output, any Error>?]
    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ result: Result<Output, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var results: [Result<Output, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(GeneralError(.internal, "an item was not processed")) }
    }
}
