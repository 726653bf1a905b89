/// The word ranges of a name read from the text (at most four), held inline: no array is
/// allocated for it. Most names read after a cue were seen before and are dropped at once
/// (`RoleCueDiscovery.addPerson`); an array is made only for a name that is kept (`array`).
struct NameWords: RandomAccessCollection {
    private var w0 = 0..<0, w1 = 0..<0, w2 = 0..<0, w3 = 0..<0
    private var n = 0

    /// A name of one word.
    init(_ word: Range<Int>) {
        w0 = word
        n = 1
    }

    /// A name of the first `count` (1 to 4) of these words.
    init(_ a: Range<Int>, _ b: Range<Int>, _ c: Range<Int>, _ d: Range<Int>, count: Int) {
        (w0, w1, w2, w3) = (a, b, c, d)
        n = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { n }

    subscript(_ i: Int) -> Range<Int> {
        switch i {
        case 0: return w0
        case 1: return w1
        case 2: return w2
        default: return w3
        }
    }

    /// The words as an array (for the functions that keep a name).
    var array: [Range<Int>] {
        switch n {
        case 1: return [w0]
        case 2: return [w0, w1]
        case 3: return [w0, w1, w2]
        default: return [w0, w1, w2, w3]
        }
    }
}
