import FOITracker
import Testing

@Suite("Civil dates")
struct CivilDateTests {
    @Test("strict YYYY-MM-DD parsing rejects impossible and sloppy dates", arguments: [
        "2026-02-30", "2026-13-01", "2025-02-29", "2026-1-5", "26-01-05", "2026/01/05", "2026-01-05 ", "", "2026-00-10", "２０２６-01-01",
    ])
    func rejects(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("round trip and arithmetic across month, year and leap-day boundaries")
    func arithmetic() throws {
        let leap = try #require(CivilDate(iso: "2024-02-29"))
        #expect(leap.adding(days: 1).description == "2024-03-01")
        #expect(try #require(CivilDate(iso: "2025-12-31")).adding(days: 1).description == "2026-01-01")
        #expect(try #require(CivilDate(iso: "1970-01-01")).dayNumber == 0)
        #expect(try #require(CivilDate(iso: "2026-02-15")).weekday == .sunday)
        #expect(try #require(CivilDate(iso: "2025-06-13")).weekday == .friday)
        var date = try #require(CivilDate(iso: "1999-12-25"))
        for _ in 0..<20_000 {
            #expect(CivilDate(iso: date.description) == date)
            date = date.adding(days: 1)
        }
    }
}
