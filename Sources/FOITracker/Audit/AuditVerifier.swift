/// Walks the audit chain and names the first entry that was edited, deleted or moved.
enum AuditVerifier {
    static func verify(_ database: Database) throws -> AuditVerification {
        var expectedSeq = 1
        var previousHash = AuditTrail.genesisHash
        var previousIntact = true
        var count = 0
        let statement = try database.statement("SELECT seq, at, actor, action, request, details, prev_hash, hash FROM audit ORDER BY seq")
        try statement.bind([])
        defer { statement.reset() }
        func bad(_ seq: Int, _ problem: String) -> AuditVerification {
            AuditVerification(count: count, headHash: previousHash, firstBadEntry: seq, problem: problem)
        }
        while try statement.step() {
            count += 1
            let seq = statement.int(0)
            let storedPrevious = statement.text(6)
            let storedHash = statement.text(7)
            let computed = AuditTrail.hash(
                seq: seq, at: statement.text(1), actor: statement.text(2), action: statement.text(3), request: statement.optionalText(4),
                details: statement.text(5), previousHash: storedPrevious)
            if seq != expectedSeq {
                if seq > expectedSeq {
                    let range = seq - 1 == expectedSeq ? "entry #\(expectedSeq) is" : "entries #\(expectedSeq)–#\(seq - 1) are"
                    return bad(expectedSeq, "\(range) missing (deleted): entry #\(seq) follows #\(expectedSeq - 1)")
                }
                return bad(seq, "entry #\(seq) is out of sequence")
            }
            if computed != storedHash {
                return bad(seq, "entry #\(seq) was edited or moved: its content does not match its hash")
            }
            if storedPrevious != previousHash {
                // The entry itself is intact and remembers a different predecessor: the predecessor
                // was rewritten (with a recomputed hash) or entries were swapped.
                let culprit = previousIntact && seq > 1 ? seq - 1 : seq
                return bad(
                    culprit,
                    "entry #\(culprit) was rewritten or entries were reordered: entry #\(seq) records a different hash for the entry before it")
            }
            previousIntact = true
            previousHash = storedHash
            expectedSeq += 1
        }
        // Rows written together with an audit entry must point at an existing one.
        let dangling = try database.scalarInt("""
            SELECT MIN(s) FROM (
                SELECT audit_seq AS s FROM events UNION ALL SELECT audit_seq FROM documents
                UNION ALL SELECT audit_seq FROM requests UNION ALL SELECT audit_seq FROM tracking_numbers
            ) WHERE s NOT IN (SELECT seq FROM audit)
            """)
        if let dangling {
            return AuditVerification(
                count: count, headHash: previousHash, firstBadEntry: dangling,
                problem: "entry #\(dangling) is missing (deleted): the tracker's data still refers to it")
        }
        return AuditVerification(count: count, headHash: previousHash, firstBadEntry: nil, problem: nil)
    }
}
