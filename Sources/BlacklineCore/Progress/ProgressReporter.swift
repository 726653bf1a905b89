/// Receives progress of long work (pages extracted, pages redacted, files processed).
///
/// Library code reports progress; the command-line tool decides how to show it (a bar on a
/// terminal, nothing otherwise). Implementations must be safe to call from several threads.
public protocol ProgressReporter: Sendable {
    /// Work of `total` units called `label` starts.
    func begin(total: Int, label: String)
    /// `units` more units are done.
    func advance(by units: Int)
    /// The work is over (finished or failed).
    func finish()
}

/// A reporter that shows nothing.
public struct SilentProgress: ProgressReporter {
    public init() {}
    public func begin(total: Int, label: String) {}
    public func advance(by units: Int) {}
    public func finish() {}
}
