import Foundation

/// Finds the revisions stored in a PDF file.
///
/// A PDF saved incrementally appends each update after the previous `%%EOF`; every earlier
/// revision is still in the file and is exactly the bytes up to its own `%%EOF` line. A marker counts
/// only when it ends a trailer (`startxref`, a number, `%%EOF`), so a `%%EOF` that merely appears in
/// some data does not. A linearized file ("fast web view") has an extra trailer for its first page
/// near the start of the file; that one is not a revision.
struct RevisionScanner {
    /// Byte counts of each revision: the end of its `%%EOF` line. The last entry is the whole file
    /// as readers see it.
    let revisionEnds: [Int]
    /// True when the file starts with a linearization dictionary.
    let isLinearized: Bool

    init(_ data: Data) {
        let bytes = [UInt8](data)
        var ends: [Int] = []
        let marker = Array("%%EOF".utf8)
        var i = 0
        while i + marker.count <= bytes.count {
            guard bytes[i] == 0x25, bytes[i + 1] == 0x25, Array(bytes[i..<i + marker.count]) == marker else {
                i += 1
                continue
            }
            if RevisionScanner.endsTrailer(bytes, markerAt: i) {
                var end = i + marker.count
                // Include the end-of-line after the marker.
                if end < bytes.count, bytes[end] == 0x0D { end += 1 }
                if end < bytes.count, bytes[end] == 0x0A { end += 1 }
                ends.append(end)
            }
            i += marker.count
        }
        let head = bytes.prefix(1024)
        let linearized = RevisionScanner.contains(Array(head), Array("/Linearized".utf8))
        isLinearized = linearized
        if linearized, ends.count >= 2 {
            // The first-page trailer of a linearized file sits within the first part of the file.
            ends.removeFirst()
        }
        if ends.isEmpty { ends = [bytes.count] }
        revisionEnds = ends
    }

    /// Number of revisions.
    var count: Int { revisionEnds.count }

    /// The byte lengths of the earlier revisions (all but the last), oldest first.
    var earlierRevisionEnds: [Int] { Array(revisionEnds.dropLast()) }

    /// `startxref`, whitespace, digits, whitespace right before the marker.
    private static func endsTrailer(_ bytes: [UInt8], markerAt index: Int) -> Bool {
        var j = index - 1
        while j >= 0, isWhitespace(bytes[j]) { j -= 1 }
        var digits = 0
        while j >= 0, bytes[j] >= 0x30, bytes[j] <= 0x39 {
            digits += 1
            j -= 1
        }
        guard digits > 0 else { return false }
        while j >= 0, isWhitespace(bytes[j]) { j -= 1 }
        let keyword = Array("startxref".utf8)
        guard j + 1 >= keyword.count else { return false }
        return Array(bytes[(j + 1 - keyword.count)...j]) == keyword
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return true }
        }
        return false
    }
}
