import BlacklineCore

extension TextDiff {
    /// A stretch of lines shown together: the changes in it and the lines around them.
    struct Hunk {
        var firstLine: Int
        var lastLine: Int
        var changes: Range<Int>
    }

    /// Changed stretches with `context` unchanged lines around each (lines of the original).
    func hunks(context: Int) -> [Hunk] {
        var hunks: [Hunk] = []
        for (index, change) in changes.enumerated() {
            let startLine = originalLines.line(of: change.original.lowerBound)
            let endLine = originalLines.line(of: change.original.isEmpty ? change.original.lowerBound : change.original.upperBound - 1)
            let first = max(1, startLine - context)
            // (A text ending in a line break has no further line to show, unless a change is there.)
            let last = max(endLine, min(originalLines.count, endLine + context))
            if var hunk = hunks.last, first <= hunk.lastLine + 1 {
                hunk.lastLine = max(hunk.lastLine, last)
                hunk.changes = hunk.changes.lowerBound..<index + 1
                hunks[hunks.count - 1] = hunk
            } else {
                hunks.append(Hunk(firstLine: first, lastLine: last, changes: index..<index + 1))
            }
        }
        return hunks
    }

    /// Distinct lines of the original that changes touch.
    public var changedLineCount: Int {
        var count = 0
        var lastCounted = 0
        for change in changes {
            let first = originalLines.line(of: change.original.lowerBound)
            let last = originalLines.line(of: change.original.isEmpty ? change.original.lowerBound : change.original.upperBound - 1)
            count += last - max(first, lastCounted + 1) + 1
            lastCounted = max(lastCounted, last)
        }
        return count
    }

    /// A readable inline view: each changed stretch with `context` lines around it, line numbers
    /// of both texts, removed text as `[-…-]` and inserted text as `{+…+}` (red and green with
    /// `color`). Removed text is masked unless `showText`.
    public func text(originalName: String, redactedName: String, context: Int, showText: Bool, color: Bool) -> String {
        var out = TerminalStyle.heading.paint("\(originalName) → \(redactedName)", color)
        out += ": \(changes.count) change\(changes.count == 1 ? "" : "s") on \(changedLineCount) line\(changedLineCount == 1 ? "" : "s"), "
        out += "\(removedCount) characters removed, \(insertedCount) inserted"
        if !showText, !changes.isEmpty { out += " (removed text masked; --show-text shows it)" }
        out += "\n"
        let width = String(max(originalLines.starts.count, redactedLines.starts.count)).count
        var delta = 0
        var consumed = 0
        for hunk in hunks(context: context) {
            for change in changes[consumed..<hunk.changes.lowerBound] { delta += change.redacted.count - change.original.count }
            consumed = hunk.changes.lowerBound
            let start = originalLines.starts[hunk.firstLine - 1]
            let end = originalLines.range(ofLine: hunk.lastLine).upperBound
            let redactedStart = start + delta
            var hunkDelta = 0
            for change in changes[hunk.changes] { hunkDelta += change.redacted.count - change.original.count }
            let redactedEnd = end + delta + hunkDelta
            let firstRedactedLine = redactedLines.line(of: redactedStart)
            let lastRedactedLine = redactedLines.line(of: max(redactedStart, redactedEnd - 1))
            out += TerminalStyle.dim.paint(
                "@@ -\(hunk.firstLine),\(hunk.lastLine - hunk.firstLine + 1) +\(firstRedactedLine),\(lastRedactedLine - firstRedactedLine + 1) @@", color)
            out += "\n"

            var originalLine = hunk.firstLine
            var redactedLine = firstRedactedLine
            var line = ""
            var lineLabel = (originalLine, redactedLine)
            func finishLine() {
                let left = String(lineLabel.0).leftPadded(to: width)
                let right = String(lineLabel.1).leftPadded(to: width)
                out += TerminalStyle.dim.paint("\(left) \(right) │", color) + (line.isEmpty ? "" : " " + line) + "\n"
                line = ""
            }
            func appendEqual(_ range: Range<Int>) {
                var run = String.UnicodeScalarView()
                for index in range {
                    let scalar = originalScalars[index]
                    if TextTokenizer.Kind(scalar) == .lineBreak {
                        line += String(run)
                        run = String.UnicodeScalarView()
                        finishLine()
                        originalLine += 1
                        redactedLine += 1
                        lineLabel = (originalLine, redactedLine)
                    } else {
                        run.append(scalar)
                    }
                }
                line += String(run)
            }
            var position = start
            for change in changes[hunk.changes] {
                appendEqual(position..<change.original.lowerBound)
                if !change.original.isEmpty {
                    let shown = MaskedText.render(originalScalars[change.original], show: showText)
                    line += color ? TerminalStyle.removed.paint(shown, true) : "[-\(shown)-]"
                    originalLine += originalScalars[change.original].filter { TextTokenizer.Kind($0) == .lineBreak }.count
                }
                if !change.redacted.isEmpty {
                    let shown = MaskedText.render(redactedScalars[change.redacted], show: true)
                    line += color ? TerminalStyle.inserted.paint(shown, true) : "{+\(shown)+}"
                    redactedLine += redactedScalars[change.redacted].filter { TextTokenizer.Kind($0) == .lineBreak }.count
                }
                position = change.original.upperBound
            }
            appendEqual(position..<end)
            if !line.isEmpty { finishLine() }
        }
        return out
    }

    /// `json(originalName:redactedName:showText:)` as indented text, in time linear in its size.
    public func jsonText(originalName: String, redactedName: String, showText: Bool) -> String {
        LinearJSON.serialized(json(originalName: originalName, redactedName: redactedName, showText: showText), pretty: true) + "\n"
    }

    /// JSON for scripts: `{"original", "redacted", "textShown", "counts", "changes": [{"original":
    /// {"start", "end", "line", "column"}, "redacted": {…}, "removed", "inserted"}]}`; `removed` is
    /// masked unless `showText`.
    public func json(originalName: String, redactedName: String, showText: Bool) -> JSONValue {
        func side(_ name: String, _ scalars: [Unicode.Scalar], _ lines: LineIndex) -> JSONValue {
            .object([("path", .string(name)), ("scalars", .integer(scalars.count)), ("lines", .integer(lines.count))])
        }
        func place(_ range: Range<Int>, _ lines: LineIndex) -> JSONValue {
            .object([
                ("start", .integer(range.lowerBound)), ("end", .integer(range.upperBound)),
                ("line", .integer(lines.line(of: range.lowerBound))), ("column", .integer(lines.column(of: range.lowerBound))),
            ])
        }
        let list: [JSONValue] = changes.map { change in
            .object([
                ("original", place(change.original, originalLines)), ("redacted", place(change.redacted, redactedLines)),
                ("removed", .string(MaskedText.render(originalScalars[change.original], show: showText, oneLine: false))),
                ("inserted", .string(String(String.UnicodeScalarView(redactedScalars[change.redacted])))),
            ])
        }
        return .object([
            ("format", "blackline-text-diff"),
            ("original", side(originalName, originalScalars, originalLines)),
            ("redacted", side(redactedName, redactedScalars, redactedLines)),
            ("textShown", .bool(showText)),
            (
                "counts",
                .object([
                    ("changes", .integer(changes.count)), ("linesChanged", .integer(changedLineCount)),
                    ("removed", .integer(removedCount)), ("inserted", .integer(insertedCount)),
                ])
            ),
            ("changes", .array(list)),
        ])
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
