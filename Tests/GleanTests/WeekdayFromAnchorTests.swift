import Testing
@testable import Glean

/// "the following Tuesday", « le mardi suivant », "the previous Friday": in a narrative, counted from the day the text
/// is about (the latest day written before), as "the following day" is; else from the reference date, as "next
/// Tuesday" / "last Friday". Own sentences, read on Tuesday 10 June 2025; the first five were next or last week's
/// weekday of the reference date.
@Suite("A weekday counted from the day before it")
struct WeekdayFromAnchorTests {
    @Test(arguments: [
        ("The accord was signed on May 2 and ratified the following Tuesday.", "the following Tuesday", Language.en, "2025-05-06"),
        ("L'accord a été signé le 2 mai et ratifié le mardi suivant.", "mardi suivant", .fr, "2025-05-06"),
        ("Talks resumed in Geneva on 12 March 2025. They had stalled the previous Friday.", "the previous Friday", .en, "2025-03-07"),
        ("Les discussions ont repris à Genève le 12 mars 2025, après une pause le vendredi précédent.", "vendredi précédent", .fr, "2025-03-07"),
        // Said on the anchor's own weekday, it is a week later (earlier).
        ("The summit opened on Monday, March 3, 2025. Talks resumed the following Monday.", "the following Monday", .en, "2025-03-10"),
        // No day before it: the next week's, as before.
        ("The envoys will meet again the following Tuesday.", "the following Tuesday", .en, "2025-06-17"),
    ])
    func weekdayFromTheDayBefore(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-06-10", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string("day"))
    }
}
