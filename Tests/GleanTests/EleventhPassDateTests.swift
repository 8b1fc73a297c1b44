import Testing
@testable import Glean

/// Forms of the eleventh date pass: the datelines of Gulf and South Asian agencies (own sentences, English and French).
@Suite("Date forms, eleventh pass")
struct EleventhPassDateTests {
    /// A dateline with an ordinal day, a comma before the year or an abbreviated month (Gulf and South Asian agencies:
    /// WAM, QNA, APP, PTI) sets the reference date, so "today" resolves.
    @Test(arguments: [
        ("MUSCAT, 14th January, 2025 (ONA) -- The Sultan today received the visiting minister.", Language.en, "2025-01-14"),
        ("DOHA, March 3rd, 2024 (QNA) -- The Amir today received a phone call.", .en, "2024-03-03"),
        ("NEW DELHI, 9 Feb 2023 (PTI) -- The two sides today signed a pact.", .en, "2023-02-09"),
        ("KARACHI, 2nd Feb. 2025 (APP) - The minister held talks today.", .en, "2025-02-02"),
        ("DUBAÏ, 1er mars 2025 (WAM) -- Le ministre a reçu aujourd'hui son homologue.", .fr, "2025-03-01"),
    ])
    func ordinalDatelines(_ text: String, _ language: Language, _ day: String) throws {
        let dates = ShippedPack.facts(text, language, type: "Date")
        let today = try #require(dates.first { ["today", "aujourd'hui"].contains($0.text) }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(today.field("value") == .string(day))
    }
}
