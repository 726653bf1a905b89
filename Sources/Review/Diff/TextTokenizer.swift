/// Splits text into the units a text diff compares: words (letters, digits and combining marks),
/// runs of spaces, line breaks, and runs of one repeated symbol (`█████`, `•••`); any other
/// character is a token of its own.
enum TextTokenizer {
    /// Token start offsets (scalar offsets), followed by the text's length.
    static func boundaries(_ scalars: [Unicode.Scalar]) -> [Int] {
        var bounds: [Int] = []
        bounds.reserveCapacity(scalars.count / 3 + 2)
        var index = 0
        while index < scalars.count {
            bounds.append(index)
            let scalar = scalars[index]
            let kind = Kind(scalar)
            index += 1
            switch kind {
            case .lineBreak:
                continue
            case .word, .space:
                while index < scalars.count, Kind(scalars[index]) == kind { index += 1 }
            case .symbol:
                while index < scalars.count, scalars[index] == scalar { index += 1 }
            }
        }
        bounds.append(scalars.count)
        return bounds
    }

    enum Kind: Equatable {
        case word
        case space
        case lineBreak
        case symbol

        init(_ scalar: Unicode.Scalar) {
            let v = scalar.value
            if v == 0x0A || v == 0x0C {
                self = .lineBreak
            } else if v < 0x80 {
                if (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
                    self = .word
                } else if v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0B {
                    self = .space
                } else {
                    self = .symbol
                }
            } else if NormalizedText.isWordScalar(scalar) || TextFolding.isCombiningMark(scalar) {
                self = .word
            } else if scalar.properties.isWhitespace {
                self = v == 0x2028 || v == 0x2029 ? .lineBreak : .space
            } else {
                self = .symbol
            }
        }
    }
}
