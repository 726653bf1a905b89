import Extraction
import FixtureKit
import Foundation
import Testing

@Suite("The bundled sample in samples/")
struct SampleIndictmentTests {
    static let samples = Fixtures.packageRoot.appendingPathComponent("samples")
    static let pdf = samples.appendingPathComponent("indictment.pdf")
    static let text = samples.appendingPathComponent("indictment.txt")
    static let caseFile = samples.appendingPathComponent("indictment.case.json")

    @Test("the committed files are exactly what the generator makes (run `make samples` after editing it)")
    func committedFilesAreCurrent() throws {
        #expect(try Data(contentsOf: Self.text) == Data(SampleIndictment.text.utf8))
        #expect(try Data(contentsOf: Self.caseFile) == Data(SampleIndictment.caseFile.serialized().utf8))
        let generated = try SampleIndictment.pdf()
        #expect(try SampleIndictment.pdf() == generated, "typesetting is reproducible byte for byte")
        #expect(try Data(contentsOf: Self.pdf) == generated)
    }

    @Test("the PDF has the layout traps the sample promises", arguments: SampleIndictment.layoutChecks.map(\.text))
    func layoutTraps(text: String) throws {
        let document = try Extractor.extract(.file(Self.pdf))
        #expect(document.pageCount >= 3)
        #expect(document.text.contains(text))
    }

    @Test("every name and identifier of the case file is in both the text and the PDF")
    func registryEntriesOccur() throws {
        let pdfText = Self.normalised(try Extractor.extract(.file(Self.pdf)).text)
        let plain = Self.normalised(try String(contentsOf: Self.text, encoding: .utf8))
        let registry = try CaseFile(contentsOf: Self.caseFile)
        #expect(registry.parties.filter { $0.role == "victim" }.count == 3)
        for party in registry.parties {
            // Names may occur only inflected ("Bojane Ostojić"): their surname must occur as written.
            let surname = String(party.name.split(separator: " ").last!)
            for entry in [surname] + party.aliases + party.identifiers {
                #expect(plain.contains(Self.normalised(entry)), "\(entry) missing from indictment.txt")
                #expect(pdfText.contains(Self.normalised(entry)), "\(entry) missing from the PDF's text")
            }
        }
        // Deliberately incomplete: the minor is found only through role words.
        #expect(!registry.parties.contains { $0.role == "minor" })
        #expect(plain.contains("maloletnu A.S. (16)") && plain.contains("Малолетна А.С."))
    }

    @Test("every JMBG has a valid control digit and the Chinese ID a valid check character")
    func identifiersAreValid() throws {
        let text = try String(contentsOf: Self.text, encoding: .utf8)
        let jmbgs = Set(Self.digitRuns(in: text, length: 13))
        #expect(jmbgs.count == 3)
        for jmbg in jmbgs {
            let d = jmbg.compactMap(\.wholeNumberValue)
            let sum = 7 * (d[0] + d[6]) + 6 * (d[1] + d[7]) + 5 * (d[2] + d[8]) + 4 * (d[3] + d[9]) + 3 * (d[4] + d[10]) + 2 * (d[5] + d[11])
            let control = 11 - sum % 11
            #expect(control != 10, "\(jmbg): no valid control digit exists")
            #expect(d[12] == (control == 11 ? 0 : control), "\(jmbg)")
        }
        let chinese = Set(Self.digitRuns(in: text, length: 18))
        #expect(chinese.count == 1)
        for id in chinese {
            let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
            let sum = zip(id.prefix(17).compactMap(\.wholeNumberValue), weights).map(*).reduce(0, +)
            #expect(Array("10X98765432")[sum % 11] == id.last, "\(id)")
        }
    }

    @Test("the case-file writer reproduces the corpus's case files byte for byte")
    func caseFileFormat() throws {
        for id in Fixtures.corpusIDs {
            let url = Fixtures.corpus.appendingPathComponent("\(id).case.json")
            #expect(try CaseFile(contentsOf: url).serialized() == String(contentsOf: url, encoding: .utf8), "\(id)")
        }
    }

    /// Whitespace collapsed, hyphenated line ends and letter-spacing ignored, running headers kept.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "-\n", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Runs of exactly `length` digits (13 for a JMBG, 17 digits + check character for a Chinese ID).
    static func digitRuns(in text: String, length: Int) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text + " " {
            if character.isASCII && (character.isNumber || (character == "X" && current.count == length - 1)) {
                current.append(character)
            } else {
                if current.count == length { runs.append(current) }
                current = ""
            }
        }
        return runs
    }
}
