extension PDFComposer {
    /// A table with ruled cells; each cell's text wraps within its column. Rows that do not fit
    /// on the page move to the next one.
    ///
    /// - Parameters:
    ///   - rows: cell texts, row by row (rows may have fewer cells than columns).
    ///   - columnWidths: relative widths (any unit; scaled to the content width); equal by default.
    ///   - headerRows: how many leading rows are set in bold.
    public func table(_ rows: [[String]], columnWidths: [Double]? = nil, style: TextStyle = .small, headerRows: Int = 1) throws {
        let columns = max(1, rows.map(\.count).max() ?? 1)
        let relative = columnWidths ?? Array(repeating: 1, count: columns)
        guard relative.count == columns, relative.allSatisfy({ $0 > 0 }) else {
            throw FixtureError("table: \(relative.count) column widths for \(columns) columns")
        }
        let total = relative.reduce(0, +)
        let widths = relative.map { $0 / total * contentWidth }
        let padding = 3.0
        cursorY += style.spaceBefore
        for (rowIndex, row) in rows.enumerated() {
            let cellStyle = style.with {
                $0.bold = rowIndex < headerRows
                $0.alignment = .left
                $0.firstLineIndent = 0
            }
            let cellLines = try (0..<columns).map { column in
                try wrap(column < row.count ? row[column] : "", style: cellStyle, width: widths[column] - 2 * padding)
            }
            let rowHeight = Double(cellLines.map(\.count).max() ?? 1) * cellStyle.lineHeight + 2 * padding
            try ensureSpace(rowHeight)
            var x = margins.left
            let top = cursorY
            for column in 0..<columns {
                strokeRectangle(x: x, y: top, width: widths[column], height: rowHeight)
                for (lineIndex, line) in cellLines[column].enumerated() {
                    try text(
                        line, x: x + padding, baseline: top + padding + Double(lineIndex) * cellStyle.lineHeight + cellStyle.size * 0.95,
                        style: cellStyle)
                }
                x += widths[column]
            }
            cursorY = top + rowHeight
        }
        cursorY += style.spaceAfter + 4
    }
}
