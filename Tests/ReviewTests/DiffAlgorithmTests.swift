import FixtureKit
import Foundation
import Testing

@testable import Review

/// A small deterministic generator, so that failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Diff algorithms")
struct DiffAlgorithmTests {
    /// Length of the longest common subsequence, by dynamic programming (the reference).
    static func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 1...max(1, b.count) where j <= b.count {
                let above = row[j]
                row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = above
            }
        }
        return row[b.count]
    }

    /// Blocks must be ascending, non-overlapping, and cover equal elements only.
    static func isValid(_ blocks: [MatchingBlock], _ a: [Int], _ b: [Int]) -> Bool {
        var nextA = 0, nextB = 0
        for block in blocks {
            guard block.count > 0, block.a >= nextA, block.b >= nextB, block.a + block.count <= a.count,
                block.b + block.count <= b.count
            else { return false }
            for k in 0..<block.count where a[block.a + k] != b[block.b + k] { return false }
            nextA = block.a + block.count
            nextB = block.b + block.count
        }
        return true
    }

    static func mutated(_ base: [Int], edits: Int, alphabet: Int, using rng: inout SplitMix) -> [Int] {
        var b = base
        for _ in 0..<edits {
            switch Int.random(in: 0..<3, using: &rng) {
            case 0 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &rng))
            case 1: b.insert(Int.random(in: 0..<alphabet, using: &rng), at: Int.random(in: 0...b.count, using: &rng))
            default: if !b.isEmpty { b[Int.random(in: 0..<b.count, using: &rng)] = Int.random(in: 0..<alphabet, using: &rng) }
            }
        }
        return b
    }

    @Test("Myers finds a longest common subsequence on random inputs", arguments: [2, 4, 26])
    func myersIsMinimal(alphabet: Int) {
        var rng = SplitMix(state: UInt64(alphabet))
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 0...40, using: &rng)).map { _ in Int.random(in: 0..<alphabet, using: &rng) }
            let b = Bool.random(using: &rng)
                ? Self.mutated(a, edits: Int.random(in: 0...8, using: &rng), alphabet: alphabet, using: &rng)
                : (0..<Int.random(in: 0...40, using: &rng)).map { _ in Int.random(in: 0..<alphabet, using: &rng) }
            let blocks = MyersDiff.matchingBlocks(a, b)
            #expect(Self.isValid(blocks, a, b), "a=\(a) b=\(b)")
            #expect(blocks.reduce(0) { $0 + $1.count } == Self.lcsLength(a, b), "a=\(a) b=\(b)")
        }
    }

    @Test("past its cost limit Myers still gives a valid diff")
    func myersCostLimit() {
        var rng = SplitMix(state: 7)
        for _ in 0..<100 {
            let a = (0..<Int.random(in: 50...200, using: &rng)).map { _ in Int.random(in: 0..<5, using: &rng) }
            let b = (0..<Int.random(in: 50...200, using: &rng)).map { _ in Int.random(in: 0..<5, using: &rng) }
            let blocks = MyersDiff.matchingBlocks(a, b, costLimit: 3)
            #expect(Self.isValid(blocks, a, b))
            let matched = blocks.reduce(0) { $0 + $1.count }
            #expect(matched <= Self.lcsLength(a, b))
            #expect(matched > 0)
        }
    }

    @Test("Myers works on sub-ranges with indexes into the whole arrays")
    func myersSubRanges() {
        let a = [9, 9, 1, 2, 3, 4, 9]
        let b = [8, 1, 3, 4, 5, 8, 8]
        let blocks = MyersDiff.matchingBlocks(a, b, aRange: 2..<6, bRange: 1..<5)
        #expect(blocks == [MatchingBlock(a: 2, b: 1, count: 1), MatchingBlock(a: 4, b: 2, count: 2)])
    }

    @Test("patience diff anchors on unique elements and stays valid", arguments: [3, 50, 1000])
    func patience(alphabet: Int) {
        var rng = SplitMix(state: UInt64(alphabet) &* 31)
        for _ in 0..<200 {
            let a = (0..<Int.random(in: 0...60, using: &rng)).map { _ in Int.random(in: 0..<alphabet, using: &rng) }
            let b = Self.mutated(a, edits: Int.random(in: 0...10, using: &rng), alphabet: alphabet, using: &rng)
            let blocks = PatienceDiff.matchingBlocks(a, b)
            #expect(Self.isValid(blocks, a, b), "a=\(a) b=\(b)")
            if a == b { #expect(blocks == (a.isEmpty ? [] : [MatchingBlock(a: 0, b: 0, count: a.count)])) }
        }
        // A moved unique line: patience keeps the longest run in order, the other side is a change.
        let blocks = PatienceDiff.matchingBlocks([1, 2, 3, 4, 5], [1, 5, 2, 3, 4])
        #expect(blocks == [MatchingBlock(a: 0, b: 0, count: 1), MatchingBlock(a: 1, b: 2, count: 3)])
    }
}

@Suite("Text diff")
struct TextDiffTests {
    /// Rebuilds the redacted text from the original and the changes.
    static func apply(_ diff: TextDiff) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var position = 0
        for change in diff.changes {
            out += diff.originalScalars[position..<change.original.lowerBound]
            out += diff.redactedScalars[change.redacted]
            position = change.original.upperBound
        }
        out += diff.originalScalars[position...]
        return out
    }

    @Test("a removed street address is one change with scalar offsets into both texts")
    func oneReplacement() {
        let original = "smestio u prostoriju u ulici Moše Pijade 18, gde je oštećena"
        let redacted = "smestio u prostoriju u ulici █████, gde je oštećena"
        let diff = TextDiff(original: original, redacted: redacted)
        #expect(diff.changes.count == 1)
        let change = diff.changes[0]
        #expect(String(String.UnicodeScalarView(diff.originalScalars[change.original])) == "Moše Pijade 18")
        #expect(String(String.UnicodeScalarView(diff.redactedScalars[change.redacted])) == "█████")
        // Scalar offsets: "š" and "ć" are one scalar each.
        #expect(change.original == 29..<43)
        #expect(change.redacted == 29..<34)
    }

    @Test("offsets count Unicode scalars: combining marks, Hanzi and characters outside the BMP")
    func scalarOffsets() {
        let original = "Ime: Nguye\u{0302}\u{0303}n 王芳 👩‍👧 kraj"
        let redacted = "Ime: [VICTIM-1] [VICTIM-1] 👩‍👧 kraj"
        let diff = TextDiff(original: original, redacted: redacted)
        #expect(diff.changes.map(\.original) == [5..<13, 14..<16])
        #expect(diff.changes.map(\.redacted) == [5..<15, 16..<26])
        #expect(Self.apply(diff) == Array(redacted.unicodeScalars))
    }

    @Test("changes rebuild the redacted text, on random edits of a corpus text")
    func rebuilds() throws {
        let text = try String(contentsOf: Fixtures.corpusText("dev-03"), encoding: .utf8)
        var rng = SplitMix(state: 42)
        let scalars = Array(text.unicodeScalars)
        for _ in 0..<20 {
            var edited = scalars
            for _ in 0..<Int.random(in: 1...30, using: &rng) {
                let start = Int.random(in: 0..<edited.count, using: &rng)
                let end = min(edited.count, start + Int.random(in: 0...25, using: &rng))
                let replacement: [Unicode.Scalar] = Bool.random(using: &rng) ? Array("█████".unicodeScalars) : Array("[VICTIM-2]\n".unicodeScalars)
                edited.replaceSubrange(start..<end, with: replacement)
            }
            let diff = TextDiff(originalScalars: scalars, redactedScalars: edited)
            #expect(Self.apply(diff) == edited)
            for (previous, next) in zip(diff.changes, diff.changes.dropFirst()) {
                #expect(previous.original.upperBound <= next.original.lowerBound)
                #expect(previous.redacted.upperBound <= next.redacted.lowerBound)
            }
        }
    }

    @Test("identical and empty texts")
    func edges() {
        #expect(TextDiff(original: "a\nb\n", redacted: "a\nb\n").changes.isEmpty)
        #expect(TextDiff(original: "", redacted: "").changes.isEmpty)
        #expect(TextDiff(original: "", redacted: "x y").changes == [TextChange(original: 0..<0, redacted: 0..<3)])
        #expect(TextDiff(original: "x y\n", redacted: "").changes == [TextChange(original: 0..<4, redacted: 0..<0)])
        // A name broken over two lines, replaced by one label: the line break goes with it.
        let diff = TextDiff(original: "vrbovao Jelenu\nMarković, rođenu", redacted: "vrbovao [VICTIM-2], rođenu")
        #expect(diff.changes.count == 1)
        #expect(Self.apply(diff) == Array("vrbovao [VICTIM-2], rođenu".unicodeScalars))
    }

    @Test("the inline view masks removed text unless asked, numbers lines, and marks changes")
    func inlineView() {
        let original = "first line\nOštećena Zorana Pavić, tel. 064/321-7788.\nthird line\nfourth line\n"
        let redacted = "first line\nOštećena [VICTIM-1], tel. █████.\nthird line\nfourth line\n"
        let diff = TextDiff(original: original, redacted: redacted)
        let masked = diff.text(originalName: "a.txt", redactedName: "b.txt", context: 1, showText: false, color: false)
        #expect(masked.contains("2 2 │ Oštećena [-•••••• •••••-]{+[VICTIM-1]+}, tel. [-•••/•••-••••-]{+█████+}."))
        #expect(masked.contains("1 1 │ first line"))
        #expect(masked.contains("3 3 │ third line"))
        #expect(!masked.contains("fourth"))
        #expect(!masked.contains("Zorana"))
        #expect(masked.contains("@@ -1,3 +1,3 @@"))
        let shown = diff.text(originalName: "a.txt", redactedName: "b.txt", context: 0, showText: true, color: false)
        #expect(shown.contains("[-Zorana Pavić-]{+[VICTIM-1]+}"))
        let coloured = diff.text(originalName: "a.txt", redactedName: "b.txt", context: 0, showText: true, color: true)
        #expect(coloured.contains("\u{1B}[9;31mZorana Pavić\u{1B}[0m\u{1B}[1;32m[VICTIM-1]\u{1B}[0m"))
        let json = diff.json(originalName: "a.txt", redactedName: "b.txt", showText: false)
        let first = json["changes"]?.arrayValue?.first
        #expect(first?["original"]?["start"]?.intValue == 20)
        #expect(first?["original"]?["line"]?.intValue == 2)
        #expect(first?["original"]?["column"]?.intValue == 10)
        #expect(first?["removed"]?.stringValue == "•••••• •••••")
        #expect(first?["inserted"]?.stringValue == "[VICTIM-1]")
    }
}

extension Fixtures {
    static func corpusText(_ id: String) -> URL { corpus.appendingPathComponent("\(id).txt") }
}

@Suite("Text diff hunks")
struct TextDiffHunkTests {
    @Test("context lines stop at the end of the text; an insertion at the very end is shown")
    func endOfText() {
        let diff = TextDiff(original: "one\ntwo Ana\n", redacted: "one\ntwo █████\n")
        #expect(diff.text(originalName: "a", redactedName: "b", context: 3, showText: true, color: false).contains("@@ -1,2 +1,2 @@"))
        let appended = TextDiff(original: "one\n", redacted: "one\nextra")
        let text = appended.text(originalName: "a", redactedName: "b", context: 1, showText: true, color: false)
        #expect(text.contains("{+extra+}"))
    }
}
