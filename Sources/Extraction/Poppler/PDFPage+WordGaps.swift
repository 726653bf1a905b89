extension PDFPage {
    /// The direction a line of text advances in, on the page as shown (rotation applied).
    enum Advance {
        case right, down, left, up
    }

    /// Inserts a space (with the gap as its box) between two adjacent characters that are not
    /// part of one word on the page. Returns the new text, its boxes and the original scalar
    /// offsets before which spaces were inserted.
    ///
    /// poppler glues words that sit side by side with only a gap between them (table cells,
    /// columns). Each line of poppler's text is measured along its own direction (text on a page
    /// shown rotated by 90° advances downwards, for example): where two characters with nothing
    /// between them are separated by a gap wider than half the line's height, or the second one
    /// jumps to another line or back along the line, they belong to different words.
    /// Letter-spaced headings (gaps of about a fifth of the height) stay joined, as in `pdftotext`.
    static func separatingGaps(_ text: String, _ scalars: [Unicode.Scalar], _ boxes: [TextBox]) -> (String, [TextBox], [Int]) {
        var inserted: [Int] = []
        var advances: [Advance] = []  // the line direction at each inserted space
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let advance = dominantAdvance(scalars, boxes, lineStart..<lineEnd)
            var index = lineStart + 1
            while index < lineEnd {
                if isWordBreak(scalars[index - 1], boxes[index - 1], scalars[index], boxes[index], advance) {
                    inserted.append(index)
                    advances.append(advance)
                }
                index += 1
            }
            lineStart = lineEnd + 1
        }
        guard !inserted.isEmpty else { return (text, boxes, []) }
        var newText = ""
        newText.reserveCapacity(text.utf8.count + inserted.count)
        var newBoxes: [TextBox] = []
        newBoxes.reserveCapacity(boxes.count + inserted.count)
        let view = text.unicodeScalars
        var copiedUpTo = view.startIndex  // in `view`
        var copiedCount = 0  // scalars copied so far
        for (next, offset) in inserted.enumerated() {
            let index = view.index(copiedUpTo, offsetBy: offset - copiedCount)
            newText.unicodeScalars.append(contentsOf: view[copiedUpTo..<index])
            newBoxes.append(contentsOf: boxes[copiedCount..<offset])
            newText.unicodeScalars.append(" ")
            newBoxes.append(gapBox(after: boxes[offset - 1], before: boxes[offset], advance: advances[next]))
            copiedUpTo = index
            copiedCount = offset
        }
        newText.unicodeScalars.append(contentsOf: view[copiedUpTo...])
        newBoxes.append(contentsOf: boxes[copiedCount...])
        return (newText, newBoxes, inserted)
    }

    /// Whether two adjacent, visible characters belong to different words.
    private static func isWordBreak(_ a: Unicode.Scalar, _ boxA: TextBox, _ b: Unicode.Scalar, _ boxB: TextBox, _ advance: Advance) -> Bool {
        guard !isSpace(a), !isSpace(b), !boxA.isEmpty, !boxB.isEmpty else { return false }
        let (_, endA, acrossA, sizeA) = along(boxA, advance)
        let (startB, _, acrossB, sizeB) = along(boxB, advance)
        let lineHeight = Swift.max(sizeA, sizeB)
        let gap = startB - endA
        let drift = abs(acrossB - acrossA)
        // A gap on the line, a jump to another line, or a jump back: not one word.
        return gap > lineHeight * 0.5 || drift > lineHeight * 0.6 || gap < -lineHeight * 2
    }

    /// A box's extent along `advance` (start, end), its position across the line, and its size
    /// across the line (the line height).
    private static func along(_ box: TextBox, _ advance: Advance) -> (start: Double, end: Double, across: Double, size: Double) {
        switch advance {
        case .right: return (box.x, box.maxX, box.y, box.height)
        case .down: return (box.y, box.maxY, box.x, box.width)
        case .left: return (-box.maxX, -box.x, box.y, box.height)
        case .up: return (-box.maxY, -box.y, box.x, box.width)
        }
    }

    /// The direction most neighbouring characters of the line advance in (right when unsure).
    static func dominantAdvance(_ scalars: [Unicode.Scalar], _ boxes: [TextBox], _ line: Range<Int>) -> Advance {
        var votes = (right: 0, down: 0, left: 0, up: 0)
        var index = line.lowerBound + 1
        while index < line.upperBound {
            let a = boxes[index - 1]
            let b = boxes[index]
            if !isSpace(scalars[index - 1]), !isSpace(scalars[index]), !a.isEmpty, !b.isEmpty {
                let dx = (b.x + b.width / 2) - (a.x + a.width / 2)
                let dy = (b.y + b.height / 2) - (a.y + a.height / 2)
                if abs(dx) >= abs(dy) {
                    if dx >= 0 { votes.right += 1 } else { votes.left += 1 }
                } else {
                    if dy >= 0 { votes.down += 1 } else { votes.up += 1 }
                }
            }
            index += 1
        }
        let best = Swift.max(votes.right, votes.down, votes.left, votes.up)
        if votes.right == best { return .right }
        if votes.down == best { return .down }
        if votes.left == best { return .left }
        return .up
    }

    /// The gap between two characters on their line (zero length when the second is not
    /// further along the line than the first).
    private static func gapBox(after a: TextBox, before b: TextBox, advance: Advance) -> TextBox {
        switch advance {
        case .right: return TextBox(x: a.maxX, y: a.y, width: Swift.max(0, b.x - a.maxX), height: a.height)
        case .down: return TextBox(x: a.x, y: a.maxY, width: a.width, height: Swift.max(0, b.y - a.maxY))
        case .left:
            let length = Swift.max(0, a.x - b.maxX)
            return TextBox(x: a.x - length, y: a.y, width: length, height: a.height)
        case .up:
            let length = Swift.max(0, a.y - b.maxY)
            return TextBox(x: a.x, y: a.y - length, width: a.width, height: length)
        }
    }

    /// Unicode White_Space (the same set as `scalar.properties.isWhitespace`, without the
    /// property lookup: this runs for every character of every page).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// How many of the sorted `offsets` are below `value`.
    static func countBelow(_ value: Int, _ offsets: [Int]) -> Int {
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
