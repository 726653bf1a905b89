import Extraction
import Foundation

/// Content that is not page text but travels with the file: annotation comments and authors, form
/// field values, attachments, bookmarks, JavaScript, hidden layers and embedded thumbnails.
///
/// Without terms these are warnings (someone must read them) or notices; bookmarks are warnings
/// only when their words do not appear in the visible text — a bookmark that repeats a heading that
/// was redacted is the classic leak.
struct HiddenContentCheck {
    /// Folded words visible in the document (for comparing bookmark titles).
    let visibleWords: [String: Int]
    let matcher: TermMatcher

    func annotationProblems(_ annotations: [PDFAnnotation], page: Int, revision: Int? = nil) -> [Problem] {
        var problems: [Problem] = []
        for annotation in annotations where annotation.kind != "Link" && annotation.kind != "Popup" {
            if let contents = annotation.contents {
                problems.append(
                    Problem(
                        kind: .hiddenContent, severity: .warning, page: page, box: annotation.area, revision: revision,
                        location: "\(annotation.kind) annotation contents", text: contents,
                        hint: "an annotation carries text that is not part of the page text (a comment or note); read or remove it"))
                problems += TermCheck.textProblems(
                    matcher: matcher, text: contents, location: "contents of a \(annotation.kind) annotation", page: page,
                    revision: revision)
            }
            for (label, value) in [("author", annotation.author), ("subject", annotation.subject), ("attached file name", annotation.attachmentName)] {
                guard let value else { continue }
                problems.append(
                    Problem(
                        kind: .hiddenContent, severity: label == "attached file name" ? .warning : .notice, page: page,
                        box: annotation.area, revision: revision, location: "\(annotation.kind) annotation \(label)", text: value,
                        hint: "an annotation records its \(label)"))
                problems += TermCheck.textProblems(
                    matcher: matcher, text: value, location: "\(label) of a \(annotation.kind) annotation", page: page,
                    revision: revision)
            }
        }
        return problems
    }

    func formFieldProblems(_ fields: [PDFFormField], page: Int, revision: Int? = nil) -> [Problem] {
        var problems: [Problem] = []
        for field in fields {
            if let value = field.value, field.kind == .text || field.kind == .choice,
                !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            {
                problems.append(
                    Problem(
                        kind: .hiddenContent, severity: .warning, page: page, box: field.area, revision: revision,
                        location: "form field value", text: value,
                        hint: "a form field holds a value; it is drawn on the page but is not in the text layer, so text checks cannot see it"))
            }
            for text in [field.value, field.alternateName, field.name].compactMap({ $0 }) {
                problems += TermCheck.textProblems(matcher: matcher, text: text, location: "form field", page: page, revision: revision)
            }
            for script in field.scripts {
                problems.append(scriptProblem(script, page: page, location: "form field script", revision: revision))
            }
        }
        return problems
    }

    func scriptProblem(_ script: String, page: Int?, location: String, revision: Int? = nil) -> Problem {
        Problem(
            kind: .hiddenContent, severity: .warning, page: page, revision: revision, location: location, text: script,
            hint: "the file contains JavaScript; scripts can carry or reveal text and should not be in a released document")
    }

    func outlineProblems(_ outline: [OutlineItem], revision: Int? = nil) -> [Problem] {
        var problems: [Problem] = []
        var repeatingVisibleText = 0
        for (index, item) in outline.enumerated() {
            let words = WordTokens.tokens(Array(item.title.unicodeScalars)).map(\.folded).filter { !$0.isEmpty }
            let unseen = words.filter { visibleWords[$0] == nil }
            if !unseen.isEmpty {
                problems.append(
                    Problem(
                        kind: .hiddenContent, severity: .warning, revision: revision, location: "bookmark \(index + 1)",
                        text: item.title,
                        hint: "a bookmark title has \(unseen.count) word\(unseen.count == 1 ? "" : "s") that the visible page text does not show; it may repeat a redacted heading"))
            } else if !words.isEmpty {
                repeatingVisibleText += 1
            }
            problems += TermCheck.textProblems(matcher: matcher, text: item.title, location: "bookmark \(index + 1)", revision: revision)
            if item.action.kind == .javaScript, let script = item.action.payload {
                problems.append(scriptProblem(script, page: nil, location: "bookmark \(index + 1) script", revision: revision))
            }
        }
        if repeatingVisibleText > 0 {
            problems.append(
                Problem(
                    kind: .hiddenContent, severity: .notice, revision: revision, location: "bookmarks",
                    hint: "\(repeatingVisibleText) bookmark\(repeatingVisibleText == 1 ? "" : "s") only repeat visible text"))
        }
        return problems
    }

    func attachmentProblems(_ attachments: [PDFAttachment], password: String?, revision: Int? = nil) -> [Problem] {
        var problems: [Problem] = []
        for (index, attachment) in attachments.enumerated() {
            let location = "attachment \(index + 1)"
            problems.append(
                Problem(
                    kind: .hiddenContent, severity: .warning, revision: revision, location: location,
                    text: attachment.name + (attachment.description.map { " — \($0)" } ?? ""),
                    hint: "the file embeds another file (\(attachment.declaredSize) bytes); its name and contents travel with the PDF"))
            guard !matcher.isEmpty else { continue }
            problems += TermCheck.textProblems(matcher: matcher, text: attachment.name, location: "\(location) name", revision: revision)
            if let description = attachment.description {
                problems += TermCheck.textProblems(matcher: matcher, text: description, location: "\(location) description", revision: revision)
            }
            for text in AttachmentText.texts(attachment, password: password) {
                problems += TermCheck.textProblems(matcher: matcher, text: text, location: "\(location) contents", revision: revision)
            }
        }
        return problems
    }

    func layerProblems(_ layers: [PDFLayer]) -> [Problem] {
        layers.filter { !$0.isVisible }.map { layer in
            Problem(
                kind: .hiddenContent, severity: .warning, location: "hidden layer", text: layer.title,
                hint: "an optional-content layer is hidden by default; its content is in the file and any viewer can show it")
        }
    }
}
