/// The blocks of TAB-separated table rows of a text: maximal runs of consecutive lines that each
/// hold a TAB, by line number (the number of line breaks before a line). Built once per scan, on
/// the first table question, in one pass over the TABs; answers "which block and column holds
/// this position" with two index lookups and a binary search, where walking back line by line
/// to the block's first row (each step a TAB lookup) and remembering the answer per line cost
/// far more.
struct TableBlocks {
    /// First and last line number of each block, in text order.
    private var firstLines: [Int32] = []
    private var lastLines: [Int32] = []

    init(lineBreaks: PositionIndex, tabs: PositionIndex) {
        var line = 0  // the line of the TAB being looked at: line breaks before it
        let breaks = lineBreaks.positions
        for tab in tabs.positions {
            while line < breaks.count, breaks[line] < tab { line += 1 }
            if let last = lastLines.last, Int(last) >= line - 1 {
                lastLines[lastLines.count - 1] = Int32(truncatingIfNeeded: line)
            } else {
                firstLines.append(Int32(truncatingIfNeeded: line))
                lastLines.append(Int32(truncatingIfNeeded: line))
            }
        }
    }

    /// The number of blocks.
    var count: Int { firstLines.count }

    /// First and last line number of block `k`.
    func lines(ofBlock k: Int) -> ClosedRange<Int> { Int(firstLines[k])...Int(lastLines[k]) }

    /// The first line of the block holding line `line`, or nil when the line has no TAB.
    func firstLine(ofBlockHolding line: Int) -> Int? {
        // The last block starting at or before the line.
        var low = 0, high = firstLines.count
        while low < high {
            let mid = (low + high) >> 1
            if Int(firstLines[mid]) <= line { low = mid + 1 } else { high = mid }
        }
        guard low > 0, Int(lastLines[low - 1]) >= line else { return nil }
        return Int(firstLines[low - 1])
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

    /// The number of TABs in `start ..< end` (a part of one line: its TABs are counted one by one
    /// from the first, where two index lookups would each walk the TABs of a 1 KB block).
    func tabCount(from start: Int, to end: Int) -> Int {
        let first = tabs.firstIndex(atOrAfter: start)
        var k = first
        while k < tabs.count, Int(tabs.positions[k]) < end { k += 1 }
        return k - first
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
