import Testing
@testable import PolicyEngine

@Suite("InternTable: entries found again by key, through growth and collisions")
struct InternTableTests {
    /// Interns `words` into a list through the table; returns the list and each word's position.
    private func intern(_ words: [String], hash: (String) -> Int) -> (list: [String], positions: [Int]) {
        var table = InternTable(capacity: 2)
        var list: [String] = []
        var positions: [Int] = []
        for word in words {
            let found = table.find(hash: hash(word)) { list[$0] == word }
            if let entry = found.entry {
                positions.append(entry)
            } else {
                list.append(word)
                table.insert(list.count - 1, at: found.slot) { [list] in hash(list[$0]) }
                positions.append(list.count - 1)
            }
        }
        return (list, positions)
    }

    @Test("each distinct key is stored once and found at its first position, after many growths")
    func internsDistinctKeys() {
        let words = (0..<500).map { "w\($0 % 137)" }
        let (list, positions) = intern(words) { $0.hashValue }
        #expect(list.count == 137)
        #expect(list == (0..<137).map { "w\($0)" })
        for (word, position) in zip(words, positions) { #expect(list[position] == word) }
    }

    @Test("keys that all hash alike still resolve by the equality test (linear probing)")
    func collidingHashes() {
        let words = ["a", "b", "c", "a", "d", "b", "e", "f", "g", "c"]
        let (list, positions) = intern(words) { _ in 7 }
        #expect(list == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(positions == [0, 1, 2, 0, 3, 1, 4, 5, 6, 2])
    }
}
