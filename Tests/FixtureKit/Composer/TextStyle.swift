/// How a piece of text is set: font family, size, weight, alignment and spacing.
///
/// The family names a Latin font; runs of CJK characters inside the text are set in
/// `FontFamily.cjk` automatically (see `FontFamily.runs(of:latin:)`).
public struct TextStyle: Equatable, Sendable {
    public enum Alignment: Sendable { case left, center, right }

    public var family: FontFamily
    /// Font size in points.
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var alignment: Alignment
    /// Distance between baselines as a multiple of `size`.
    public var leading: Double
    /// Extra space before and after a paragraph or heading, in points.
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Indent of a paragraph's first line, in points.
    public var firstLineIndent: Double

    public init(
        family: FontFamily = .serif, size: Double = 11, bold: Bool = false, italic: Bool = false,
        alignment: Alignment = .left, leading: Double = 1.35, spaceBefore: Double = 0, spaceAfter: Double = 6,
        firstLineIndent: Double = 0
    ) {
        self.family = family
        self.size = size
        self.bold = bold
        self.italic = italic
        self.alignment = alignment
        self.leading = leading
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.firstLineIndent = firstLineIndent
    }

    /// Body text: DejaVu Serif 11 pt.
    public static let body = TextStyle()
    /// Letterhead and table text: DejaVu Sans 9.5 pt, tight spacing.
    public static let small = TextStyle(family: .sans, size: 9.5, leading: 1.3, spaceAfter: 0)
    /// A centred bold title.
    public static let title = TextStyle(family: .serif, size: 15, bold: true, alignment: .center, spaceBefore: 10, spaceAfter: 10)

    /// Heading styles by level (1 = centred title, 2 and 3 = bold left-aligned).
    public static func heading(level: Int) -> TextStyle {
        switch level {
        case ...1: return .title
        case 2: return TextStyle(family: .serif, size: 12.5, bold: true, spaceBefore: 8, spaceAfter: 6)
        default: return TextStyle(family: .serif, size: 11, bold: true, spaceBefore: 6, spaceAfter: 4)
        }
    }

    /// A copy with some fields changed.
    public func with(_ change: (inout TextStyle) -> Void) -> TextStyle {
        var copy = self
        change(&copy)
        return copy
    }

    /// Distance between baselines in points.
    public var lineHeight: Double { size * leading }
}

/// The font families fixtures are set in (Debian: fonts-dejavu-core, fonts-wqy-microhei).
public enum FontFamily: String, Sendable, CaseIterable {
    /// DejaVu Serif: Latin (incl. č ć š ž đ and Vietnamese), Cyrillic.
    case serif = "DejaVu Serif"
    /// DejaVu Sans: Latin, Cyrillic, Vietnamese; has the ﬁ/ﬂ ligature glyphs.
    case sans = "DejaVu Sans"
    /// DejaVu Sans Mono.
    case mono = "DejaVu Sans Mono"
    /// WenQuanYi Micro Hei: Chinese (Hanzi) and CJK punctuation.
    case cjk = "WenQuanYi Micro Hei"

    /// True for scalars that need the CJK font: Han ideographs, kana, Hangul, CJK punctuation
    /// and full-width forms.
    public static func needsCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF,
            0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// Splits `text` into runs that each use one font: CJK runs in `.cjk`, the rest in `latin`.
    /// Spaces and punctuation shared by both scripts stay with the run they are in.
    public static func runs(of text: String, latin: FontFamily) -> [(text: String, family: FontFamily)] {
        var runs: [(text: String, family: FontFamily)] = []
        var current = String.UnicodeScalarView()
        var currentFamily: FontFamily?
        for scalar in text.unicodeScalars {
            let family: FontFamily
            if needsCJK(scalar) {
                family = .cjk
            } else if scalar.properties.isWhitespace, let currentFamily {
                family = currentFamily
            } else {
                family = latin
            }
            if family != currentFamily, !current.isEmpty, let currentFamily {
                runs.append((String(current), currentFamily))
                current = String.UnicodeScalarView()
            }
            currentFamily = family
            current.append(scalar)
        }
        if let currentFamily, !current.isEmpty { runs.append((String(current), currentFamily)) }
        return runs
    }
}
