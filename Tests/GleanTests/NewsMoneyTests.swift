import Testing
@testable import Glean

/// Amounts of money as news writes them, EN and FR, through the shipped pack: scale abbreviations, prefixed
/// dollars, Indian scales, ranges, approximations, and the reading of a bare "$" among several countries.
@Suite("News money")
struct NewsMoneyTests {
    @Test(arguments: [
        ("The fund raised $1.3 billion.", "$1.3 billion", Language.en, 1_300_000_000.0, "USD"),
        ("The firm paid US$4.5bn for it.", "US$4.5bn", .en, 4_500_000_000, "USD"),
        ("The EU gave €2.3 million.", "€2.3 million", .en, 2_300_000, "EUR"),
        ("L'État a versé 2,3 milliards d'euros.", "2,3 milliards d'euros", .fr, 2_300_000_000, "EUR"),
        ("Le projet coûte 1,5 Md€.", "1,5 Md€", .fr, 1_500_000_000, "EUR"),
        ("Le contrat vaut 300 M$.", "300 M$", .fr, 300_000_000, "USD"),
        ("The club paid £40m for the striker.", "£40m", .en, 40_000_000, "GBP"),
        ("The project costs Rs 1,200 crore.", "Rs 1,200 crore", .en, 12_000_000_000, "INR"),
        ("He was fined ₹5 lakh.", "₹5 lakh", .en, 500_000, "INR"),
        ("Japan will spend ¥3 trillion.", "¥3 trillion", .en, 3_000_000_000_000, "JPY"),
        ("The bank lost CHF 12 million.", "CHF 12 million", .en, 12_000_000, "CHF"),
        ("Ottawa a promis 12 millions de dollars canadiens.", "12 millions de dollars canadiens", .fr, 12_000_000, "CAD"),
        ("Canberra pledged A$500 million.", "A$500 million", .en, 500_000_000, "AUD"),
        ("The tower cost HK$3 billion.", "HK$3 billion", .en, 3_000_000_000, "HKD"),
        ("Wellington spent NZ$40 million.", "NZ$40 million", .en, 40_000_000, "NZD"),
        ("Brazil borrowed R$10 billion.", "R$10 billion", .en, 10_000_000_000, "BRL"),
        ("It cost about $5 million.", "$5 million", .en, 5_000_000, "USD"),
        ("It cost nearly $5 million.", "$5 million", .en, 5_000_000, "USD"),
        ("It cost more than $5 million.", "$5 million", .en, 5_000_000, "USD"),
        // A bare "$": two countries with a dollar of their own and no agreement between them keep the default.
        ("Chilean investment in Canada totalled $1.3 billion.", "$1.3 billion", .en, 1_300_000_000, "USD"),
        // One country with a dollar: its dollar.
        ("Canada will spend $2 billion on defence.", "$2 billion", .en, 2_000_000_000, "CAD"),
    ])
    func amount(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ currency: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: "2024-08-08", type: "Money"),
                                "\(ShippedPack.facts(text, language, reference: "2024-08-08", type: "Money").map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("amount")?.doubleValue == amount)
        #expect(fact.field("currency") == .string(currency))
    }

    @Test(arguments: [
        ("Costs rose to $3-4 billion.", "$3-4 billion", Language.en, 3_000_000_000.0, 4_000_000_000.0, "USD"),
        ("It will cost between €1 and €2 billion.", "between €1 and €2 billion", .en, 1_000_000_000, 2_000_000_000, "EUR"),
        ("Le projet coûtera entre 2 et 3 milliards de dollars.", "entre 2 et 3 milliards de dollars", .fr, 2_000_000_000, 3_000_000_000, "USD"),
    ])
    func range(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ end: Double, _ currency: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: "2024-08-08", type: "Money"),
                                "\(ShippedPack.facts(text, language, reference: "2024-08-08", type: "Money").map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("amount")?.doubleValue == amount)
        #expect(fact.field("end")?.doubleValue == end)
        #expect(fact.field("currency") == .string(currency))
    }

    /// A lowercase "m" is millions only after a currency symbol; alone after digits it is metres.
    @Test func metresAreNotMillions() {
        let money = ShippedPack.facts("The wall is 40m high.", .en, reference: "2024-08-08", type: "Money")
        #expect(money.isEmpty, "\(money.map { "\($0.text) \($0.fields)" })")
    }
}
