import Foundation
import Testing
@testable import Review

@Suite("revisions, placeholders, XMP and raw strings")
struct VerifyPartsTests {
    @Test("an incrementally updated file has one revision per trailer")
    func incremental() {
        let first = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n0 1\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"
        let second = "2 0 obj\n<<>>\nendobj\nxref\ntrailer\n<< /Prev 9 >>\nstartxref\n60\n%%EOF\n"
        let scanner = RevisionScanner(Data((first + second).utf8))
        #expect(scanner.count == 2)
        #expect(scanner.earlierRevisionEnds == [first.utf8.count])
    }

    @Test("the first-page trailer of a linearized file is not a revision")
    func linearized() {
        let head = "%PDF-1.5\n10 0 obj\n<</Linearized 1/L 900>>\nendobj\nxref\ntrailer\n<<>>\nstartxref\n0\n%%EOF\n"
        let body = "1 0 obj\n<<>>\nendobj\nxref\ntrailer\n<<>>\nstartxref\n30\n%%EOF\n"
        let scanner = RevisionScanner(Data((head + body).utf8))
        #expect(scanner.isLinearized)
        #expect(scanner.count == 1)
    }

    @Test("a %%EOF inside data is not a trailer")
    func markerInData() {
        let text = "%PDF-1.4\n1 0 obj\n(see %%EOF here)\nendobj\nxref\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"
        #expect(RevisionScanner(Data(text.utf8)).count == 1)
    }

    @Test(
        "placeholders inside boxes",
        arguments: [("REDACTED", true), ("[Redacted]", true), ("XXXXXX", true), ("xxxx", true), ("****", true),
            ("(b)(6)", true), ("b7C", true), ("ZAŠTIĆENO", true), ("заштићено", true), ("██████", true), (".,;", true),
            ("Xavier", false), ("Jelena", false), ("X1", false), ("b52", false), ("0303996755129", false)])
    func placeholders(word: String, isPlaceholder: Bool) {
        #expect(PlaceholderText.isPlaceholder(Array(word.unicodeScalars)) == isPlaceholder)
    }

    @Test("descriptive XMP fields are read, dates and tools are not")
    func xmp() {
        let packet = """
            <x:xmpmeta><rdf:RDF><rdf:Description rdf:about="" pdf:Keywords="victim; J.M.">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Statement of J. &amp; M.</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>Ana</rdf:li><rdf:li>Petar</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default"/></rdf:Alt></dc:description>
            <xmp:CreatorTool>Writer</xmp:CreatorTool><xmp:CreateDate>2024-01-01</xmp:CreateDate>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            """
        let fields = XMPFields.descriptiveValues(packet)
        #expect(fields.map(\.0) == ["dc:title", "dc:creator", "pdf:Keywords"])
        #expect(fields.map(\.1) == ["Statement of J. & M.", "Ana; Petar", "victim; J.M."])
    }

    @Test("string literals decode escapes, hex, UTF-16 and join TJ arrays")
    func literals() {
        let syntax = #"<< /T (Ana \(Petrovi\143\)) /V <FEFF0041006E0061> >> [(Jel) -20 (ena)] TJ <00410042>"#
        let strings = PDFStringLiterals.extract(Array(syntax.utf8))
        #expect(strings == ["Ana (Petrovic)", "Ana", "Jelena"])
    }

    @Test("metadata software names are notices unless they carry a file name")
    func softwareNames() {
        #expect(!MetadataCheck.looksLikeFileName("cairo 1.16.0 (https://cairographics.org)"))
        #expect(!MetadataCheck.looksLikeFileName("Acrobat PDFMaker 21 for Word"))
        #expect(MetadataCheck.looksLikeFileName("Microsoft Word - statement of J.M.docx"))
        #expect(MetadataCheck.looksLikeFileName(#"C:\Cases\victim.rtf"#))
    }
}
