import Foundation

/// Spellings a foreign name takes in Serbian/Bosnian/Croatian transcription (and back): pinyin
/// `zh` → `dž`, `x` → `s`/`sj`, `q` → `č`, `j` → `dž`/`đ`; Vietnamese `ph` → `f`, `th` → `t`,
/// `kh` → `h`, `tr` → `č`, `d` → `z`, `gi` → `z`/`đ`, `nh` → `nj`; English `sh` → `š`, `ch` → `č`,
/// `j` → `dž`, `c` → `k`; and `đ`/`dj` → `d`. Works on lower-case, diacritic-free words *before*
/// the w/y fold, and returns folded variants.
enum PhoneticVariants {
    /// (pattern, replacement) pairs, each applied optionally to every occurrence.
    private static let rules: [(String, String)] = [
        ("zh", "dz"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("xi", "sj"), ("x", "sj"), ("x", "s"), ("x", "ks"), ("qi", "c"), ("q", "c"), ("ji", "dz"),
        ("ph", "f"), ("th", "t"), ("kh", "h"), ("tr", "c"), ("gi", "z"), ("gi", "dj"), ("nh", "nj"), ("ngh", "ng"),
        ("ong", "ung"), ("ie", "je"), ("ian", "jen"), ("iu", "ju"), ("ei", "ej"), ("ai", "aj"), ("ao", "au"),
        ("ee", "i"), ("oo", "u"), ("ck", "k"), ("qu", "kv"), ("dj", "d"), ("dz", "c"),
    ]
    private static let maximumVariants = 24

    /// Folded spellings of `word` (lower case, letters a–z), the word's own folding first.
    static func variants(of word: String) -> [String] {
        if !word.isEmpty, ASCIIBytes.isLetters(word) { return asciiVariants(of: Array(word.utf8)) }
        var results: [String] = [word]
        var seen: Set<String> = [word]
        for (pattern, replacement) in rules where results.count < maximumVariants {
            for current in results where current.contains(pattern) {
                let replaced = current.replacingAll(pattern, with: replacement)
                if seen.insert(replaced).inserted { results.append(replaced) }
                if results.count >= maximumVariants { break }
            }
        }
        // Word-initial pinyin/English j and Vietnamese d, c → their Serbian sounds.
        var extra: [String] = []
        for current in results {
            if current.hasPrefix("j") { extra += ["dz" + current.dropFirst(), "dj" + current.dropFirst()] }
            if current.hasPrefix("d") && !current.hasPrefix("dz") && !current.hasPrefix("dj") { extra.append("z" + current.dropFirst()) }
            if current.hasPrefix("c") { extra.append("k" + current.dropFirst()) }
            if current.hasPrefix("r") { extra.append("z" + current.dropFirst()) }
            if current.hasSuffix("c") { extra.append(current.dropLast() + "k") }
        }
        for e in extra where results.count < maximumVariants * 2 && seen.insert(e).inserted { results.append(e) }
        var folded: [String] = []
        var foldedSeen = Set<String>()
        for r in results {
            let f = String(decoding: ScalarFolding.fold(r), as: UTF8.self)
            if foldedSeen.insert(f).inserted { folded.append(f) }
        }
        return folded
    }

    private static let byteRules: [([UInt8], [UInt8])] = rules.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `variants(of:)` of a word of ASCII letters, on bytes: the same steps in the same order
    /// (for ASCII letters, substring search and replacement on bytes are those on Strings, and
    /// folding is the ASCII fold table byte by byte).
    private static func asciiVariants(of word: [UInt8]) -> [String] {
        var results: [[UInt8]] = [word]
        var seen: Set<[UInt8]> = [word]
        for (pattern, replacement) in byteRules where results.count < maximumVariants {
            let snapshot = results
            for current in snapshot where firstIndex(of: pattern, in: current, from: 0) != nil {
                let replaced = replacingAll(pattern, with: replacement, in: current)
                if seen.insert(replaced).inserted { results.append(replaced) }
                if results.count >= maximumVariants { break }
            }
        }
        let j = UInt8(ascii: "j"), d = UInt8(ascii: "d"), z = UInt8(ascii: "z"), c = UInt8(ascii: "c"), k = UInt8(ascii: "k")
        let r = UInt8(ascii: "r")
        var extra: [[UInt8]] = []
        for current in results {
            let rest = current.dropFirst()
            if current.first == j { extra += [[d, z] + rest, [d, j] + rest] }
            if current.first == d && !current.starts(with: [d, z]) && !current.starts(with: [d, j]) { extra.append([z] + rest) }
            if current.first == c { extra.append([k] + rest) }
            if current.first == r { extra.append([z] + rest) }
            if current.last == c { extra.append(current.dropLast() + [k]) }
        }
        for e in extra where results.count < maximumVariants * 2 && seen.insert(e).inserted { results.append(e) }
        var folded: [String] = []
        var foldedSeen = Set<String>()
        let table = ScalarFolding.ascii
        for result in results {
            let f = String(decoding: result.map { table[Int($0)] }, as: UTF8.self)
            if foldedSeen.insert(f).inserted { folded.append(f) }
        }
        return folded
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count - start else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    private static func replacingAll(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var i = 0
        while let found = firstIndex(of: pattern, in: bytes, from: i) {
            result += bytes[i..<found]
            result += replacement
            i = found + pattern.count
        }
        result += bytes[i...]
        return result
    }
}

extension String {
    func replacingAll(_ pattern: String, with replacement: String) -> String {
        guard !pattern.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: pattern) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
