extension Finding {
    /// Where a finding's strings are. A scan writes each distinct value once into a
    /// `FindingTable` shared by all its findings; a finding of the scan holds the table and its
    /// positions in it (integers: making a finding retains and releases no strings, and its text
    /// and explanation are written out only when read). A finding made with the public
    /// initialiser, or one whose string values were changed, holds its own values instead.
    struct Storage: Sendable {
        /// The scan's table (nil when `own` is set).
        var table: FindingTable?
        /// The finding's own values (nil when they are in `table`).
        var own: Own?
        /// Scalar range of the text (`start ..< end` as the scan made them), and the checkpoint of
        /// the folded text to find its bytes from (see `FindingTable.text`).
        var textStart = 0
        var textEnd = 0
        var textCheckpoint: Int32 = 0
        /// Position in the rule values of `table` (category, rule id, detector, exemptions).
        var rule: Int32 = 0
        /// Position in `table.parties`, -1 for none.
        var party: Int32 = -1
        /// Positions in `table.matched`, `table.contexts` and `table.notes`.
        var matched: Int32 = 0
        var context: Int32 = 0
        var notes: Int32 = 0
        var baseScore = 0.0
        var finalScore = 0.0

        init(table: FindingTable) {
            self.table = table
        }

        init(own: Own) {
            self.own = own
        }

        /// The values, wherever they are.
        var values: Values {
            if let own { return own.values }
            let table = table!
            let r = Int(rule)
            return Values(
                text: table.text(textCheckpoint, textStart, textEnd), category: table.categories[r], rule: table.ruleIDs[r], detector: table.detectors[r],
                exemptions: table.exemptions[r], party: party < 0 ? nil : table.parties[Int(party)], explanation: table.explanation(self))
        }

        /// One value: the finding's own, or `shared` read from the scan's table (a closure that
        /// captures nothing: it is handed the table and this storage).
        @inline(__always)
        func value<T>(_ own: KeyPath<Values, T>, _ shared: (FindingTable, Storage) -> T) -> T {
            if let values = self.own?.values { return values[keyPath: own] }
            return shared(table!, self)
        }

        /// Changes a value: the finding gets its own copy of the values first.
        mutating func update(_ change: (inout Values) -> Void) {
            var values = self.values
            change(&values)
            own = Own(values)
            table = nil
        }

        /// The values a finding can hold itself.
        struct Values: Hashable, Sendable {
            var text: String
            var category: Category
            var rule: String
            var detector: String
            var exemptions: [String]
            var party: String?
            var explanation: Explanation
        }

        /// A finding's own values, shared by its copies until one of them changes a value.
        final class Own: Sendable {
            let values: Values

            init(_ values: Values) {
                self.values = values
            }
        }
    }
}

/// The string values of a scan's findings, each written once: rule fields, party keys, "what
/// matched" texts, context evidence and note lists, and the document text the findings' texts
/// are cut from. Complete before the first finding is handed out, and never changed after (the
/// findings that share it may go to other threads).
final class FindingTable: Sendable {
    /// The document text (contiguous UTF-8).
    let document: String
    /// Points to find a finding's bytes in `document` from: scalar offsets and their UTF-8
    /// offsets (`FoldedText.checkpoints`, one per 64 folded bytes).
    let checkpointScalars: [Int32]
    let checkpointBytes: [Int32]
    /// What findings take from their rule (or from the allow or deny list), by position: one
    /// array per value (reading a value reads only it).
    let categories: [Category]
    let ruleIDs: [String]
    let detectors: [String]
    let exemptions: [[String]]
    let parties: [String]
    let matched: [String]
    /// Context evidence lists; the first is the empty list.
    let contexts: [[ContextEvidence]]
    let notes: [[String]]

    init(
        document: String, checkpoints: (scalars: [Int32], utf8: [Int32]), rules: [(category: Category, id: String, detector: String, exemptions: [String])], parties: [String],
        matched: [String], contexts: [[ContextEvidence]], notes: [[String]]
    ) {
        self.document = document
        checkpointScalars = checkpoints.scalars
        checkpointBytes = checkpoints.utf8
        categories = rules.map(\.category)
        ruleIDs = rules.map(\.id)
        detectors = rules.map(\.detector)
        exemptions = rules.map(\.exemptions)
        self.parties = parties
        self.matched = matched
        self.contexts = contexts
        self.notes = notes
    }

    /// The text of scalars `start ..< end` of the document, found by counting scalars forward from
    /// checkpoint `k` (at or before `start`, at most 64 folded bytes before it): the bytes are
    /// found only for the texts that are read, from nearby.
    func text(_ k: Int32, _ start: Int, _ end: Int) -> String {
        let from = (byte: Int(checkpointBytes[Int(k)]), scalar: Int(checkpointScalars[Int(k)]))
        func cut(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
            var cutter = TextCutter(utf8, byte: from.byte, scalar: from.scalar)
            let bytes = cutter.bytes(start, end)
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[bytes.start..<bytes.end]), as: UTF8.self)
        }
        if let text = document.utf8.withContiguousStorageIfAvailable(cut) { return text }
        return Array(document.utf8).withUnsafeBufferPointer(cut)
    }

    func explanation(_ storage: Finding.Storage) -> Explanation {
        Explanation(
            matched: matched[Int(storage.matched)], baseScore: storage.baseScore, context: contexts[Int(storage.context)],
            finalScore: storage.finalScore, notes: notes[Int(storage.notes)])
    }
}
