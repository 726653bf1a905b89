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
