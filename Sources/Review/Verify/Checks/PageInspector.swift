import Extraction

/// Runs every per-page check on one page (on a worker thread with that worker's document).
struct PageInspector: Sendable {
    let dpi: Double
    let matcher: TermMatcher
    let fileHasRedactAnnotations: Bool

    func inspect(_ document: PDFDocument, pageNumber: Int) throws -> PageFindings {
        let page = try document.page(pageNumber)
        let content = try page.content(includeBoxes: true)
        let scalars = Array(content.text.unicodeScalars)
        let boxes = content.boxes ?? []
        let annotations = page.annotationDetails()
        let visibility: [CharacterVisibility]
        if content.hasTextLayer {
            visibility = try HiddenTextCheck(dpi: dpi).classify(page, scalars: scalars, boxes: boxes)
        } else {
            visibility = Array(repeating: .notApplicable, count: scalars.count)
        }
        let runs = HiddenRunBuilder(scalars: scalars, boxes: boxes, visibility: visibility).build()
        var problems = HiddenTextCheck.problems(runs: runs, page: pageNumber, scalars: scalars, annotations: annotations)
        problems += AnnotationCheck.problems(
            annotations: annotations, page: pageNumber, scalars: scalars, boxes: boxes, visibility: visibility,
            fileHasRedactAnnotations: fileHasRedactAnnotations)
        problems += TermCheck.pageProblems(
            matcher: matcher, page: pageNumber, revision: nil, scalars: scalars, boxes: boxes, visibility: visibility)
        return PageFindings(
            number: pageNumber, hasTextLayer: content.hasTextLayer, problems: problems,
            visibleWords: WordTokens.visibleWordCounts(scalars, visibility: visibility), text: content.text,
            annotations: annotations, formFields: page.formFields(), linkScripts: page.linkScripts(),
            hasEmbeddedThumbnail: page.hasEmbeddedThumbnail)
    }
}
