import Foundation
import Testing
@testable import Glean

/// The shipped rule pack on one sentence: what `glean extract --text … --lang … --reference-date …` gives.
enum ShippedPack {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pack: RulePack = try! RulePack.load(rulesDirectory: root.appendingPathComponent("Rules").path,
                                                   gazetteerDirectory: root.appendingPathComponent("Gazetteers").path)

    static func facts(_ text: String, _ language: Language, reference: String? = nil, type: String) -> [Fact] {
        // A reference may carry a wall-clock time (`2012-08-10T12:14`).
        let parsed = reference.flatMap { CalendarDate.reference($0) }
        let document = Document(id: "t", bytes: Array(text.utf8), language: language, referenceDate: parsed?.date, referenceTime: parsed?.minuteOfDay)
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
        ("nineteen eighty-six people", "nineteen eighty-six", .en, 1986),
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

    /// Numerals (signs, fractions, exponents, letter scales) and spelled fractions.
    static let numeralCases: [(String, String, Language, Double)] = [
        // Numerals: signs, fractions, exponents, letter scales.
        ("a reading of -5 today", "-5", .en, -5),
        ("un solde de −9,25", "−9,25", .fr, -9.25),
        ("a rate of .08", ".08", .en, 0.08),
        ("3/4 of the members", "3/4", .en, 0.75),
        ("2 1/4 miles", "2 1/4", .en, 2.25),
        ("the result is ¾", "¾", .en, 0.75),
        ("2½ times more", "2½", .en, 2.5),
        ("about 1.3x10^6 cells", "1.3x10^6", .en, 1_300_000),
        ("a value of 1e10", "1e10", .en, 1e10),
        ("some 10k runners", "10k", .en, 10_000),
        ("revenue of 1.2b last year", "1.2b", .en, 1_200_000_000),
        ("2,33 k abonnés", "2,33 k", .fr, 2330),
        ("they raised 10M from investors", "10M", .en, 10_000_000),
        ("the ratio is 1 over 3", "1 over 3", .en, 1.0 / 3),
        ("dans 1 sur trois cas", "1 sur trois", .fr, 1.0 / 3),
        // Spelled fractions.
        ("two and fifty-four hundredths", "two and fifty-four hundredths", .en, 2.54),
        ("cent et trois quarts", "cent et trois quarts", .fr, 100.75),
        ("three twenty-firsts", "three twenty-firsts", .en, 3.0 / 21),
        ("one twenty-fifth", "one twenty-fifth", .en, 0.04),
        ("one hundred thirty-fifths", "one hundred thirty-fifths", .en, 100.0 / 35),
        ("one-eighth of it", "one-eighth", .en, 0.125),
        ("ninety-five hundred fifths", "ninety-five hundred fifths", .en, 1900),
        ("two thirds of a million", "two thirds of a million", .en, 2_000_000.0 / 3),
        ("half a dozen", "half a dozen", .en, 6),
        ("three hundred and two dozen", "three hundred and two dozen", .en, 324),
        ("one billion and a half million", "one billion and a half million", .en, 1_000_500_000),
        ("un milliard et demi million", "un milliard et demi million", .fr, 1_000_500_000),
        ("6 crore and two hundred", "6 crore and two hundred", .en, 60_000_200),
        ("one hundred and three and two thirds", "one hundred and three and two thirds", .en, 103 + 2.0 / 3),
        ("un vingt-cinquième du total", "un vingt-cinquième", .fr, 0.04),
        ("une vingt et unième part", "une vingt et unième", .fr, 1.0 / 21),
        ("trois cinquième des voix", "trois cinquième", .fr, 0.6),
    ]

    @Test(arguments: numeralCases)
    func numeralsAndSpelledFractions(_ text: String, _ expression: String, _ language: Language, _ expected: Double) throws {
        try numbers(text, expression, language, expected)
    }

    @Test(arguments: [("which one do you prefer", Language.en), ("un accord a été signé", .fr), ("between two and three", .en)])
    func loneOneIsNotANumber(_ text: String, _ language: Language) {
        #expect(!ShippedPack.facts(text, language, type: "Number").contains { $0.number == 1 })
    }

    @Test func andBetweenTwoNumbersKeepsThemApart() {
        let values = ShippedPack.facts("between two and three", .en, type: "Number").compactMap(\.number)
        #expect(values == [2, 3])
    }

    /// Where one number cannot be read, each part is one: hundreds do not repeat, scales fall, "and" never adds a
    /// zero, a part is not more than the whole, and comma-joined numbers that are not thousands groups are a list.
    @Test(arguments: [
        ("3 hundred and 2 hundred", Language.en, [300.0, 200]),
        ("3 thousand and 2 thousand", .en, [3000, 2000]),
        ("4 thousand 3 hundred and 0", .en, [4300, 0]),
        ("there are 12 out of 10", .en, [12, 10]),
        ("I see five out of three pieces", .en, [5, 3]),
        ("9 out of 10 doctors", .en, [0.9]),
        ("Exercises 22,24,26,31.", .en, [22, 24, 26, 31]),
        ("les exercices 1,5,10", .fr, [1, 5, 10]),
        ("1,5 tonne", .fr, [1.5]),
        ("1,000,000 people and 1,00,000 more", .en, [1_000_000, 100_000]),
    ])
    func separateNumbers(_ text: String, _ language: Language, _ expected: [Double]) {
        #expect(ShippedPack.facts(text, language, type: "Number").compactMap(\.number) == expected)
    }

    /// Scale letters scale digits only, and "b" only decimals: no billions in "Plan B" or "Phase 2b", no thousand in "a K-pop star".
    @Test(arguments: [("a K-pop star", Language.en), ("option a M", .en), ("Plan B", .en), ("a Phase 2b trial", .en), ("5G networks", .en)])
    func lettersAloneAreNoScales(_ text: String, _ language: Language) {
        #expect(!ShippedPack.facts(text, language, type: "Number").contains { ($0.number ?? 0) >= 1000 })
    }

    @Test(arguments: [("open 24/7", Language.en), ("after 9/11", .en), ("from 1909-1961", .en), ("COVID-19 cases", .en),
                      ("the twenty-fifth anniversary", .en), ("le cent vingt-cinquième anniversaire", .fr)])
    func notFractionsOrNegatives(_ text: String, _ language: Language) {
        #expect(!ShippedPack.facts(text, language, type: "Number").contains { $0.number.map { $0 < 1 || $0 != $0.rounded() } ?? false })
    }

    @Test func aDivisionAfterMoneyIsADuration() {
        let text = "I want to earn $2000 over 3 years"
        #expect(ShippedPack.facts(text, .en, type: "Number").isEmpty)
        #expect(ShippedPack.facts(text, .en, type: "Money").map(\.text) == ["$2000"])
        #expect(ShippedPack.facts(text, .en, type: "Duration").map(\.text) == ["3 years"])
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
        #expect(NumberWords.cardinal([P(.cardinal, 1), P(.cardinal, 100), P(.connector), P(.cardinal, 30), P(.fraction, 5)], language: .en) == 106)
        #expect(NumberWords.cardinal([P(.cardinal, 1), P(.scale, 1e9), P(.connector), P(.cardinal, 3), P(.fraction, 4), P(.scale, 1e6)], language: .en) == 1_000_750_000)
        #expect(NumberWords.tidy(16_399_999.999999998) == 16_400_000)
        #expect(NumberWords.tidy(9.2321312) == 9.2321312)
        #expect(NumberWords.cardinal([P(.digits, 2.5), P(.scale, 1e9)], language: .fr) == 2.5e9)
        #expect(NumberWords.cardinal([P(.cardinal, 1), P(.over), P(.cardinal, 4)], language: .en) == 0.25)
        #expect(NumberWords.cardinal([P(.cardinal, 9), P(.outOf), P(.cardinal, 10)], language: .en) == 0.9)
        #expect(NumberWords.cardinal([P(.cardinal, 12), P(.outOf), P(.cardinal, 10)], language: .en) == nil)
        #expect(NumberWords.cardinal([P(.digits, 3), P(.cardinal, 100), P(.connector), P(.digits, 2), P(.cardinal, 100)], language: .en) == nil)
        #expect(NumberWords.cardinal([P(.digits, 3), P(.scale, 1000), P(.connector), P(.digits, 2), P(.scale, 1000)], language: .en) == nil)
        #expect(NumberWords.cardinal([P(.digits, 3), P(.cardinal, 100), P(.connector), P(.digits, 0)], language: .en) == nil)
        #expect(NumberWords.cardinal([P(.cardinal, 1), P(.scale, 1e6), P(.cardinal, 2), P(.cardinal, 100), P(.scale, 1000)], language: .en) == 1_200_000)
        #expect(NumberWords.ordinal([P(.cardinal, 20), P(.hyphen), P(.ordinal, 1)], language: .en) == 21)
        #expect(NumberWords.spokenYear([P(.cardinal, 19), P(.cardinal, 80), P(.hyphen), P(.cardinal, 6)], language: .en) == 1986)
    }
}

@Suite("Money and percentages in English and French")
struct MoneyNormalisationTests {
    static let amountCases: [(String, String, Language, Double, String)] = [
        ("worth 130 million US dollars", "130 million US dollars", Language.en, 130_000_000.0, "USD"),
        ("to HK$ 10.05 billion", "HK$ 10.05 billion", .en, 10_050_000_000, "HKD"),
        ("between c $ 16.4 million", "c $ 16.4 million", .en, 16_400_000, "CAD"),
        ("pay A$ 30", "A$ 30", .en, 30, "AUD"),
        ("16,4 millions de $ CA", "16,4 millions de $ CA", .fr, 16_400_000, "CAD"),
        ("costs 20 usd", "20 usd", .en, 20, "USD"),
        ("They lost 75 USD million", "75 USD million", .en, 75_000_000, "USD"),
        ("it only cost 3 dollars 50 cents", "3 dollars 50 cents", .en, 3.5, "USD"),
        ("thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", .en, 13.45, "USD"),
        ("it costs only 15 dollars 50.", "15 dollars 50", .en, 15.5, "USD"),
        ("treize euros et quarante-cinq centimes", "treize euros et quarante-cinq centimes", .fr, 13.45, "EUR"),
        ("15 dollars et 15 cents", "15 dollars et 15 cents", .fr, 15.15, "USD"),
        ("6,65 milliards de pesewas", "6,65 milliards de pesewas", .fr, 66_500_000, "GHS"),
        ("up 50 cents", "50 cents", .en, 0.5, "USD"),
        ("a bid of 470 pence a share", "470 pence", .en, 4.7, "GBP"),
        ("its one-yen bid", "one-yen", .en, 1, "JPY"),
        ("100,000 ₭ in cash", "100,000 ₭", .en, 100_000, "LAK"),
        ("10000 bitcoins", "10000 bitcoins", .en, 10_000, "BTC"),
        ("6.65 billion pesetas", "6.65 billion pesetas", .en, 6_650_000_000, "ESP"),
        ("274 millions de dollars américains", "274 millions de dollars américains", .fr, 274_000_000, "USD"),
    ]

    @Test(arguments: amountCases)
    func money(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ currency: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, type: "Money"),
                                "\(ShippedPack.facts(text, language, type: "Money").map(\.text))")
        #expect(abs(fact.field("amount")!.doubleValue! - amount) < 1e-9 * max(1, amount))
        #expect(fact.field("currency") == .string(currency))
    }

    @Test func frenchCentsAreAMinorUnitAfterDigitsOnly() throws {
        let cents = try #require(ShippedPack.fact("34 cents", in: "en hausse de 34 cents", .fr, type: "Money"))
        #expect(cents.field("amount")?.doubleValue == 0.34)
        #expect(ShippedPack.facts("deux cents personnes", .fr, type: "Money").isEmpty)
        #expect(ShippedPack.fact("deux cents", in: "deux cents personnes", .fr, type: "Number")?.number == 200)
        #expect(ShippedPack.facts("Un dollar fort pèse sur les exportations.", .fr, type: "Money").isEmpty)
    }

    @Test func plainFrancsNameNoCurrency() throws {
        let fact = try #require(ShippedPack.fact("528 million francs", in: "a value of 528 million francs", .en, type: "Money"))
        #expect(fact.field("amount")?.doubleValue == 528_000_000)
        #expect(fact.field("currency") == nil)
    }

    @Test(arguments: [("ALL 5 solutions are wrong.", Language.en), ("a $ 5 bill", .en), ("Plan B", .en), ("15 dollars and 150 cents", .en)])
    func noWrongMoney(_ text: String, _ language: Language) {
        let facts = ShippedPack.facts(text, language, type: "Money")
        #expect(!facts.contains { $0.field("currency") == .string("ALL") || $0.field("currency") == .string("AUD") })
        #expect(!facts.contains { $0.field("amount")?.doubleValue == 16.5 })
    }

    @Test(arguments: [("9,2321312%", Language.fr, 9.2321312), ("1,1^23 pourcent", .fr, 8.95430243255239), ("seventy percent", .en, 70)])
    func percentages(_ text: String, _ language: Language, _ value: Double) throws {
        let fact = try #require(ShippedPack.facts(text, language, type: "Percent").first)
        #expect(abs(fact.number! - value) < 1e-9 * value)
    }
}
