import Testing
@testable import PolicyEngine

@Suite("Check digits of identity numbers, accounts and cards")
struct ChecksumTests {
    static func digits(_ s: String) -> [Int] { s.compactMap { $0.wholeNumberValue } }

    @Test("JMBG: mod-11 control digit, date and region", arguments: [
        ("1505990710013", true), ("0101005785007", true), ("3112995712346", true),
        ("1505990710014", false),  // wrong control digit
        ("3102990710016", false),  // 31 February
        ("1505990000016", false),  // region 00
    ])
    func jmbg(number: String, valid: Bool) {
        #expect(Checksums.isValidJMBG(Self.digits(number)) == valid)
    }

    @Test("Chinese resident ID: ISO 7064 MOD 11-2 with X", arguments: [
        ("11010519491231002X", true), ("440304199001010011", true), ("510102199302140017", true),
        ("11010519491231002x", true), ("110105194912310021", false), ("440304199013010018", false),
    ])
    func chineseID(number: String, valid: Bool) {
        #expect(Checksums.isValidChineseID(Array(number.utf8)) == valid)
    }

    @Test("IBAN: mod 97 and country length", arguments: [
        ("RS70265100000012345678", true), ("DE89370400440532013000", true), ("RS71265100000012345678", false),
        ("RS7026510000001234567", false),
    ])
    func iban(number: String, valid: Bool) {
        #expect(Checksums.isValidIBAN(Array(number.utf8)) == valid)
    }

    @Test("Luhn", arguments: [("4111111111111111", true), ("4111111111111112", false), ("5555555555554444", true)])
    func luhn(number: String, valid: Bool) {
        #expect(Checksums.isValidLuhn(Self.digits(number)) == valid)
    }

    @Test("Serbian account 3-13-2: mod 97", arguments: [
        ("2050009876543210-61", true), ("1700030012345600-89", true), ("2050009876543210-62", false),
    ])
    func account(number: String, valid: Bool) {
        #expect(Checksums.isValidSerbianAccount(Self.digits(number)) == valid)
    }
}
