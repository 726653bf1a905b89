extension PolicyEngine {
    /// Turns resolved candidates into findings: scalar offsets, page, text, action, exemptions,
    /// party key and explanation.
    func makeFindings(_ candidates: [Candidate], scan: ScanContext, pageStartOffsets: [Int]) -> [Finding] {
        var spans: [(start: Int, end: Int, candidate: Candidate)] = []
        for candidate in candidates {
            var s = candidate.start, e = candidate.end
            while s < e, scan.isSpace(s) { s += 1 }
            while e > s, scan.isSpace(e - 1) { e -= 1 }
            guard e > s, (s..<e).contains(where: { scan.isWord($0) }) else { continue }
            let start = scan.text.scalarStart(s), end = scan.text.scalarEnd(e)
            guard end > start else { continue }
            spans.append((start, end, candidate))
        }
        spans.sort { $0.start < $1.start }
        // One forward walk over the text to cut out every span's text.
        var texts: [String] = []
        texts.reserveCapacity(spans.count)
        var original = scan.original
        original.makeContiguousUTF8()
        original.utf8.withContiguousStorageIfAvailable { utf8 in
            // Scalar offsets → byte offsets by counting lead bytes, in one forward pass.
            var byte = 0
            var scalar = 0
            func advance(to target: Int) {
                while scalar < target, byte < utf8.count {
                    byte += 1
                    while byte < utf8.count, utf8[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
            }
            for span in spans {
                if span.start < scalar { byte = 0; scalar = 0 }
                advance(to: span.start)
                let from = byte
                advance(to: span.end)
                texts.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[from..<byte]), as: UTF8.self))
            }
        }
        var findings: [Finding] = []
        findings.reserveCapacity(spans.count)
        for (k, span) in spans.enumerated() {
            let c = span.candidate
            let rule = c.rule >= 0 ? policy.rules[c.rule] : nil
            let action: Action
            switch c.kind {
            case .deny: action = .redact
            case .keep: action = .keep
            case .redact: action = rule?.action ?? .redact
            }
            var page = 1
            var low = 0, high = pageStartOffsets.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if pageStartOffsets[mid] <= span.start { low = mid } else { high = mid - 1 }
            }
            page = max(0, low) + 1
            let score = min(1, max(0, c.score))
            var notes = scan.describe(c.notes)
            if let rule, !rule.justification.isEmpty { notes.append(rule.justification) }
            let explanation = Explanation(
                matched: scan.describe(c.matched), baseScore: c.baseScore, context: scan.contextEvidence(c.context), finalScore: score,
                notes: notes)
            let detector: String
            let category: Category
            switch (rule, c.matched) {
            case (let rule?, _): detector = rule.detector; category = rule.category
            case (nil, .denyEntry(let n)): detector = "deny-list"; category = policy.denyList[n].category
            case (nil, _): detector = "allow-list"; category = "allow-list"
            }
            findings.append(Finding(
                start: span.start, end: span.end, page: page, text: texts[k], category: category,
                rule: rule?.id ?? detector, detector: detector, score: (score * 1000).rounded() / 1000, action: action,
                exemptions: rule?.exemptions ?? [], party: c.person.map { scan.persons[$0].key }, explanation: explanation))
        }
        return findings
    }
}
