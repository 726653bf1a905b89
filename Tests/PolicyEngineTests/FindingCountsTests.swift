import Testing
@testable import PolicyEngine

@Suite("FindingCounts: findings per category, counted as they come")
struct FindingCountsTests {
    @Test("counts by rule position equal the findings' categories, across scans and for own values")
    func countsMatchCategories() throws {
        let text = "Tel. +381 64 123 4567, e-mail jelena.markovic@example.com, JMBG 0101990710006. Mobile 064/987-6543."
        // Two scans: two tables of rule values.
        let first = try TestScan.findings(text)
        let second = try TestScan.findings(text)
        try #require(Set(first.map(\.category)).count >= 2)
        var expected: [Category: Int] = [:]
        for f in first + second { expected[f.category, default: 0] += 1 }
        var counts = FindingCounts()
        for f in first { counts.add(f) }
        for f in second { counts.add(f) }
        // A finding whose category was changed holds its own values: counted by that category.
        var changed = first[0]
        changed.category = "changed-category"
        counts.add(changed)
        expected["changed-category", default: 0] += 1
        #expect(counts.byCategory == expected)
        #expect(counts.total == first.count + second.count + 1)
    }
}
