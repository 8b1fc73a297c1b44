import Foundation
import Testing
@testable import Glean

/// The shipped rule pack on one sentence: what `glean extract --text … --lang … --reference-date …` gives.
enum ShippedPack {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pack: RulePack = try! RulePack.load(rulesDirectory: root.appendingPathComponent("Rules").path,
                                                   gazetteerDirectory: root.appendingPathComponent("Gazetteers").path)

    static func facts(_ text: String, _ language: Language, reference: String? = nil, type: String) -> [Fact] {
        let document = Document(id: "t", bytes: Array(text.utf8), language: language, referenceDate: reference.flatMap { CalendarDate(iso: $0) })
        return Extractor(pack: pack).extract(document).facts.filter { $0.type == type }
    }

    /// The one fact of `type` whose text is `expression` (nil when there is none).
    static func fact(_ expression: String, in text: String, _ language: Language, reference: String? = nil, type: String) -> Fact? {
        facts(text, language, reference: reference, type: type).first { $0.text == expression }
    }
}

extension Fact {
    func field(_ key: String) -> FieldValue? { fields.first { $0.key == key }?.value }
    var number: Double? { field("value")?.doubleValue }
}

@Suite("Numbers, ordinals, durations in English and French")
struct NumberNormalisationTests {
    @Test(arguments: [
        ("signed twelve agreements", "twelve", Language.en, 12.0),
        ("twenty-five countries", "twenty-five", .en, 25),
        ("one hundred and six delegates", "one hundred and six", .en, 106),
        ("three hundred and thirty one", "three hundred and thirty one", .en, 331),
        ("twenty-one trillion three hundred", "twenty-one trillion three hundred", .en, 21_000_000_000_300),
        ("two thirds of the members", "two thirds", .en, 2.0 / 3),
        ("one and a half", "one and a half", .en, 1.5),
        ("five and a half million", "five and a half million", .en, 5_500_000),
        ("one million and a half", "one million and a half", .en, 1_500_000),
        ("two hundred point zero three", "two hundred point zero three", .en, 200.03),
        ("minus five", "minus five", .en, -5),
        ("4 thousand 3 hundred and 21", "4 thousand 3 hundred and 21", .en, 4321),
        ("1,000.5 tonnes", "1,000.5", .en, 1000.5),
        ("a dozen ships", "a dozen", .en, 12),
        ("in nineteen eighty-six", "nineteen eighty-six", .en, 1986),
        ("deux cent soixante-quatorze participants", "deux cent soixante-quatorze", .fr, 274),
        ("quatre-vingt-dix-neuf", "quatre-vingt-dix-neuf", .fr, 99),
        ("quatre vingt dix neuf", "quatre vingt dix neuf", .fr, 99),
        ("soixante et onze", "soixante et onze", .fr, 71),
        ("vingt et un pays", "vingt et un", .fr, 21),
        ("dix sept", "dix sept", .fr, 17),
        ("1 000,5 tonnes", "1 000,5", .fr, 1000.5),
        ("1.000 tonnes", "1.000", .fr, 1000),
        ("2,5 milliards d'habitants", "2,5 milliards", .fr, 2_500_000_000),
        ("3 millions et demi", "3 millions et demi", .fr, 3_500_000),
        ("cinq milliards et trois quarts", "cinq milliards et trois quarts", .fr, 5_750_000_000),
        ("deux tiers", "deux tiers", .fr, 2.0 / 3),
        ("un sur trois", "un sur trois", .fr, 1.0 / 3),
    ])
    func numbers(_ text: String, _ expression: String, _ language: Language, _ expected: Double) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, type: "Number"),
                                "\(ShippedPack.facts(text, language, type: "Number").map(\.text))")
        #expect(abs(fact.number! - expected) < 1e-6 * max(1, abs(expected)))
    }

    @Test(arguments: [("which one do you prefer", Language.en), ("un accord a été signé", .fr), ("between two and three", .en)])
    func loneOneIsNotANumber(_ text: String, _ language: Language) {
        #expect(!ShippedPack.facts(text, language, type: "Number").contains { $0.number == 1 })
    }

    @Test func andBetweenTwoNumbersKeepsThemApart() {
        let values = ShippedPack.facts("between two and three", .en, type: "Number").compactMap(\.number)
        #expect(values == [2, 3])
    }

    @Test func numbersInsideMoneyDatesAndPercentagesAreNotNumbers() {
        #expect(ShippedPack.facts("a loan of $10 million on 8 August 2024, up 70%", .en, type: "Number").isEmpty)
    }

    @Test(arguments: [
        ("la 93e session", "93e", Language.fr, 93), ("le 1er round", "1er", .fr, 1), ("the 7th meeting", "7th", .en, 7),
        ("the 2nd round", "2nd", .en, 2), ("la cinquième session", "cinquième", .fr, 5), ("the fifth session", "fifth", .en, 5),
        ("the twenty-first century", "twenty-first", .en, 21), ("le vingt et unième siècle", "vingt et unième", .fr, 21),
    ])
    func ordinals(_ text: String, _ expression: String, _ language: Language, _ expected: Int) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, type: "Ordinal"))
        #expect(fact.field("value") == .int(expected))
    }

    @Test func theDayOfADateIsNotAnOrdinal() {
        #expect(ShippedPack.facts("le 1er mars 2024", .fr, type: "Ordinal").isEmpty)
        #expect(ShippedPack.facts("on the 1st of March 2024", .en, type: "Ordinal").isEmpty)
    }

    @Test(arguments: [
        ("the call lasted 20 minutes", "20 minutes", Language.en, 20.0, "minute"),
        ("ayant duré environ 20 minutes", "20 minutes", .fr, 20, "minute"),
        ("talks lasted two hours", "two hours", .en, 2, "hour"),
        ("pendant trois ans", "trois ans", .fr, 3, "year"),
        ("it took a week", "a week", .en, 1, "week"),
        ("une semaine de visite", "une semaine", .fr, 1, "week"),
    ])
    func durations(_ text: String, _ expression: String, _ language: Language, _ value: Double, _ unit: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, type: "Duration"))
        #expect(fact.number == value)
        #expect(fact.field("unit") == .string(unit))
    }

    @Test func composerArithmetic() {
        typealias P = NumberWords.Part
        #expect(NumberWords.cardinal([P(.cardinal, 2), P(.cardinal, 100), P(.cardinal, 60), P(.hyphen), P(.cardinal, 14)], language: .fr) == 274)
        #expect(NumberWords.cardinal([P(.cardinal, 4), P(.cardinal, 20)], language: .fr) == 80)
        #expect(NumberWords.cardinal([P(.cardinal, 2), P(.connector), P(.cardinal, 3)], language: .en) == nil)
        #expect(NumberWords.cardinal([P(.digits, 2.5), P(.scale, 1e9)], language: .fr) == 2.5e9)
        #expect(NumberWords.cardinal([P(.cardinal, 1), P(.over), P(.cardinal, 4)], language: .en) == 0.25)
        #expect(NumberWords.ordinal([P(.cardinal, 20), P(.hyphen), P(.ordinal, 1)], language: .en) == 21)
        #expect(NumberWords.spokenYear([P(.cardinal, 19), P(.cardinal, 80), P(.hyphen), P(.cardinal, 6)], language: .en) == 1986)
    }
}
