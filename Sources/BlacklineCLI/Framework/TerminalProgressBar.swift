import BlacklineCore
import Foundation

/// A progress bar on standard error: `extracting [#######.............] 12/40`.
///
/// Redraws at most ten times a second and clears its line when the work finishes.
final class TerminalProgressBar: ProgressReporter, @unchecked Sendable {
    // All mutable state is guarded by `lock`.
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var label = ""
    private var lastDraw = Date.distantPast
    private var visible = false

    func begin(total: Int, label: String) {
        lock.lock()
        defer { lock.unlock() }
        self.total = total
        self.label = label
        done = 0
        drawLocked(force: true)
    }

    func advance(by units: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += units
        drawLocked(force: done >= total)
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if visible { StandardError.write("\r\u{1B}[K") }
        visible = false
    }

    private func drawLocked(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) > 0.1, total > 0 else { return }
        lastDraw = now
        let width = 30
        let filled = min(width, done * width / max(total, 1))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        StandardError.write("\r\u{1B}[K\(label) [\(bar)] \(done)/\(total)")
        visible = true
    }
}
