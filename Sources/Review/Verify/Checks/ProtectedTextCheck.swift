import Extraction
import PolicyEngine

/// The policy engine run over the page texts of the file as it is: with the case registry it finds
/// protected people in every form it knows (declensions, transliterations, initials), and by its
/// role cues also people the registry does not list ("oštećena Milica", "her brother Nikola").
///
/// This complements the term search: terms are literal strings, the engine reads context. A
/// finding already reported at the same place by another check is not repeated.
struct ProtectedTextCheck {
    let engine: PolicyEngine

    func problems(pages: [PageFindings], source: DocumentSource, password: String?, reported: [Problem]) throws -> [Problem] {
        let contents = pages.map {
            PageContent(number: $0.number, width: 0, height: 0, text: $0.text, hasTextLayer: $0.hasTextLayer)
        }
        let document = ExtractedDocument(
            source: source.name, format: .pdf, pageCount: pages.count, pages: contents, metadata: nil)
        let findings = try engine.scan(document).filter { $0.action.kind != .keep }
        guard !findings.isEmpty else { return [] }

        // Character boxes only for the pages with findings (the same extraction the page checks used).
        let pdf = try PDFDocument.open(source, password: password)
        var boxesByIndex: [Int: [TextBox]] = [:]
        var problems: [Problem] = []
        for finding in findings {
            let index = document.pageIndex(containingOffset: finding.start)
            let pageNumber = document.pages[index].number
            if boxesByIndex[index] == nil {
                boxesByIndex[index] = try pdf.page(pageNumber).content(includeBoxes: true).boxes ?? []
            }
            let boxes = boxesByIndex[index]!
            let pageStart = document.pageStartOffsets[index]
            var box: TextBox?
            for offset in max(0, finding.start - pageStart)..<min(boxes.count, finding.end - pageStart) where !boxes[offset].isEmpty {
                box = box.map { $0.union(boxes[offset]) } ?? boxes[offset]
            }
            let alreadyReported = reported.contains { problem in
                guard problem.page == pageNumber, problem.revision == nil, let other = problem.box, let box else { return false }
                return other.intersection(box) != nil
            }
            if alreadyReported { continue }
            let whose = finding.party.map { " of \($0)" } ?? ""
            problems.append(
                Problem(
                    kind: .term, severity: .leak, page: pageNumber, box: box, text: finding.text,
                    hint: "the policy engine reads \(Problem.withArticle(finding.category.rawValue))\(whose) in the page text, not redacted (\(finding.explanation.matched))"))
        }
        return problems
    }
}
