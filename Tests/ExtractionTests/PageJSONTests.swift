import BlacklineCore
import Extraction
import Foundation
import Testing

@Suite("Page JSON written as bytes")
struct PageJSONTests {
    @Test("numbers come out exactly as NumberFormatting.appendFixed writes them")
    func numbersMatchReference() {
        var values: [Double] = [0, -0.0, 0.004, 0.005, -0.005, 0.015, 1, 9.999, 10, 99.995, 595.28, 841.89, -12.5, 1234567.891, 1e14 + 0.25]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 { values.append(Double.random(in: -2_000...2_000, using: &generator)) }
        for _ in 0..<2_000 { values.append((Double(Int.random(in: -300_000...300_000, using: &generator)) + 0.5) / 100) }  // ties
        for value in values {
            var expected = ""
            NumberFormatting.appendFixed(value, to: &expected)
            var bytes: [UInt8] = []
            JSONBytes.appendFixed(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(value)")
        }
        var special: [UInt8] = []
        JSONBytes.appendFixed(.nan, to: &special)
        JSONBytes.appendFixed(-.infinity, to: &special)
        #expect(special == Array("00".utf8))
    }

    @Test("boxes come out exactly as NumberFormatting.appendFixed writes each number, repeated values included")
    func boxesMatchReference() {
        var generator = SystemRandomNumberGenerator()
        // A small pool, so that values repeat (and share cache slots) as heights and widths do.
        var pool: [Double] = [0, -0.0, 0.005, -0.004, 12, 841.89, 123_456.78, -98_765.43, 99_999_999.99, .nan]
        for _ in 0..<60 { pool.append(Double.random(in: -2_000...2_000, using: &generator)) }
        var boxes: [TextBox] = []
        for _ in 0..<5_000 {
            let pick = { pool[Int.random(in: 0..<pool.count, using: &generator)] }
            boxes.append(TextBox(x: pick(), y: pick(), width: pick(), height: pick()))
        }
        var expected = "["
        for (index, box) in boxes.enumerated() {
            expected += index == 0 ? "[" : ",["
            for (k, value) in [box.x, box.y, box.width, box.height].enumerated() {
                if k > 0 { expected += "," }
                NumberFormatting.appendFixed(value, to: &expected)
            }
            expected += "]"
        }
        expected += "]"
        var bytes: [UInt8] = []
        JSONBytes.appendBoxes(boxes, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("strings are escaped exactly as JSONValue.appendQuoted escapes them")
    func stringsMatchReference() throws {
        let samples = [
            "", "plain", "quote \" and \\ backslash", "lines\nand\ttabs\r\u{0C}\u{08}", "\u{01}\u{1F}\u{7F}", "\u{2028}\u{2029} sep",
            "čćšžđ Ђорђе 陈晓梅 Đặng Thị Huyền 🙂", "end\u{E2}",
        ]
        for sample in samples {
            var expected = ""
            JSONValue.appendQuoted(sample, to: &expected)
            var bytes: [UInt8] = []
            JSONBytes.appendQuoted(sample, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(sample.debugDescription)")
            let parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
            #expect(parsed == sample)
        }
    }

    @Test("a page object has the documented fields and parses")
    func pageObject() throws {
        let boxes = [TextBox(x: 1, y: 2.5, width: 3.333, height: 0), TextBox(x: -0.001, y: 841.89, width: 10, height: 12.25)]
        let page = PageContent(number: 3, width: 595.28, height: 841.89, text: "a\"\n", boxes: boxes, hasTextLayer: true, hasFormFields: true)
        var bytes: [UInt8] = []
        page.appendJSON(to: &bytes, includeBoxes: true)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"number":3,"width":595.28,"height":841.89,"text":"a\"\n","hasTextLayer":true,"hasFormFields":true,"hasAnnotations":false,"boxes":[[1,2.5,3.33,0],[0,841.89,10,12.25]]}"#)
        var without: [UInt8] = []
        page.appendJSON(to: &without, includeBoxes: false)
        #expect(!String(decoding: without, as: UTF8.self).contains("boxes"))
        var plain: [UInt8] = []
        PageContent(number: 1, width: 0, height: 0, text: "x", hasTextLayer: true).appendJSON(to: &plain, includeBoxes: true)
        #expect(String(decoding: plain, as: UTF8.self).hasSuffix(#""boxes":null}"#))
    }
}
