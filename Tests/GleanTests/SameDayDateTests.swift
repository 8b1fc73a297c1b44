import Testing
@testable import Glean

/// "Later that day", "Earlier in the day", « Dans la soirée » … are the day the text is about: the latest day written
/// before them (in their sentence or the two before), else the reference date; at the day's grain (own sentences,
/// read on 16 January 2025). They gave no Date, so a meeting they date took another day or only the year.
@Suite("The same day as the one before")
struct SameDayDateTests {
    @Test(arguments: [
        ("On December 3, the Secretary met Foreign Minister Fidan in Brussels. Later that day, he met the Japanese minister.", "Later that day", Language.en, "2024-12-03"),
        ("The minister arrived in Baku on Tuesday. Earlier in the day, Bayramov held talks with his Kazakh counterpart.", "Earlier in the day", .en, "2025-01-14"),
        ("The summit opened on 3 March. On the same day, the ministers signed a pact.", "On the same day", .en, "2024-03-03"),
        ("The summit opened on 3 March. That evening, the leaders dined together.", "That evening", .en, "2024-03-03"),
        ("Le président est arrivé à Dakar le 3 mars. Dans la soirée, il a reçu le ministre.", "Dans la soirée", .fr, "2024-03-03"),
        ("Le président est arrivé à Dakar le 3 mars. Plus tard dans la journée, il a reçu le ministre.", "Plus tard dans la journée", .fr, "2024-03-03"),
        ("Le président a parlé au téléphone ce matin avec son homologue. Dans l'après-midi, il a reçu le ministre.", "Dans l'après-midi", .fr, "2025-01-16"),
        ("Le 3 mars 2024 à 12 h 00, le président est arrivé. Dans la soirée, il a reçu le ministre.", "Dans la soirée", .fr, "2024-03-03"),
    ])
    func sameDayAsTheOneBefore(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-01-16", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string("day"))
    }

    /// Counted from another day, it is not the day before it.
    @Test func sameDayAsAnEvent() {
        let dates = ShippedPack.facts("The summit opened on 3 March. The talks ended on the same day as the vote.", .en, reference: "2025-01-16", type: "Date")
        #expect(!dates.contains { $0.text.lowercased().contains("same day") }, "\(dates.map { "\($0.text) \($0.fields)" })")
    }
}
