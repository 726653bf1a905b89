/// The text of explanations, written only for candidates that become findings.
extension ScanContext {
    /// Appends a piece of context evidence to a candidate's list.
    func addEvidence(_ candidate: inout Candidate, _ word: Candidate.EvidenceWord, _ delta: Double) {
        let node = Int32(evidence.count)
        evidence.append(Candidate.Evidence(word: word, delta: delta))
        if candidate.context.last >= 0 {
            evidence[Int(candidate.context.last)].next = node
        } else {
            candidate.context.first = node
        }
        candidate.context.last = node
    }

    /// "What matched" of a candidate, in words.
    func describe(_ match: Candidate.Match) -> String {
        switch match {
        case .literal(let text): return text.description
        case .date(let style): return "date (\(style))"
        case .internationalPhone(let country): return "international phone number (+\(PhoneDetector.countriesLongestCodeFirst[country].code))"
        case .registeredParty(let m): return "registered \(persons[mentions[m].person].role) (\(mentionLabel(mentions[m])))"
        case .keptParty(let p): return "registered \(persons[p].role), kept"
        case .discoveredPerson(let m): return "\(persons[mentions[m].person].role) found from a role cue (\(mentionLabel(mentions[m])))"
        case .foundAlias(let p): return "alias of a registered \(persons[p].role) found in the text"
        case .registeredIdentifier(let p): return "identifier registered for \(persons[p].key)"
        case .pattern(let rule): return "pattern of rule \(engine.policy.rules[rule].id)"
        case .allowEntry(let n): return "allow-list entry \(n + 1)"
        case .denyEntry(let n): return "deny-list entry \(n + 1)"
        case .ageAfterWord(let s, let e): return "age after '\(string(s..<e))'"
        case .ageAfterNameAndWord(let s, let e): return "age after a protected name and '\(string(s..<e))'"
        }
    }

    /// The context evidence of a candidate, in words.
    func contextEvidence(_ list: Candidate.EvidenceList) -> [ContextEvidence] {
        var result: [ContextEvidence] = []
        var node = list.first
        while node >= 0 {
            let e = evidence[Int(node)]
            let word = describe(e.word)
            if let k = result.firstIndex(where: { $0.word == word }) {
                result[k] = ContextEvidence(word: word, delta: result[k].delta + e.delta)
            } else {
                result.append(ContextEvidence(word: word, delta: e.delta))
            }
            node = e.next
        }
        return result
    }

    func describe(_ word: Candidate.EvidenceWord) -> String {
        switch word {
        case .literal(let text): return text.description
        case .folded(let s, let e): return string(s..<e)
        case .nearKeptParty(let p): return "near the name of a kept \(persons[p].role)"
        case .afterInstitutionalWord(let s, let e): return "after the institutional word '\(string(s..<e))'"
        }
    }

    /// The notes of a candidate, in words (the rule's justification is added by the caller).
    func describe(_ notes: Candidate.Notes) -> [String] {
        guard !notes.isEmpty else { return [] }
        return Candidate.Notes.texts.compactMap { notes.contains($0.0) ? $0.1 : nil }
    }
}
