import FixtureKit
import Foundation
import Testing
@testable import PolicyEngine

@Suite("Pattern matching over folded text")
struct MatchingTests {
    /// The corpus texts and a line of every script and folding the fast paths treat apart:
    /// Cyrillic and Latin two-byte scalars, Hanzi, combining marks, a word hyphenated at a line
    /// end, fullwidth letters, and words at the very end of the text.
    static let mixed = """
            Marija Đorđević, Мариja Ђорђевић i 王芳 (Wang Fang) su svedoci; Nguyễn Thị e\u{301}a Đor-
            đević, ＷＡＮＧ i marijana. Jovan, Jovanović, jovanovića: ma, a
            """

    static func texts() throws -> [String] {
        let corpus = try Fixtures.corpusIDs.prefix(4).map { id in
            try String(contentsOf: Fixtures.corpus.appendingPathComponent("\(id).txt"), encoding: .utf8)
        }
        // A one-byte word as the text's last byte at the end of a 64-byte block, just before and
        // just after (the word start index keeps that start apart: it has no byte pair).
        let blockEdges = [62, 63, 64, 65, 127, 128].map { String(repeating: "x", count: $0 - 2) + " a" }
        return corpus + [mixed, "a", "ma", ""] + blockEdges
    }

    @Test("scanning from word starts finds the hits the automaton finds, in the same order")
    func wordStartsScan() throws {
        var builder = PatternSet.Builder()
        // Names of one, two and more bytes, a stem, both scripts and an unspaced name.
        for (n, word) in ["marija", "Đorđević", "Ђорђевић", "jovanovi*", "jovan", "ma", "a", "王芳", "wang", "nguyen"].enumerated() {
            builder.add(word, .deny(n))
        }
        let set = builder.build()
        #expect(set.startsAtWords)
        let walkOnly = builder.build(forWordStarts: true)
        #expect(walkOnly.automaton.isWalkOnly && !set.automaton.isWalkOnly)
        for text in try Self.texts() {
            let folded = FoldedText(text)
            let everywhere = set.scan(folded).map { [$0.start, $0.end, $0.entry] }
            let index = WordStartIndex(folded)
            let fromStarts = set.scan(folded, from: index).map { [$0.start, $0.end, $0.entry] }
            #expect(fromStarts == everywhere)
            // The same with an automaton built for walking only.
            #expect(walkOnly.scan(folded, from: index).map { [$0.start, $0.end, $0.entry] } == everywhere)
        }
        // Something was found, so the comparison is not between two empty lists.
        #expect(set.scan(FoldedText(Self.mixed)).count >= 8)
    }

    @Test("the fold keeps one scalar offset per folded byte through every fast path")
    func scalarMap() throws {
        for text in try Self.texts() {
            let folded = FoldedText(text)  // debug builds also check the fold's checkpoints
            #expect(folded.scalarCount == text.unicodeScalars.count)
            // Each folded byte maps to a scalar of the text, in order.
            var previous = 0
            for i in 0..<folded.count {
                let scalar = folded.scalarStart(i)
                #expect(scalar >= previous && scalar < folded.scalarCount)
                previous = scalar
            }
        }
        // "Ђорђевић": two-byte scalars folding to one or two bytes map to their own scalars.
        let folded = FoldedText("x Ђорђевић")
        #expect(Array(folded.bytes) == Array("x djordjevic".utf8))
        #expect((0..<folded.count).map { folded.scalarStart($0) } == [0, 1, 2, 2, 3, 4, 5, 5, 6, 7, 8, 9])
    }
}
