import FOITracker
import Testing

@Suite("Easter dates")
struct EasterTests {
    @Test("Western and Orthodox Easter match the reference checks", arguments: [
        (2025, "2025-04-20", "2025-04-20"), (2026, "2026-04-05", "2026-04-12"), (2027, "2027-03-28", "2027-05-02"),
        (2024, "2024-03-31", "2024-05-05"), (2021, "2021-04-04", "2021-05-02"), (2000, "2000-04-23", "2000-04-30"),
        (2100, "2100-03-28", "2100-05-02"),
    ])
    func easter(year: Int, western: String, orthodox: String) {
        #expect(Easter.western(year).description == western)
        #expect(Easter.orthodox(year).description == orthodox)
    }

    @Test("Western Easter always falls on a Sunday between 22 March and 25 April")
    func westernRange() {
        for year in 1900...2200 {
            let date = Easter.western(year)
            #expect(date.weekday == .sunday)
            let (_, month, day) = date.components
            #expect((month == 3 && day >= 22) || (month == 4 && day <= 25), "\(year): \(date)")
        }
    }

    @Test("Orthodox Easter is a Sunday, never before Western Easter, and at most five weeks after it")
    func orthodoxRelation() {
        for year in 1900...2099 {
            let orthodox = Easter.orthodox(year)
            let western = Easter.western(year)
            #expect(orthodox.weekday == .sunday)
            #expect([0, 7, 28, 35].contains(western.days(to: orthodox)), "\(year)")
        }
    }
}
