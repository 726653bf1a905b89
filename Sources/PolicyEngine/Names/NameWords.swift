/// The word ranges of a name read from the text (at most four), held inline: no array is
/// allocated for it. Most names read after a cue were seen before and are dropped at once
/// (`RoleCueDiscovery.addPerson`); an array is made only for a name that is kept (`array`).
struct NameWords: RandomAccessCollection {
    private var w0 = 0..<0, w1 = 0..<0, w2 = 0..<0, w3 = 0..<0
    private var n = 0

    /// No words yet.
    init() {}

    /// A name of one word.
    init(_ word: Range<Int>) {
        w0 = word
        n = 1
    }

    /// Adds a word (a name has four at most).
    mutating func append(_ word: Range<Int>) {
        switch n {
        case 0: w0 = word
        case 1: w1 = word
        case 2: w2 = word
        case 3: w3 = word
        default: preconditionFailure("a name of more than four words")
        }
        n += 1
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
