/// Fast, locale-independent number formatting for large JSON outputs (boxes, coordinates).
public enum NumberFormatting {
    /// Appends `value` rounded to `decimals` (default 2) places, without trailing zeros:
    /// 12.5, 3, -0.25. Non-finite values become 0.
    public static func appendFixed(_ value: Double, decimals: Int = 2, to out: inout String) {
        guard value.isFinite else {
            out += "0"
            return
        }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        var scaled = Int((abs(value) * Double(scale)).rounded())
        if value < 0, scaled != 0 { out += "-" }
        let integerPart = scaled / scale
        out += String(integerPart)
        scaled %= scale
        guard scaled != 0 else { return }
        var digits = decimals
        while scaled % 10 == 0 {
            scaled /= 10
            digits -= 1
        }
        out += "."
        let fraction = String(scaled)
        if fraction.count < digits { out += String(repeating: "0", count: digits - fraction.count) }
        out += fraction
    }

    /// `value` formatted by `appendFixed`.
    public static func fixed(_ value: Double, decimals: Int = 2) -> String {
        var out = ""
        appendFixed(value, decimals: decimals, to: &out)
        return out
    }
}
