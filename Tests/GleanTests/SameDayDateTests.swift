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

    /// « Le même jour, », « Ce jour-là, », "That day," opening a sentence (sixteenth pass: they gave no Date, or
    /// « Ce jour » the reference date); inside a sentence « le même jour » also compares and is not read.
    @Test(arguments: [
        ("Le ministre est arrivé à Niamey le 3 mars. Le même jour, il a rencontré le président.", "Le même jour", Language.fr, "2024-03-03"),
        ("L'accord a été signé à Rabat le 12 décembre. Ce même jour, les deux pays ont ouvert une ambassade.", "Ce même jour", .fr, "2024-12-12"),
        ("La trêve a été proclamée le 5 juillet 1962. Ce jour-là, la foule a envahi les rues.", "Ce jour-là", .fr, "1962-07-05"),
        ("The envoy reached Tokyo on 3 March. That day, he met the prime minister.", "That day", .en, "2024-03-03"),
        ("The envoy reached Tokyo on 3 March. On that day, he also met the foreign minister.", "On that day", .en, "2024-03-03"),
    ])
    func sameDayOpeningASentence(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-01-16", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string("day"))
    }

    @Test func leMemeJourQueCompares() {
        let dates = ShippedPack.facts("Le sommet s'est ouvert le 3 mars. Le vote a eu lieu le même jour que le sommet.", .fr, reference: "2025-01-16", type: "Date")
        #expect(!dates.contains { $0.text.lowercased().contains("même jour") }, "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// Counted from another day, it is not the day before it.
    @Test func sameDayAsAnEvent() {
        let dates = ShippedPack.facts("The summit opened on 3 March. The talks ended on the same day as the vote.", .en, reference: "2025-01-16", type: "Date")
        #expect(!dates.contains { $0.text.lowercased().contains("same day") }, "\(dates.map { "\($0.text) \($0.fields)" })")
    }
}
