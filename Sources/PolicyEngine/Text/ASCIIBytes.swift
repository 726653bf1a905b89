/// Byte tests for ASCII text on the hot paths (a `Character`'s properties are a Unicode lookup).
enum ASCIIBytes {
    /// A–Z or a–z.
    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Whether every character of `word` is an ASCII letter (`allSatisfy { $0.isASCII &&
    /// $0.isLetter }`, on the bytes: an ASCII character is one ASCII byte); true when empty.
    static func isLetters(_ word: String) -> Bool { word.utf8.allSatisfy(isLetter) }
}
