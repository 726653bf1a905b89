import BlacklineCore
import Extraction
import Testing

@Suite("Page selections such as 1-3,7")
struct PageSelectionTests {
    @Test("valid selections, resolved against a 10-page document", arguments: [
        ("1-3,7", [1, 2, 3, 7]), ("5-", [5, 6, 7, 8, 9, 10]), ("-2", [1, 2]), ("7,2,7", [2, 7]), (" 2 , 4 ", [2, 4]),
        ("3-3", [3]), ("10", [10]),
    ])
    func valid(text: String, pages: [Int]) throws {
        #expect(try PageSelection(parsing: text).pageNumbers(pageCount: 10, source: "doc.pdf") == pages)
    }

    @Test("malformed selections are usage errors naming the bad part", arguments: [
        ("", "\"\""), ("0", "\"0\""), ("3-1", "\"3-1\""), ("a", "\"a\""), ("1,,2", "\"\""), ("2-x", "\"2-x\""), ("1-2-3", "\"1-2-3\""),
    ])
    func malformed(text: String, part: String) {
        do {
            _ = try PageSelection(parsing: text)
            Issue.record("\(text) parsed")
        } catch let error as ExtractionError {
            #expect(error.code == .invalidPageSelection && error.kind == .usage)
            #expect(error.message.contains(part))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("pages beyond the document are a usage error that says how many pages there are", arguments: ["11", "9-12", "11-"])
    func outOfRange(text: String) throws {
        let selection = try PageSelection(parsing: text)
        #expect(throws: ExtractionError(.pageOutOfRange, source: "doc.pdf", detail: "--pages \(text): the document has 10 pages")) {
            try selection.pageNumbers(pageCount: 10, source: "doc.pdf")
        }
        #expect(ExtractionError(.pageOutOfRange, source: "doc.pdf").kind == .usage)
    }
}
