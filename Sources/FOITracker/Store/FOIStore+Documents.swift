import BlacklineCore
import Foundation

extension FOIStore {
    /// Attaches a copy of `file` to a request: hashed (SHA-256), copied into the documents folder
    /// under its hash, and recorded with its name, size and kind.
    @discardableResult
    public func attach(_ id: String, file: URL, kind: String, on date: CivilDate, actor: String) throws -> DocumentRecord {
        guard DocumentRecord.kinds.contains(kind) else {
            throw FOIError(.usage, "invalid --kind '\(kind)'; valid kinds: \(DocumentRecord.kinds.joined(separator: ", "))")
        }
        _ = try requestRow(id)  // fail early, before copying anything
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw FOIError(.missingInput, "cannot read \(file.path): no such file")
        }
        if kind == "manifest" || kind == "verify-report" {
            // A manifest or verify report is JSON written by blackline; refuse anything else.
            _ = try JSONNode.parse(contentsOf: file, displayName: file.path)
        }
        let sha256 = try SHA256.hex(ofFileAt: file)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let relative = "\(sha256.prefix(2))/\(sha256)"
        let destination = documentsFolder.appendingPathComponent(relative)
        var created = false
        if !FileManager.default.fileExists(atPath: destination.path) {
            do {
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw FOIError(.cannotCreateOutput, "cannot create \(destination.deletingLastPathComponent().path)")
            }
            try AtomicFile.write(to: destination) { writer in
                guard let handle = try? FileHandle(forReadingFrom: file) else { throw FOIError(.missingInput, "cannot read \(file.path)") }
                defer { try? handle.close() }
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { try writer.write(chunk) }
            }
            created = true
            // The copy must be the file that was hashed (it may have changed while copying).
            guard try SHA256.hex(ofFileAt: destination) == sha256 else {
                try? FileManager.default.removeItem(at: destination)
                throw FOIError(.io, "\(file.path) changed while it was being copied; attach it again")
            }
        }
        do {
            return try write { audit, now in
                let row = try requestRow(id)
                let document = DocumentRecord(
                    name: file.lastPathComponent, kind: kind, sha256: sha256, size: size, storedPath: relative, attachedAt: now, actor: actor)
                let seq = try audit.append(
                    at: now, actor: actor, action: "attach", request: row.id,
                    details: .object([("name", .string(document.name)), ("kind", .string(kind)), ("sha256", .string(sha256)), ("size", .integer(size))]))
                try insertDocument(document, key: row.key, auditSeq: seq)
                try insertEvent(
                    TimelineEvent(date: date, kind: .document, note: "attached \(kind) \(document.name)", actor: actor, recordedAt: now),
                    key: row.key, auditSeq: seq)
                return document
            }
        } catch {
            if created { try? FileManager.default.removeItem(at: destination) }
            throw error
        }
    }

    /// What a purge removed (or would remove).
    public struct PurgeResult: Sendable {
        public let documents: [(request: String, document: DocumentRecord)]
        public let bytes: Int
        public let dryRun: Bool
    }

    /// Removes attached copies older than `days` days (by when they were attached); keeps their
    /// metadata, marks them purged in the timeline, and records the purge in the audit trail.
    public func purge(olderThan days: Int, dryRun: Bool, actor: String) throws -> PurgeResult {
        let cutoff = Timestamp.iso(now().addingTimeInterval(-Double(days) * 86_400))
        let select = """
            SELECT d.id, r.public_id, r.id, d.name, d.kind, d.sha256, d.size, d.stored_path, d.attached_at, d.actor
            FROM documents d JOIN requests r ON r.id = d.request_id
            WHERE d.purged_at IS NULL AND d.stored_path IS NOT NULL AND d.attached_at < ? ORDER BY d.id
            """
        struct Candidate {
            let documentKey: Int64
            let request: String
            let requestKey: Int64
            let document: DocumentRecord
        }
        func candidates() throws -> [Candidate] {
            try database.statement(select).map([cutoff]) { s in
                Candidate(
                    documentKey: s.int64(0), request: s.text(1), requestKey: s.int64(2),
                    document: DocumentRecord(
                        name: s.text(3), kind: s.text(4), sha256: s.text(5), size: s.int(6), storedPath: s.optionalText(7), attachedAt: s.text(8),
                        actor: s.text(9)))
            }
        }
        if dryRun {
            let found = try database.transaction(.deferred) { try candidates() }
            return PurgeResult(documents: found.map { ($0.request, $0.document) }, bytes: found.reduce(0) { $0 + $1.document.size }, dryRun: true)
        }
        let purged: [Candidate] = try write { audit, now in
            let found = try candidates()
            guard !found.isEmpty else { return [] }
            let seq = try audit.append(
                at: now, actor: actor, action: "purge", request: nil,
                details: .object([
                    ("olderThanDays", .integer(days)), ("cutoff", .string(cutoff)),
                    ("documents", .array(found.map { .object([("request", .string($0.request)), ("name", .string($0.document.name)), ("sha256", .string($0.document.sha256))]) })),
                ]))
            let today = CivilDate.today(self.now())
            for candidate in found {
                try database.execute("UPDATE documents SET purged_at = ? WHERE id = ?", [now, candidate.documentKey])
                try insertEvent(
                    TimelineEvent(
                        date: today, kind: .purge, note: "removed the kept copy of \(candidate.document.name) (retention \(days) days)", actor: actor,
                        recordedAt: now),
                    key: candidate.requestKey, auditSeq: seq)
            }
            return found
        }
        // The metadata says the copies are gone; now remove the files (and any copy left behind by
        // an interrupted purge) that no unpurged document still needs.
        try removeUnreferencedCopies(justPurged: Set(purged.compactMap(\.document.storedPath)))
        return PurgeResult(documents: purged.map { ($0.request, $0.document) }, bytes: purged.reduce(0) { $0 + $1.document.size }, dryRun: false)
    }

    private func removeUnreferencedCopies(justPurged: Set<String>) throws {
        let kept = Set(try database.statement("SELECT stored_path FROM documents WHERE purged_at IS NULL AND stored_path IS NOT NULL").map { $0.text(0) })
        let manager = FileManager.default
        guard let prefixes = try? manager.contentsOfDirectory(atPath: documentsFolder.path) else { return }
        for prefix in prefixes where prefix.count == 2 {
            let folder = documentsFolder.appendingPathComponent(prefix)
            for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where name.count == 64 && !kept.contains("\(prefix)/\(name)") {
                let url = folder.appendingPathComponent(name)
                // A copy written in the last minutes may belong to an attach still committing.
                let modified = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
                if justPurged.contains("\(prefix)/\(name)") || now().timeIntervalSince(modified) > 600 {
                    try? manager.removeItem(at: url)
                }
            }
        }
    }
}
