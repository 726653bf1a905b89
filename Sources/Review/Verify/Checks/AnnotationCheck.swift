import Extraction

/// Redaction annotations that were never applied, and annotations used as boxes over text.
///
/// poppler does not model Redact annotations: they come back as kind "Unknown" and are not drawn,
/// so the text under them is plainly visible — until someone applies them in Acrobat, they are only
/// a proposal. When the file contains Redact annotations (`PDFRawScan`), every "Unknown" annotation
/// is treated as one.
enum AnnotationCheck {
    /// Annotation kinds that can be drawn as a box over text.
    static let boxLike: Set<String> = ["Square", "Circle", "Polygon", "Highlight", "Ink", "FreeText", "Stamp", "StrikeOut", "Unknown"]

    static func problems(
        annotations: [PDFAnnotation], page: Int, scalars: [Unicode.Scalar], boxes: [TextBox],
        visibility: [CharacterVisibility], fileHasRedactAnnotations: Bool
    ) -> [Problem] {
        var problems: [Problem] = []
        for annotation in annotations where boxLike.contains(annotation.kind) {
            let isRedaction = annotation.kind == "Unknown" && fileHasRedactAnnotations
            // Letters and digits whose box lies at least 80 % inside the annotation.
            let covered = scalars.indices.filter { i in
                guard NormalizedText.isWordScalar(scalars[i]), let overlap = boxes[i].intersection(annotation.area) else {
                    return false
                }
                return overlap.width * overlap.height >= 0.8 * boxes[i].width * boxes[i].height
            }
            let text = covered.isEmpty ? nil : coveredText(covered, scalars)
            if isRedaction {
                problems.append(
                    Problem(
                        kind: .annotation, severity: covered.isEmpty ? .warning : .leak, page: page, box: annotation.area,
                        location: "Redact annotation", text: text,
                        hint: covered.isEmpty
                            ? "a redaction annotation was never applied; it marks an area but removed nothing"
                            : "a redaction annotation was never applied: the text under it is still on the page and in the text layer"))
                continue
            }
            let hidden = covered.filter { visibility[$0].isHidden }
            guard !hidden.isEmpty else { continue }  // ordinary markup over visible text
            problems.append(
                Problem(
                    kind: .annotation, severity: .warning, page: page, box: annotation.area,
                    location: "\(annotation.kind) annotation", text: coveredText(hidden, scalars),
                    hint: "a \(annotation.kind) annotation is used as a redaction box; anyone can delete or hide it in a viewer"))
        }
        return problems
    }

    /// The covered characters in reading order, with one space where they are not contiguous.
    private static func coveredText(_ indices: [Int], _ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        var previous: Int?
        for i in indices {
            if let p = previous, i > p + 1 {
                view.append(" ")
            }
            view.append(scalars[i])
            previous = i
        }
        return String(view)
    }
}
