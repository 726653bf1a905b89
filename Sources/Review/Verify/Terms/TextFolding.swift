/// Folds text so that spellings of the same name compare equal: lower case, no diacritics, Serbian
/// Cyrillic written in Latin letters, `đ`/`dj` as `d`.
///
/// Works one Unicode scalar at a time (hot path: whole documents go through it). Folding is applied
/// the same way to the text and to the terms searched in it, so a lossy mapping such as `dj` → `d`
/// only makes different spellings meet; it never hides a match.
enum TextFolding {
    /// Appends the folded form of `scalar` (zero, one or more scalars) to `out`.
    static func fold(_ scalar: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        let value = scalar.value
        if value < 0x80 {
            // ASCII fast path.
            if value >= 0x41, value <= 0x5A {
                out.append(Unicode.Scalar(value + 0x20)!)
            } else {
                out.append(scalar)
            }
            return
        }
        if let latin = cyrillicToLatin(value) {
            out.append(contentsOf: latin.unicodeScalars)
            return
        }
        switch value {
        case 0x0110, 0x0111: out.append("d")  // Đ đ (Serbian, Vietnamese)
        case 0x0141, 0x0142: out.append("l")  // Ł ł
        case 0x00D8, 0x00F8: out.append("o")  // Ø ø
        case 0x00DF: out.append(contentsOf: ["s", "s"])  // ß
        case 0x00C6, 0x00E6: out.append(contentsOf: ["a", "e"])  // Æ æ
        case 0x0131: out.append("i")  // dotless i
        case 0x00A0, 0x2007, 0x202F: out.append(" ")
        default:
            // Decompose, drop combining marks, lower-case the rest.
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            for part in decomposed where !isCombiningMark(part) {
                let lower = part.properties.lowercaseMapping.unicodeScalars
                out.append(contentsOf: lower)
            }
        }
    }

    /// The folded form of a whole string.
    static func fold(_ text: String) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { fold(scalar, into: &out) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return replacingDigraphs(String(view))
    }

    /// `dj` → `d`, so that "Djordjević", "Đorđević" and "Ђорђевић" meet.
    static func replacingDigraphs(_ folded: String) -> String {
        folded.contains("dj") ? folded.replacingOccurrences(of: "dj", with: "d") : folded
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Serbian (and common Russian) Cyrillic letters in Serbian Latin, folded (no diacritics).
    static func cyrillicToLatin(_ value: UInt32) -> String? {
        guard value >= 0x0400, value <= 0x045F else { return nil }
        // Map upper case to lower case first: U+0410–U+042F → U+0430–U+044F, U+0400–U+040F → U+0450–U+045F.
        var v = value
        if v >= 0x0410, v <= 0x042F { v += 0x20 } else if v <= 0x040F { v += 0x50 }
        switch v {
        case 0x0430: return "a"
        case 0x0431: return "b"
        case 0x0432: return "v"
        case 0x0433: return "g"
        case 0x0434: return "d"
        case 0x0435: return "e"
        case 0x0436: return "z"  // ж → ž
        case 0x0437: return "z"
        case 0x0438: return "i"
        case 0x0439: return "j"
        case 0x043A: return "k"
        case 0x043B: return "l"
        case 0x043C: return "m"
        case 0x043D: return "n"
        case 0x043E: return "o"
        case 0x043F: return "p"
        case 0x0440: return "r"
        case 0x0441: return "s"
        case 0x0442: return "t"
        case 0x0443: return "u"
        case 0x0444: return "f"
        case 0x0445: return "h"
        case 0x0446: return "c"
        case 0x0447: return "c"  // ч → č
        case 0x0448: return "s"  // ш → š
        case 0x0449: return "sc"
        case 0x044A, 0x044C: return ""
        case 0x044B: return "y"
        case 0x044D: return "e"
        case 0x044E: return "ju"
        case 0x044F: return "ja"
        case 0x0450: return "e"
        case 0x0451: return "e"
        case 0x0452: return "d"  // ђ → đ
        case 0x0453: return "g"
        case 0x0454: return "e"
        case 0x0455: return "dz"
        case 0x0456, 0x0457: return "i"
        case 0x0458: return "j"  // ј
        case 0x0459: return "lj"  // љ
        case 0x045A: return "nj"  // њ
        case 0x045B: return "c"  // ћ → ć
        case 0x045C: return "k"
        case 0x045D: return "i"
        case 0x045E: return "u"
        case 0x045F: return "dz"  // џ → dž
        default: return nil
        }
    }
}
