import Extraction

/// Turns hidden character ranges of a page into the rectangles to black out.
///
/// The characters of a range are grouped into runs on one line (a name broken over two lines, or
/// hyphenated, gives two runs); each run becomes its characters' union, padded: 1 pt left, right
/// and below, and 1 pt + 15 % of the height on top, because poppler's boxes follow the font ascent
/// and the carons of Č, Š, Ž, Ć stick out above them. The padding never reaches into a character
/// that stays visible on the line below or beside the run (over-redaction), but a box never
/// shrinks below its characters' own boxes.
public struct RedactionGeometry: Sendable {
    public var sidePadding: Double = 1
    public var bottomPadding: Double = 1
    public var topPadding: Double = 1
    public var topPaddingFraction: Double = 0.15

    public init() {}

    /// Rectangles covering scalars `range` of a page.
    ///
    /// - Parameters:
    ///   - scalars: the page text's Unicode scalars; `boxes` has one box per scalar.
    ///   - hidden: true for every scalar of the page that is hidden by some redaction (padding may
    ///     reach into those, but not into visible characters).
    public func rectangles(
        for range: Range<Int>, scalars: [Unicode.Scalar], boxes: [TextBox], hidden: [Bool]
    ) -> [TextBox] {
        let runs = lineRuns(range, scalars: scalars, boxes: boxes)
        return runs.map { pad($0, scalars: scalars, boxes: boxes, hidden: hidden) }
    }

    /// Unions of the visible characters of `range`, one per stretch on one line.
    func lineRuns(_ range: Range<Int>, scalars: [Unicode.Scalar], boxes: [TextBox]) -> [TextBox] {
        var runs: [TextBox] = []
        var current: TextBox?
        var previous: TextBox?
        for index in range where index < boxes.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\u{0C}" {
                if let run = current { runs.append(run) }
                current = nil
                previous = nil
                continue
            }
            let box = boxes[index]
            if box.isEmpty || scalar.properties.isWhitespace { continue }
            if let run = current, let last = previous {
                let centre = box.y + box.height / 2
                let sameLine = centre >= run.y && centre <= run.maxY && box.x >= last.x - last.height
                if sameLine {
                    current = run.union(box)
                } else {
                    runs.append(run)
                    current = box
                }
            } else {
                current = box
            }
            previous = box
        }
        if let run = current { runs.append(run) }
        return runs
    }

    /// Pads a run, keeping off visible characters below it and beside it on its line.
    func pad(_ run: TextBox, scalars: [Unicode.Scalar], boxes: [TextBox], hidden: [Bool]) -> TextBox {
        let top = run.y - topPadding - topPaddingFraction * run.height
        var bottom = run.maxY + bottomPadding
        var left = run.x - sidePadding
        var right = run.maxX + sidePadding
        for (index, other) in boxes.enumerated() where !hidden[index] && !other.isEmpty {
            // Only characters that the padded box would touch (cheap test first), and not spaces.
            guard other.maxX > left, other.x < right, other.maxY > top, other.y < bottom else { continue }
            guard !scalars[index].properties.isWhitespace else { continue }
            let centreY = other.y + other.height / 2
            if centreY > run.maxY {
                // The line below: never eat it.
                bottom = max(run.maxY, min(bottom, other.y))
            } else if centreY >= run.y {
                // Same line: stay off the neighbours.
                if other.x + other.width / 2 < run.x + run.width / 2 {
                    left = min(run.x, max(left, other.maxX))
                } else {
                    right = max(run.maxX, min(right, other.x))
                }
            }
            // The line above is left alone: the top padding that covers carons takes precedence
            // over the descenders of the line above.
        }
        return TextBox(x: left, y: top, width: right - left, height: bottom - top)
    }
}
