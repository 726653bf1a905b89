extension PDFPage {
    /// The direction a line of text advances in, on the page as shown (rotation applied).
    enum Advance {
        case right, down, left, up
    }

    /// Inserts a space (with the gap as its box) between two adjacent characters that are not
    /// part of one word on the page. `bytes` is the page text as valid UTF-8, `scalars` its
    /// Unicode scalars (one per box). Returns the new text, its boxes (`boxes` unchanged unless
    /// `includeBoxes`) and the original scalar offsets before which spaces were inserted.
    ///
    /// poppler glues words that sit side by side with only a gap between them (table cells,
    /// columns). Each line of poppler's text is measured along its own direction (text on a page
    /// shown rotated by 90° advances downwards, for example): where two characters with nothing
    /// between them are separated by a gap wider than half the line's height, or the second one
    /// jumps to another line or back along the line, they belong to different words.
    /// Letter-spaced headings (gaps of about a fifth of the height) stay joined, as in `pdftotext`.
    static func separatingGaps(
        _ bytes: UnsafeBufferPointer<UInt8>, _ scalars: [Unicode.Scalar], _ boxes: [TextBox], includeBoxes: Bool = true
    ) -> (String, [TextBox], [Int]) {
        let (inserted, advances) = scalars.withUnsafeBufferPointer { scalars in
            boxes.withUnsafeBufferPointer { boxes in wordBreaks(scalars, boxes) }
        }
        guard !inserted.isEmpty else { return (String(decoding: bytes, as: UTF8.self), boxes, []) }
        let text = String(unsafeUninitializedCapacity: bytes.count + inserted.count) { buffer in
            let source = bytes.baseAddress!
            let target = buffer.baseAddress!
            var written = 0
            var byteIndex = 0
            var scalarIndex = 0
            for offset in inserted {
                let from = byteIndex
                while scalarIndex < offset {  // to the first byte of scalar `offset`
                    byteIndex += 1
                    while byteIndex < bytes.count, bytes[byteIndex] & 0xC0 == 0x80 { byteIndex += 1 }
                    scalarIndex += 1
                }
                (target + written).update(from: source + from, count: byteIndex - from)
                written += byteIndex - from
                target[written] = UInt8(ascii: " ")
                written += 1
            }
            (target + written).update(from: source + byteIndex, count: bytes.count - byteIndex)
            return written + bytes.count - byteIndex
        }
        guard includeBoxes else { return (text, boxes, inserted) }
        var newBoxes: [TextBox] = []
        newBoxes.reserveCapacity(boxes.count + inserted.count)
        var copiedCount = 0  // boxes copied so far
        for (next, offset) in inserted.enumerated() {
            newBoxes.append(contentsOf: boxes[copiedCount..<offset])
            newBoxes.append(gapBox(after: boxes[offset - 1], before: boxes[offset], advance: advances[next]))
            copiedCount = offset
        }
        newBoxes.append(contentsOf: boxes[copiedCount...])
        return (text, newBoxes, inserted)
    }

    /// The offsets before which a space belongs, and the direction of the line at each.
    ///
    /// One pass per line both finds the line's direction (the direction most neighbouring
    /// characters advance in, right when unsure) and the breaks of a left-to-right line; a line
    /// running another way (a turned page) is scanned again in its own direction.
    static func wordBreaks(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ boxes: UnsafeBufferPointer<TextBox>
    ) -> (offsets: [Int], advances: [Advance]) {
        var inserted: [Int] = []
        var advances: [Advance] = []
        var candidates: [Int] = []  // breaks of the current line if it runs to the right
        let count = scalars.count
        var lineStart = 0
        while lineStart < count {
            candidates.removeAll(keepingCapacity: true)
            var right = 0
            var down = 0
            var left = 0
            var up = 0
            var previousVisible = false
            var index = lineStart
            while index < count, scalars[index] != "\n" {
                let b = boxes[index]
                let visible = b.width > 0 && b.height > 0 && !isSpace(scalars[index])
                if visible, previousVisible {
                    let a = boxes[index - 1]
                    let dx = (b.x + b.width * 0.5) - (a.x + a.width * 0.5)
                    let dy = (b.y + b.height * 0.5) - (a.y + a.height * 0.5)
                    if abs(dx) >= abs(dy) {
                        if dx >= 0 { right += 1 } else { left += 1 }
                    } else {
                        if dy >= 0 { down += 1 } else { up += 1 }
                    }
                    if isWordBreak(a, b, .right) { candidates.append(index) }
                }
                previousVisible = visible
                index += 1
            }
            let lineEnd = index
            let most = Swift.max(right, down, left, up)
            let advance: Advance = right == most ? .right : down == most ? .down : left == most ? .left : .up
            if advance == .right {
                inserted.append(contentsOf: candidates)
                advances.append(contentsOf: repeatElement(.right, count: candidates.count))
            } else if lineEnd > lineStart {
                for index in (lineStart + 1)..<lineEnd where isVisible(scalars[index - 1], boxes[index - 1]) && isVisible(scalars[index], boxes[index]) {
                    if isWordBreak(boxes[index - 1], boxes[index], advance) {
                        inserted.append(index)
                        advances.append(advance)
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        return (inserted, advances)
    }

    @inline(__always)
    private static func isVisible(_ scalar: Unicode.Scalar, _ box: TextBox) -> Bool {
        box.width > 0 && box.height > 0 && !isSpace(scalar)
    }

    /// Whether two adjacent, visible characters on a line running in `advance` belong to
    /// different words: a gap wider than half the line's height, a jump to another line (drift
    /// across the line of more than 0.6 of its height), or a jump back along it.
    @inline(__always)
    private static func isWordBreak(_ boxA: TextBox, _ boxB: TextBox, _ advance: Advance) -> Bool {
        let (_, endA, acrossA, sizeA) = along(boxA, advance)
        let (startB, _, acrossB, sizeB) = along(boxB, advance)
        let lineHeight = Swift.max(sizeA, sizeB)
        let gap = startB - endA
        let drift = abs(acrossB - acrossA)
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
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        switch value {
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
