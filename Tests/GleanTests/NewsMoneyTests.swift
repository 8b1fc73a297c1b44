import Testing
@testable import Glean

/// Amounts of money as news writes them, EN and FR, through the shipped pack: scale abbreviations, prefixed
/// dollars, Indian scales, ranges, approximations, and the reading of a bare "$" among several countries.
@Suite("News money")
struct NewsMoneyTests {
    /// Forms the development sets lack (sixth pass): glued codes and local abbreviations, spelled names, minor units
    /// without their name, news scales, and words that only the document's countries attach to a currency.
    @Test(arguments: [
        ("The vendor charged USD7.25 for the map.", "USD7.25", Language.en, 7.25, "USD"),
        ("Le menu du jour est affiché à EUR12,50.", "EUR12,50", Language.fr, 12.5, "EUR"),
        ("A cup of tea costs Rs 150 at the station.", "Rs 150", Language.en, 150, "INR"),
        ("Parking in Kuala Lumpur is RM15 a day.", "RM15", Language.en, 15, "MYR"),
        ("The taxi from Giza cost 250 LE.", "250 LE", Language.en, 250, "EGP"),
        ("The riad charges MAD 500 per night.", "MAD 500", Language.en, 500, "MAD"),
        ("La chambre coûte 500 DH la nuit.", "500 DH", Language.fr, 500, "MAD"),
        ("Le sac de riz se vend 15 000 FCFA à Dakar.", "15 000 FCFA", Language.fr, 15_000, "XOF"),
        ("Le litre de lait coûte 120 DA à Alger.", "120 DA", Language.fr, 120, "DZD"),
        ("Le loyer atteint 900 TND par mois.", "900 TND", Language.fr, 900, "TND"),
        ("The tickets cost 40 Egyptian pounds each.", "40 Egyptian pounds", Language.en, 40, "EGP"),
        ("Le billet coûte 40 livres égyptiennes.", "40 livres égyptiennes", Language.fr, 40, "EGP"),
        ("Le forfait vaut 300 dirhams émiratis.", "300 dirhams émiratis", Language.fr, 300, "AED"),
        ("A bus ticket is 150 tenge in Almaty.", "150 tenge", Language.en, 150, "KZT"),
        ("He borrowed fifty bucks from me.", "fifty bucks", Language.en, 50, "USD"),
        ("The sandwich was $15 and 20c.", "$15 and 20c", Language.en, 15.2, "USD"),
        ("Le repas m'a coûté 12 dollars 60.", "12 dollars 60", Language.fr, 12.6, "USD"),
        ("Kenya will borrow Sh1.2 billion from the bank.", "Sh1.2 billion", Language.en, 1_200_000_000, "KES"),
        ("Nigeria approved a N50bn fund for farmers.", "N50bn", Language.en, 50_000_000_000, "NGN"),
        ("The state paid ₦2.5 billion in arrears.", "₦2.5 billion", Language.en, 2_500_000_000, "NGN"),
        ("The county raised KSh 300 million in taxes.", "KSh 300 million", Language.en, 300_000_000, "KES"),
        ("Rabat a mobilisé 1,2 milliard de dirhams pour le port.", "1,2 milliard de dirhams", Language.fr, 1_200_000_000, "MAD"),
        ("The lender approved USD 3.4 bn in loans.", "USD 3.4 bn", Language.en, 3_400_000_000, "USD"),
        ("The group booked $3.4bn in sales.", "$3.4bn", Language.en, 3_400_000_000, "USD"),
        ("Le chiffre d'affaires atteint 3,4 Mds€.", "3,4 Mds€", Language.fr, 3_400_000_000, "EUR"),
        ("Tokyo approved a 3.4 trillion yen package.", "3.4 trillion yen", Language.en, 3_400_000_000_000, "JPY"),
        ("The city won a $5 million grant.", "$5 million", Language.en, 5_000_000, "USD"),
        ("Ghana raised GH₵2 billion in bonds.", "GH₵2 billion", Language.en, 2_000_000_000, "GHS"),
        ("The budget of Uganda was USh 45 trillion.", "USh 45 trillion", Language.en, 45_000_000_000_000, "UGX"),
        ("Tanzania spent TSh 500 billion on roads.", "TSh 500 billion", Language.en, 500_000_000_000, "TZS"),
        ("L'État a versé 2 milliards de francs CFA aux communes.", "2 milliards de francs CFA", Language.fr, 2_000_000_000, "XOF"),
        ("South Africa set aside R500 million for the drought.", "R500 million", Language.en, 500_000_000, "ZAR"),
        ("The Saudi fund pledged SR 2 billion.", "SR 2 billion", Language.en, 2_000_000_000, "SAR"),
        ("Qatar allocated QR 10 billion to the project.", "QR 10 billion", Language.en, 10_000_000_000, "QAR"),
        ("Kuwait lent KD 50 million to Jordan.", "KD 50 million", Language.en, 50_000_000, "KWD"),
        ("La Tunisie a emprunté 1,5 milliard de dinars.", "1,5 milliard de dinars", Language.fr, 1_500_000_000, "TND"),
        ("Egypt's exports reached EGP 12.5bn.", "EGP 12.5bn", Language.en, 12_500_000_000, "EGP"),
        ("Le budget de l'Algérie est de 8 000 milliards de dinars algériens.", "8 000 milliards de dinars algériens", Language.fr, 8_000_000_000_000, "DZD"),
        ("The startup raised €3.5m in seed money.", "€3.5m", Language.en, 3_500_000, "EUR"),
        ("Pakistan received PKR 250 billion.", "PKR 250 billion", Language.en, 250_000_000_000, "PKR"),
        ("Bangladesh spent Tk 1,000 crore on rice.", "Tk 1,000 crore", Language.en, 10_000_000_000, "BDT"),
        ("Un café coûte 2 euros 50 à Paris.", "2 euros 50", Language.fr, 2.5, "EUR"),
        ("Each share paid 45 pence.", "45 pence", Language.en, 0.45, "GBP"),
        ("Uganda's budget rose to Sh45 trillion.", "Sh45 trillion", Language.en, 45_000_000_000_000, "UGX"),
        ("L'Algérie a prêté 300 millions de dinars.", "300 millions de dinars", Language.fr, 300_000_000, "DZD"),
        ("Mexico's central bank sold 2 billion pesos.", "2 billion pesos", Language.en, 2_000_000_000, "MXN"),
        ("RM15 each is too much.", "RM15", Language.en, 15, "MYR"),
        // Eighth pass: the Maghreb press's scaled abbreviations, the cedi and the lira as their papers write them.
        ("Le programme est doté de 500 MDH.", "500 MDH", Language.fr, 500_000_000, "MAD"),
        ("Rabat a mobilisé 3 MMDH pour le port.", "3 MMDH", Language.fr, 3_000_000_000, "MAD"),
        ("La Tunisie a emprunté 150 MDT.", "150 MDT", Language.fr, 150_000_000, "TND"),
        ("Alger a débloqué 500 MDA.", "500 MDA", Language.fr, 500_000_000, "DZD"),
        ("Ghana approved GH¢5 million for schools.", "GH¢5 million", Language.en, 5_000_000, "GHS"),
        ("Turkey spent TL 3 billion on roads.", "TL 3 billion", Language.en, 3_000_000_000, "TRY"),
        // A decimal times a scale word is the decimal number, not its binary product (131.2 × 10⁹ drifts).
        ("Trade grew to RM131.2 billion.", "RM131.2 billion", Language.en, 131_200_000_000, "MYR"),
        ("Kenya exported Sh12.4 billion of tea.", "Sh12.4 billion", Language.en, 12_400_000_000, "KES"),
        ("Le Maroc a investi 4,35 milliards de dirhams.", "4,35 milliards de dirhams", Language.fr, 4_350_000_000, "MAD"),
    ])
    func localForms(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ currency: String) throws {
        try self.amount(text, expression, language, amount, currency)
    }

    /// A single letter glued to digits is a currency only in a text about its country; "dinars" with no country stays
    /// without a code.
    @Test func lettersAndUnattachedWordsNeedTheirCountry() {
        #expect(ShippedPack.facts("Take the N7 towards Lyon.", .en, reference: "2024-08-08", type: "Money").isEmpty)
        #expect(ShippedPack.facts("The R500 road to Pretoria is closed.", .en, reference: "2024-08-08", type: "Money").isEmpty)
        let dinars = ShippedPack.facts("The fine was 5,000 dinars.", .en, reference: "2024-08-08", type: "Money")
        #expect(dinars.map(\.text) == ["5,000 dinars"])
        #expect(dinars.first?.field("currency") == nil)
    }

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
        // The scale joined by hyphens, before a noun (eighth pass).
        ("The IMF approved a $1.3-billion loan.", "$1.3-billion", .en, 1_300_000_000, "USD"),
        ("They signed a 1.5-billion-dollar deal.", "1.5-billion-dollar", .en, 1_500_000_000, "USD"),
        ("Brussels unveiled a 300-million-euro plan.", "300-million-euro", .en, 300_000_000, "EUR"),
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
        // The symbol and the scale on both amounts (eighth pass).
        ("Orders worth €1.5bn-€2bn are expected.", "€1.5bn-€2bn", .en, 1_500_000_000, 2_000_000_000, "EUR"),
        ("It will cost between $2bn and $3bn.", "between $2bn and $3bn", .en, 2_000_000_000, 3_000_000_000, "USD"),
        ("The grant was between €3m and €5m.", "between €3m and €5m", .en, 3_000_000, 5_000_000, "EUR"),
        ("La subvention sera comprise entre 2 M€ et 3 M€.", "entre 2 M€ et 3 M€", .fr, 2_000_000, 3_000_000, "EUR"),
    ])
    func range(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ end: Double, _ currency: String) throws {
        let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: "2024-08-08", type: "Money"),
                                "\(ShippedPack.facts(text, language, reference: "2024-08-08", type: "Money").map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("amount")?.doubleValue == amount)
        #expect(fact.field("end")?.doubleValue == end)
        #expect(fact.field("currency") == .string(currency))
    }

    /// "MDT" is a scaled currency in French only: in English it is a time zone.
    @Test func mountainDaylightTimeIsNoMoney() {
        let money = ShippedPack.facts("The call is at 10 MDT.", .en, reference: "2024-08-08", type: "Money")
        #expect(money.isEmpty, "\(money.map { "\($0.text) \($0.fields)" })")
    }

    /// "from $2bn to $3bn" is a change from one amount to another: two amounts, not a range.
    @Test func aChangeIsTwoAmounts() {
        let money = ShippedPack.facts("Exports rose from $2bn to $3bn.", .en, reference: "2024-08-08", type: "Money")
        #expect(money.map { $0.field("amount")?.doubleValue } == [2_000_000_000, 3_000_000_000])
        #expect(money.allSatisfy { $0.field("end") == nil })
    }

    /// Pence glued to one or two digits ("50p"); not a time ("at 5p") nor a screen resolution ("720p").
    @Test func gluedPence() throws {
        let fact = try #require(ShippedPack.fact("50p", in: "A pint of milk costs 50p here.", .en, reference: "2024-08-08", type: "Money"))
        #expect(fact.field("amount")?.doubleValue == 0.5)
        #expect(fact.field("currency") == .string("GBP"))
        for text in ["Call me at 5p tomorrow.", "The film streams in 720p."] {
            let money = ShippedPack.facts(text, .en, reference: "2024-08-08", type: "Money")
            #expect(money.isEmpty, "\(text): \(money.map { "\($0.text) \($0.fields)" })")
        }
    }

    /// A lowercase "m" is millions only after a currency symbol; alone after digits it is metres.
    @Test func metresAreNotMillions() {
        let money = ShippedPack.facts("The wall is 40m high.", .en, reference: "2024-08-08", type: "Money")
        #expect(money.isEmpty, "\(money.map { "\($0.text) \($0.fields)" })")
    }

    /// Digits with their scale are a whole amount: a spelled number after them joins only on the way to a further
    /// scale or after a hundred (ninth pass; "$3 million two years ago" was 3,000,002 dollars and years).
    @Test(arguments: [
        ("They raised $3 million two years ago.", "$3 million", Language.en, 3_000_000.0, "USD"),
        ("Debt was up from $600 million five years earlier.", "$600 million", .en, 600_000_000, "USD"),
        ("They paid 2 million five hundred thousand dollars.", "2 million five hundred thousand dollars", .en, 2_500_000, "USD"),
        ("It cost 3 million two hundred and five dollars.", "3 million two hundred and five dollars", .en, 3_000_205, "USD"),
        ("Ils ont investi 300 millions d'euros deux fois.", "300 millions d'euros", .fr, 300_000_000, "EUR"),
        ("Ils ont levé 300 millions deux cent mille euros.", "300 millions deux cent mille euros", .fr, 300_200_000, "EUR"),
    ])
    func spelledNumberAfterScaledDigits(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ currency: String) throws {
        try self.amount(text, expression, language, amount, currency)
    }

    @Test func scaledDigitsEndBeforeASpelledCount() {
        let numbers = ShippedPack.facts("Ils ont investi 300 millions deux fois.", .fr, reference: "2024-03-10", type: "Number")
        #expect(numbers.map { $0.field("value")?.doubleValue } == [300_000_000, 2], "\(numbers.map { "\($0.text) \($0.fields)" })")
        let durations = ShippedPack.facts("They raised $3 million two years ago.", .en, reference: "2024-03-10", type: "Duration")
        #expect(durations.isEmpty, "\(durations.map { "\($0.text) \($0.fields)" })")
    }

    /// A plain currency word several countries use is read by the countries the text is about, as "Rs" and "FCFA"
    /// are (fifteenth pass: "rupees", "riyals", "dirhams", "pounds", "CFA francs" were always INR, SAR, MAD, GBP, XOF);
    /// without such a country, or with several readings, the default stays.
    @Test(arguments: [
        ("Pakistan raised 5 billion rupees at the auction.", "5 billion rupees", Language.en, 5_000_000_000.0, "PKR"),
        ("Qatar invested 10 billion riyals in the port.", "10 billion riyals", .en, 10_000_000_000, "QAR"),
        ("Cameroon borrowed 150 billion CFA francs on the regional market.", "150 billion CFA francs", .en, 150_000_000_000, "XAF"),
        ("The UAE pledged 4 billion dirhams to the fund.", "4 billion dirhams", .en, 4_000_000_000, "AED"),
        ("Egypt raised 20 billion pounds from local bonds.", "20 billion pounds", .en, 20_000_000_000, "EGP"),
        ("Le Gabon a levé 300 milliards de francs CFA.", "300 milliards de francs CFA", .fr, 300_000_000_000, "XAF"),
        ("Maurice a dépensé 2 milliards de roupies pour le métro.", "2 milliards de roupies", .fr, 2_000_000_000, "MUR"),
        ("Les Émirats ont investi 1,5 milliard de dirhams à Dubaï.", "1,5 milliard de dirhams", .fr, 1_500_000_000, "AED"),
        ("The bank sold 2 billion rupees.", "2 billion rupees", .en, 2_000_000_000, "INR"),
        ("India and Pakistan each pledged 5 billion rupees.", "5 billion rupees", .en, 5_000_000_000, "INR"),
        ("Le Maroc a investi 1,5 milliard de dirhams dans le port.", "1,5 milliard de dirhams", .fr, 1_500_000_000, "MAD"),
        ("Le Sénégal a levé 300 milliards de francs CFA.", "300 milliards de francs CFA", .fr, 300_000_000_000, "XOF"),
    ])
    func plainCurrencyWordByCountry(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ currency: String) throws {
        try self.amount(text, expression, language, amount, currency)
    }

    /// Scales and currencies as the Asian and African press abbreviate them (fifteenth pass; each gave no Money or
    /// the bare number): "trn" glued to the naira's N and the rand's R, Malaysian "bil", "trillion won", birr,
    /// plain shillings by country, the Philippine peso's P with a scale in a text about the Philippines.
    @Test(arguments: [
        ("Nigeria's government approved N1.2trn for the rail line.", "N1.2trn", Language.en, 1_200_000_000_000.0, "NGN"),
        ("South Africa's Treasury set aside R1.2trn for infrastructure.", "R1.2trn", .en, 1_200_000_000_000, "ZAR"),
        ("Malaysia allocated RM2.1 bil for the expressway.", "RM2.1 bil", .en, 2_100_000_000, "MYR"),
        ("Putrajaya set aside RM 2.1 bil for schools.", "RM 2.1 bil", .en, 2_100_000_000, "MYR"),
        ("Seoul will spend 1.2 trillion won on chip subsidies.", "1.2 trillion won", .en, 1_200_000_000_000, "KRW"),
        ("Samsung will invest 3 trillion won ($2.2 billion) in the plant.", "3 trillion won", .en, 3_000_000_000_000, "KRW"),
        ("Séoul investira 1 200 milliards de wons dans les puces.", "1 200 milliards de wons", .fr, 1_200_000_000_000, "KRW"),
        ("Ethiopia signed a 2 billion birr contract.", "2 billion birr", .en, 2_000_000_000, "ETB"),
        ("L'Éthiopie a signé un contrat de 2 milliards de birr.", "2 milliards de birr", .fr, 2_000_000_000, "ETB"),
        ("Kenya will borrow 12 billion shillings.", "12 billion shillings", .en, 12_000_000_000, "KES"),
        ("Uganda's budget is 72 trillion shillings.", "72 trillion shillings", .en, 72_000_000_000_000, "UGX"),
        ("The Philippines secured P5 billion in grants.", "P5 billion", .en, 5_000_000_000, "PHP"),
    ])
    func pressScalesAndCurrencies(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ currency: String) throws {
        try self.amount(text, expression, language, amount, currency)
    }

    /// Plain names of currencies CLDR lists only with their country's adjective, as their own country's press writes
    /// them (sixteenth pass; each gave no Money): "kwacha" (Zambia, or Malawi in a text about Malawi), "manat",
    /// "lei", "leva", "soles", "meticais", "pula", "leones", "quetzales", "colones".
    @Test(arguments: [
        ("Zambia paid 4 billion kwacha to creditors.", "4 billion kwacha", Language.en, 4_000_000_000.0, "ZMW"),
        ("Malawi's treasury borrowed 90 billion kwacha from local banks.", "90 billion kwacha", .en, 90_000_000_000, "MWK"),
        ("La Zambie a remboursé 4 milliards de kwacha.", "4 milliards de kwacha", .fr, 4_000_000_000, "ZMW"),
        ("Baku will spend 5 billion manat on roads.", "5 billion manat", .en, 5_000_000_000, "AZN"),
        ("Bucharest approved 10 billion lei for hospitals.", "10 billion lei", .en, 10_000_000_000, "RON"),
        ("La Moldavie a emprunté 2 milliards de lei.", "2 milliards de lei", .fr, 2_000_000_000, "MDL"),
        ("Sofia set aside 2 billion leva for pensions.", "2 billion leva", .en, 2_000_000_000, "BGN"),
        ("Lima will invest 3 billion soles in irrigation.", "3 billion soles", .en, 3_000_000_000, "PEN"),
        ("Maputo raised 10 billion meticais in bonds.", "10 billion meticais", .en, 10_000_000_000, "MZN"),
        ("Gaborone budgeted 2 billion pula for water.", "2 billion pula", .en, 2_000_000_000, "BWP"),
        ("Freetown collected 50 million leones in fees.", "50 million leones", .en, 50_000_000, "SLE"),
    ])
    func plainCurrencyNames(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ currency: String) throws {
        try self.amount(text, expression, language, amount, currency)
    }

    /// An amount counted per something keeps its amount and says the unit in `per` (sixteenth pass: `per` is new);
    /// a total has none, nor « le jour de » (that day's takings).
    @Test(arguments: [
        ("Zambia's income is $1,300 per capita.", "$1,300", Language.en, 1_300.0, "capita"),
        ("Brent crude rose to $82 a barrel on Monday.", "$82", .en, 82, "barrel"),
        ("Nearly 40 million people live on less than $2.15 a day.", "$2.15", .en, 2.15, "day"),
        ("The board approved a dividend of $1.20 per share.", "$1.20", .en, 1.2, "share"),
        ("Le revenu atteint 1 500 dollars par habitant.", "1 500 dollars", .fr, 1_500, "capita"),
        ("Le blé s'échange à 250 euros la tonne à Rouen.", "250 euros", .fr, 250, "tonne"),
        ("L'or a dépassé 2 400 dollars l'once.", "2 400 dollars", .fr, 2_400, "ounce"),
        ("Les fonctionnaires toucheront 50 000 FCFA par mois en plus.", "50 000 FCFA", .fr, 50_000, "month"),
    ])
    func perUnit(_ text: String, _ expression: String, _ language: Language, _ amount: Double, _ per: String) throws {
        let money = ShippedPack.facts(text, language, reference: "2025-03-10", type: "Money")
        let fact = try #require(money.first { $0.text == expression }, "\(money.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("amount")?.doubleValue == amount)
        #expect(fact.field("per") == .string(per))
    }

    @Test(arguments: [
        ("The bank will lend $2 billion to Kenya.", Language.en),
        ("Le film a rapporté 7,7 millions d'euros le jour de sa sortie.", .fr),
    ])
    func aTotalHasNoPer(_ text: String, _ language: Language) {
        let money = ShippedPack.facts(text, language, reference: "2025-03-10", type: "Money")
        #expect(!money.isEmpty && money.allSatisfy { $0.field("per") == nil }, "\(money.map { "\($0.text) \($0.fields)" })")
    }

    /// "won" the verb and a P with digits in a text not about the Philippines are no money.
    @Test(arguments: ["The party won 120 seats.", "Some 12 million won the lottery.", "France bought P5 billion of bonds."])
    func noPressMoney(_ text: String) {
        let money = ShippedPack.facts(text, .en, reference: "2025-03-10", type: "Money")
        #expect(money.isEmpty, "\(money.map { "\($0.text) \($0.fields)" })")
    }
}
