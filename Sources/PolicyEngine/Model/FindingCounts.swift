/// The number of findings of each category, counted as they come (`scan --format summary`
/// counts a large document's findings without holding them).
///
/// A finding of a scan is counted by its position in the scan's rule values (an integer), not by
/// its category's string: the strings are read once per category at the end. A finding that
/// holds its own values (made by the public initialiser or changed) is counted by its category.
public struct FindingCounts: Sendable {
    /// The table of the findings counted by rule, and their counts by rule position.
    private var table: FindingTable?
    private var perRule: [Int] = []
    /// Counts of findings of other tables and of findings with their own values.
    private var counted: [Category: Int] = [:]
    /// Number of findings counted.
    public private(set) var total = 0

    public init() {}

    /// Counts one finding.
    public mutating func add(_ finding: Finding) {
        total += 1
        // The usual case (the same scan's table as the last finding) compares references
        // without binding the finding's table (no retain and release per finding).
        if finding.storage.table !== table || finding.storage.own != nil {
            guard finding.storage.own == nil, let table = finding.storage.table else {
                counted[finding.category, default: 0] += 1
                return
            }
            settle()
            self.table = table
            perRule = [Int](repeating: 0, count: table.categories.count)
        }
        perRule[Int(finding.storage.rule)] += 1
    }

    /// Findings per category (categories without findings are left out).
    public var byCategory: [Category: Int] {
        var copy = self
        copy.settle()
        return copy.counted
    }

    /// Moves the counts by rule into `counted`.
    private mutating func settle() {
        guard let table else { return }
        for (r, count) in perRule.enumerated() where count > 0 { counted[table.categories[r], default: 0] += count }
        perRule = []
        self.table = nil
    }
}
