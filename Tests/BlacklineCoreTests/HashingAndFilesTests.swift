import BlacklineCore
import Foundation
import Testing

@Suite("Hashing and atomic files")
struct HashingAndFilesTests {
    @Test("SHA-256 matches the FIPS 180-2 test vectors")
    func sha256Vectors() {
        #expect(SHA256.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let hasher = SHA256()
        hasher.update("ab")
        hasher.update("c")
        #expect(hasher.finalizeHex() == SHA256.hex(of: "abc"))
    }

    @Test("HMAC-SHA-256 matches RFC 4231 test case 2")
    func hmacVector() {
        let mac = HMACSHA256.hex(key: Data("Jefe".utf8), message: Data("what do ya want for nothing?".utf8))
        #expect(mac == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("an atomic write replaces the file only when complete")
    func atomicWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.txt")
        try AtomicFile.write("first", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "first")

        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: target) { writer in
                try writer.write("partial")
                throw Boom()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
        #expect(SHA256.hex(of: "first") == (try SHA256.hex(ofFileAt: target)))
    }

    @Test("writing into a missing folder is a cannot-create-output error")
    func missingFolder() {
        let target = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/out.pdf")
        do {
            try AtomicFile.write("x", to: target)
            Issue.record("expected an error")
        } catch let error as GeneralError {
            #expect(error.kind == .cannotCreateOutput)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
