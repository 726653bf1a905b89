import Foundation

/// A scan of a PDF's raw bytes, independent of any PDF reader: every string literal in the object
/// syntax, in object streams and in content streams (inflated when Flate-compressed), the XMP and
/// other text streams, and whether any Redact annotation exists.
///
/// It finds what readers do not show: objects no page refers to any more (the old content of an
/// edited page), `/ActualText` and `/Alt` strings, annotation subtypes poppler does not model,
/// custom document information keys. Limits keep it bounded on huge files: each stream is inflated
/// to at most 32 MB and all streams together to at most 512 MB.
struct PDFRawScan {
    /// True when an annotation with `/Subtype /Redact` is in the file.
    private(set) var hasRedactAnnotations = false
    /// Decoded strings (PDFDocEncoding, UTF-16 or UTF-8), adjacent pieces of one TJ array joined.
    private(set) var strings: [String] = []
    /// Streams that are text (XMP packets, scripts, embedded text files), decoded.
    private(set) var textStreams: [String] = []

    static let streamLimit = 32 << 20
    static let totalLimit = 512 << 20

    init(_ data: Data) {
        let bytes = [UInt8](data)
        var inflatedTotal = 0
        var position = 0
        var syntaxStart = 0
        while let keyword = PDFRawScan.find(Array("stream".utf8), in: bytes, from: position) {
            position = keyword + 6
            // "endstream" also contains "stream"; a stream keyword follows ">>" and whitespace.
            guard PDFRawScan.precededByDictionaryEnd(bytes, keyword), position < bytes.count else { continue }
            var dataStart = position
            if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
            if dataStart < bytes.count, bytes[dataStart] == 0x0A { dataStart += 1 }
            guard let end = PDFRawScan.find(Array("endstream".utf8), in: bytes, from: dataStart) else { break }
            let dictionary = PDFRawScan.dictionary(bytes, before: keyword)
            scanSyntax(bytes, syntaxStart..<keyword)
            scanStream(bytes, dataStart..<end, dictionary: dictionary, inflatedTotal: &inflatedTotal)
            position = end + 9
            syntaxStart = position
        }
        scanSyntax(bytes, syntaxStart..<bytes.count)
    }

    // MARK: Parts of the file

    private mutating func scanSyntax<C: RandomAccessCollection>(_ bytes: C, _ range: Range<C.Index>) where C.Element == UInt8, C.Index == Int {
        guard !range.isEmpty else { return }
        let slice = Array(bytes[range])
        if !hasRedactAnnotations, PDFRawScan.containsRedactSubtype(slice) { hasRedactAnnotations = true }
        strings += PDFStringLiterals.extract(slice)
    }

    private mutating func scanStream(_ bytes: [UInt8], _ range: Range<Int>, dictionary: String, inflatedTotal: inout Int) {
        // Images and embedded font programs carry no text: skip them without inflating.
        for binaryKind in ["/Image", "/FontFile", "/Length1", "/Length2", "/Type1C", "/CIDFontType0C", "/OpenType"]
        where dictionary.contains(binaryKind) {
            return
        }
        let filters = PDFRawScan.filters(dictionary)
        var content: [UInt8]
        if filters.isEmpty {
            content = Array(bytes[range])
        } else if filters == ["FlateDecode"], dictionary.range(of: "/DecodeParms") == nil || dictionary.contains("/ObjStm") {
            let limit = min(PDFRawScan.streamLimit, PDFRawScan.totalLimit - inflatedTotal)
            guard limit > 0, let inflated = bytes.withUnsafeBytes({ raw in
                ZlibInflater.inflate(UnsafeRawBufferPointer(rebasing: raw[range]), limit: limit)
            }) else { return }
            inflatedTotal += inflated.count
            content = inflated
        } else {
            return  // images and other encodings carry no text
        }
        if dictionary.contains("/ObjStm") {
            if !hasRedactAnnotations, PDFRawScan.containsRedactSubtype(content) { hasRedactAnnotations = true }
            strings += PDFStringLiterals.extract(content)
        } else if dictionary.contains("/Metadata") || dictionary.contains("/XML") || dictionary.contains("/JavaScript") {
            textStreams.append(String(decoding: content, as: UTF8.self))
        } else if PDFRawScan.looksLikeText(content) {
            // Content streams (text operators with their strings), embedded text files, scripts.
            strings += PDFStringLiterals.extract(content)
            if dictionary.contains("/EmbeddedFile") { textStreams.append(String(decoding: content, as: UTF8.self)) }
        }
    }

    // MARK: Byte helpers

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        let first = needle[0]
        var i = start
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func precededByDictionaryEnd(_ bytes: [UInt8], _ keyword: Int) -> Bool {
        var j = keyword - 1
        while j >= 0, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x09 { j -= 1 }
        return j >= 1 && bytes[j] == 0x3E && bytes[j - 1] == 0x3E
    }

    /// The text of the stream's dictionary: back from the keyword to the "obj" that opens it.
    private static func dictionary(_ bytes: [UInt8], before keyword: Int) -> String {
        let start = max(0, keyword - 4096)
        var objectStart = start
        var i = keyword - 3
        while i >= start {
            if bytes[i] == 0x6F, bytes[i + 1] == 0x62, bytes[i + 2] == 0x6A {  // "obj"
                objectStart = i + 3
                break
            }
            i -= 1
        }
        return String(decoding: bytes[objectStart..<keyword], as: UTF8.self)
    }

    /// Filter names of a stream dictionary, in order ("FlateDecode", "DCTDecode", …).
    static func filters(_ dictionary: String) -> [String] {
        guard let filter = dictionary.range(of: "/Filter") else { return [] }
        var rest = dictionary[filter.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
        var names: [String] = []
        let isArray = rest.first == "["
        if isArray { rest = rest.dropFirst() }
        while true {
            rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
            guard rest.first == "/" else { break }
            let name = rest.dropFirst().prefix { $0.isLetter || $0.isNumber }
            names.append(String(name))
            rest = rest.dropFirst(name.count + 1)
            if !isArray { break }
        }
        return names
    }

    static func containsRedactSubtype(_ bytes: [UInt8]) -> Bool {
        let subtype = Array("/Subtype".utf8)
        var from = 0
        while let at = find(subtype, in: bytes, from: from) {
            var j = at + subtype.count
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x09 { j += 1 }
            let redact = Array("/Redact".utf8)
            if j + redact.count <= bytes.count, Array(bytes[j..<j + redact.count]) == redact {
                let after = j + redact.count
                if after == bytes.count || !(bytes[after] >= 0x41 && bytes[after] <= 0x7A) { return true }
            }
            from = at + 1
        }
        return false
    }

    /// Mostly printable ASCII or whitespace in its first kilobyte.
    private static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(1024)
        guard !head.isEmpty else { return false }
        let printable = head.filter { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }.count
        return Double(printable) >= 0.9 * Double(head.count)
    }
}
