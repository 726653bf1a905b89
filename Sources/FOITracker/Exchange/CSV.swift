/// RFC 4180 CSV: quoted fields with doubled quotes, CRLF or LF line ends, a UTF-8 byte order mark
/// tolerated. Works on UTF-8 bytes.
public enum CSV {
    /// One record and the line it starts on (1-based).
    public struct Record: Sendable {
        public let line: Int
        public let fields: [String]
    }

    /// Parses `bytes` into records; a quote left open is an error naming its line.
    public static func parse(_ bytes: [UInt8], file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 0
        var fieldStarted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\""):
                guard field.isEmpty, !fieldStarted else {
                    throw FOIError(.badInput, "\(file):\(line): a quote inside an unquoted field; quote the whole field and double the quote")
                }
                inQuotes = true
                fieldStarted = true
                quoteLine = line
            case 0x0D:
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
            }
        }
        if inQuotes { throw FOIError(.badInput, "\(file):\(quoteLine): a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRecord() }
        return records
    }

    /// Appends `value` as a CSV field (quoted when it contains a comma, quote or line break).
    public static func appendField(_ value: String, to out: inout String) {
        var needsQuotes = false
        for byte in value.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            out += value
            return
        }
        out += "\""
        out += value.replacingOccurrences(of: "\"", with: "\"\"")
        out += "\""
    }
}
