/// The blocks of TAB-separated table rows of a text: maximal runs of consecutive lines that each
/// hold a TAB, by line number (the number of line breaks before a line), and the first TAB of each
/// of their lines. Built once per scan, on the first table question, in one pass over the TABs;
/// answers "which block and column holds this position" with one index lookup, a binary search
/// and a walk over the TABs of one line, where walking back line by line to the block's first row
/// (each step a TAB lookup) and remembering the answer per line cost far more.
/// (A class: the scan keeps one, and questions do not copy its arrays.)
final class TableBlocks {
    /// First and last line number of each block, in text order.
    private let firstLines: [Int32]
    private let lastLines: [Int32]
    /// Where the first TABs of a block's lines start in `firstTabs`.
    private let firstTabStarts: [Int32]
    /// Index (in the text's TABs) of the first TAB of each line of each block, block after block.
    private let firstTabs: [Int32]
    /// The last answer of `ScanContext.headerMatches` (most questions ask about the cell below the
    /// one asked before: the same block, column and matcher). Used on the scan's thread only (no
    /// runtime exclusivity check, as in `ScanContext`).
    @exclusivity(unchecked) var lastHeaderAnswer: (key: ScanContext.HeaderKey, answer: Bool)?

    init(lineBreaks: PositionIndex, tabs: PositionIndex) {
        var firstLines: [Int32] = [], lastLines: [Int32] = [], firstTabStarts: [Int32] = [], firstTabs: [Int32] = []
        var line = 0  // the line of the TAB being looked at: line breaks before it
        let breaks = lineBreaks.positions
        for (k, tab) in tabs.positions.enumerated() {
            while line < breaks.count, breaks[line] < tab { line += 1 }
            if let last = lastLines.last, Int(last) >= line - 1 {
                if Int(last) == line { continue }  // not the line's first TAB
                lastLines[lastLines.count - 1] = Int32(truncatingIfNeeded: line)
            } else {
                firstLines.append(Int32(truncatingIfNeeded: line))
                lastLines.append(Int32(truncatingIfNeeded: line))
                firstTabStarts.append(Int32(truncatingIfNeeded: firstTabs.count))
            }
            firstTabs.append(Int32(truncatingIfNeeded: k))
        }
        self.firstLines = firstLines
        self.lastLines = lastLines
        self.firstTabStarts = firstTabStarts
        self.firstTabs = firstTabs
    }

    /// The number of blocks.
    var count: Int { firstLines.count }

    /// First and last line number of block `k`.
    func lines(ofBlock k: Int) -> ClosedRange<Int> { Int(firstLines[k])...Int(lastLines[k]) }

    /// The block holding line `line` and its first line, or nil when the line has no TAB.
    func block(holding line: Int) -> (block: Int, firstLine: Int)? {
        // The last block starting at or before the line.
        var low = 0, high = firstLines.count
        while low < high {
            let mid = (low + high) >> 1
            if Int(firstLines[mid]) <= line { low = mid + 1 } else { high = mid }
        }
        guard low > 0, Int(lastLines[low - 1]) >= line else { return nil }
        return (low - 1, Int(firstLines[low - 1]))
    }

    /// The index (in the text's TABs) of the first TAB of line `line` of block `block`.
    func firstTab(ofLine line: Int, inBlock block: Int) -> Int {
        Int(firstTabs[Int(firstTabStarts[block]) + line - Int(firstLines[block])])
    }
}

extension ScanContext {
    /// The table blocks (built on first use).
    var tableBlocks: TableBlocks {
        if let known = tableBlocksCache { return known }
        let built = TableBlocks(lineBreaks: lineBreaks, tabs: tabs)
        tableBlocksCache = built
        return built
    }

    /// End of line number `line`: its line break, or the end of the text after the last line.
    @inline(__always)
    func endOfLine(number line: Int) -> Int {
        line < lineBreaks.count ? Int(lineBreaks.positions[line]) : count
    }

    /// Start of line number `line` (after `line` line breaks).
    @inline(__always)
    func startOfLine(number line: Int) -> Int {
        line == 0 ? 0 : Int(lineBreaks.positions[line - 1]) + 1
    }

    /// For a position inside a TAB-separated table row (not the first row of its block): where
    /// the block starts and the position's column (the TABs before it on its line, counted from
    /// the line's first: two index lookups would each walk the TABs of a 1 KB block).
    func tableColumn(at position: Int) -> (row: Int, column: Int)? {
        let line = lineBreaks.firstIndex(atOrAfter: position)
        let blocks = tableBlocks
        guard let (block, firstLine) = blocks.block(holding: line), firstLine != line else { return nil }
        let first = blocks.firstTab(ofLine: line, inBlock: block)
        var k = first
        while k < tabs.count, Int(tabs.positions[k]) < position { k += 1 }
        return (startOfLine(number: firstLine), k - first)
    }

    /// The bytes of cell `column` of the tabbed line starting at `row` (cells are cut at every
    /// TAB, empty ones included), or nil when the line has fewer cells.
    func tableCell(row: Int, column: Int) -> Range<Int>? {
        let end = lineEnd(row)
        let first = tabs.firstIndex(atOrAfter: row)  // the line's first TAB, if it has one
        var tabsOnLine = 0
        while first + tabsOnLine < tabs.count, Int(tabs.positions[first + tabsOnLine]) < end, tabsOnLine <= column { tabsOnLine += 1 }
        guard column <= tabsOnLine else { return nil }
        let cellStart = column == 0 ? row : Int(tabs.positions[first + column - 1]) + 1
        let cellEnd = column < tabsOnLine ? Int(tabs.positions[first + column]) : end
        return cellStart..<cellEnd
    }
}
