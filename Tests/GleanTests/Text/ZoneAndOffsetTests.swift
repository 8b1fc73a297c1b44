import Foundation
import Testing
@testable import Glean

struct ZonedText {
    let text: String
    let zones: ZoneMap
    let normalized: [UInt8]

    /// A seed article, normalised as extraction reads it.
    init(_ seed: String) {
        let prepared = PreparedText(bytes: TextFixtures.seed(seed))
        self.init(bytes: prepared.normalized, language: .unknown)
    }

    /// A page written in the test, zoned as it is.
    init(page: String, language: Language) {
        self.init(bytes: Array(page.utf8), language: language)
    }

    private init(bytes: [UInt8], language: Language) {
        normalized = bytes
        text = String(decoding: bytes, as: UTF8.self)
        let tokens = Tokenizer(language: language).tokenize(bytes)
        zones = bytes.withUnsafeBufferPointer { ZoneMap.detect(text: $0, tokens: tokens, linkHeaders: .shipped) }
    }

    /// Zone of the first occurrence of `fragment`.
    func zone(of fragment: String) -> Zone? {
        guard let range = normalized.firstRange(of: Array(fragment.utf8)) else { return nil }
        return zones.zone(at: range.lowerBound)
    }
}

extension LinkHeaderTable {
    /// The forms of the shipped `LinkHeader` vocabulary (Gazetteers/vocab/link_headers.yaml), as written.
    static let shippedForms: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var loader = GazetteerLoader()
        loader.load(path: root.appendingPathComponent("Gazetteers/vocab/link_headers.yaml").path)
        return loader.forms.filter { loader.entries[Int($0.entry)].type == LinkHeaderTable.type }.map(\.text)
    }()
    /// The headers the shipped pack reads.
    static let shipped = LinkHeaderTable(forms: shippedForms)
}

@Suite struct ZoneMapTests {
    @Test func seed000() {
        let page = ZonedText("000")
        // The news ticker above the article: other articles' headlines.
        #expect(page.zone(of: "16:50 Groundbreaking") == .links)
        #expect(page.zone(of: "14:20 Moroccan mosques") == .links)
        #expect(page.zone(of: "Follow us on Facebook") == .furniture)
        #expect(page.zone(of: "Morocco and Japan Forge") == .body)
        #expect(page.zone(of: "In a significant move") == .body)
        #expect(page.zone(of: "mutual benefit") == .body)
        #expect(page.zone(of: "Comments (0)") == .furniture)
    }

    /// Other articles' headlines around an article are `links`: a ticker's time-stamped lines, a line joined by "|",
    /// the list under "Related articles" / « Lire aussi », a one-line "Read also: …"; the article's own headline
    /// under such a list, a menu label with its entries and a date line are not.
    @Test func otherArticlesHeadlinesAreLinks() {
        let page = """
        Home | World | Africa | Politics
        Latest news
        - 10:42 Putin holds talks with Xi in Beijing
        - 09:58 Macron to visit Morocco next month
        Trending: Ruto meets Museveni | AU summit opens in Addis Ababa
        Ghana, Togo agree to boost border security cooperation
        By Staff Reporter
        Accra – Ghana's President John Dramani Mahama on Tuesday received Togolese Foreign Minister Robert Dussey at the Jubilee House.
        The two discussed security in the Sahel and agreed to convene their joint commission in Lomé in June this year.
        Read also: Ghana and Nigeria sign a gas pipeline deal
        Related articles
        Mahama holds talks with Tinubu in Abuja
        Togo's exports to Ghana rise to $400 million
        12.03.2025 Updated
        Share this page with your friends
        """
        let zoned = ZonedText(page: page, language: .en)
        #expect(zoned.zone(of: "Home | World") == .links)
        #expect(zoned.zone(of: "Latest news") == .links)
        #expect(zoned.zone(of: "10:42 Putin") == .links)
        #expect(zoned.zone(of: "09:58 Macron") == .links)
        #expect(zoned.zone(of: "Trending: Ruto") == .links)
        #expect(zoned.zone(of: "Ghana, Togo agree") == .furniture)
        #expect(zoned.zone(of: "Accra – Ghana's") == .body)
        #expect(zoned.zone(of: "convene their joint") == .body)
        #expect(zoned.zone(of: "Read also: Ghana") == .links)
        #expect(zoned.zone(of: "Mahama holds talks") == .links)
        #expect(zoned.zone(of: "Togo's exports") == .links)
        #expect(zoned.zone(of: "12.03.2025 Updated") == .furniture)
        #expect(zoned.zone(of: "Share this page") == .furniture)

        let french = """
        À lire aussi :
        Le président Tebboune reçoit son homologue tunisien
        Le Maroc et la Mauritanie signent trois accords
        Le ministre des Affaires étrangères Ahmed Attaf a reçu lundi à Alger son homologue slovène Tanja Fajon, en visite de travail.
        Les deux ministres ont passé en revue l'état des relations bilatérales et les questions régionales.
        Sur le même sujet
        Attaf s'entretient avec Lavrov à Moscou
        """
        let zonedFrench = ZonedText(page: french, language: .fr)
        #expect(zonedFrench.zone(of: "Le président Tebboune") == .links)
        // The list's last line sits right above the article and reads as its headline: the body takes it (rule 3).
        #expect(zonedFrench.zone(of: "Le Maroc et la Mauritanie") == .body)
        #expect(zonedFrench.zone(of: "Le ministre des Affaires") == .body)
        #expect(zonedFrench.zone(of: "Attaf s'entretient") == .links)
    }

    /// A numbered list of headlines ("Les plus lus", "1. …") is links, even an item of twelve words or more with a
    /// colon: its enumerator's "." is no sentence end. « À la une » alone heads a list of headlines, and a
    /// « Lire aussi : … » line between two paragraphs is a headline, not the article's.
    @Test func numberedListsFrontPageHeadlinesAndInlineReadAlsoAreLinks() {
        let page = """
        À la une
        Le président sénégalais reçu par Emmanuel Macron à l'Élysée
        Diplomatie : Alger et Rome signent six accords
        Mauritanie-Maroc : les ministres des Affaires étrangères s'entretiennent à Nouakchott
        Le ministre mauritanien des Affaires étrangères a reçu vendredi à Nouakchott son homologue marocain Nasser Bourita, porteur d'un message.
        Lire aussi : Nouakchott et Dakar signent un accord sur le gaz
        Le volume des échanges commerciaux entre les deux pays a atteint 4,3 milliards de dirhams en 2024, selon l'office des changes.
        Les plus lus
        1. Le Mali et le Niger signent un pacte de défense
        2) Visite d'État du président Tebboune en Italie
        3. Sommet de l'UA : les chefs d'État et de gouvernement africains réunis à Addis-Abeba pour deux jours
        """
        let zoned = ZonedText(page: page, language: .fr)
        #expect(zoned.zone(of: "Le président sénégalais") == .links)
        #expect(zoned.zone(of: "Diplomatie : Alger") == .links)
        #expect(zoned.zone(of: "Le ministre mauritanien") == .body)
        #expect(zoned.zone(of: "Nouakchott et Dakar signent") == .links)
        #expect(zoned.zone(of: "Le volume des échanges") == .body)
        #expect(zoned.zone(of: "Le Mali et le Niger") == .links)
        #expect(zoned.zone(of: "Visite d'État du président") == .links)
        #expect(zoned.zone(of: "Sommet de l'UA") == .links)
        let english = ZonedText(page: """
        New Delhi: Prime Minister Narendra Modi and the UAE President on Tuesday witnessed the signing of a bilateral investment treaty in Abu Dhabi.
        ALSO READ | PM Modi holds talks with Qatar Emir in Doha
        The two leaders also reviewed bilateral trade, which reached $85 billion in 2022-23, officials said on Tuesday.
        """, language: .en)
        #expect(english.zone(of: "PM Modi holds talks") == .links)
        #expect(english.zone(of: "The two leaders also") == .body)
        // A version number or a year starting a line is no enumerator.
        let list = ZonedText(page: "3.5 million people were displaced in the region, the United Nations said on Monday in Geneva.\n", language: .en)
        #expect(list.zone(of: "3.5 million") == .body)
    }

    @Test func seed001() {
        let page = ZonedText("001")
        #expect(page.zone(of: "S'abonner") == .furniture)
        #expect(page.zone(of: "60 DH") == .furniture)
        #expect(page.zone(of: "1 mois") == .furniture)
        #expect(page.zone(of: "08.08.2024") == .furniture)
        #expect(page.zone(of: "Maroc-Japon: Nasser") == .body)
        #expect(page.zone(of: "Le ministre des Affaires") == .body)
        #expect(page.zone(of: "conclut la communication") == .body)
        #expect(page.zone(of: "Copyright Pulse") == .furniture)
        #expect(page.zone(of: "Reproduction et diffusions") == .furniture)
        #expect(page.zone(of: "Revenir au direct") == .furniture)
    }

    @Test func seed002() {
        let page = ZonedText("002")
        #expect(page.zone(of: "Deputy Prime Minister") == .body)
        #expect(page.zone(of: "Hassan Tower") == .body)
        #expect(page.zone(of: "Autoreload") == .furniture)
        #expect(page.zone(of: "2006") == .furniture)
        // The publisher's registration line after the article is furniture, like a copyright line.
        #expect(page.zone(of: "Registration certificate") == .furniture)
        #expect(page.zone(of: "DKNews International News Agency is registered") == .furniture)
    }

    @Test func seed003() {
        let page = ZonedText("003")
        #expect(page.zone(of: "23 C") == .furniture)
        #expect(page.zone(of: "Marrakech\n") == .furniture)
        #expect(page.zone(of: "jeudi 20 mars 2025") == .furniture)
        #expect(page.zone(of: "Le Royaume du Maroc") == .body)
        // The title above the article, across the counters "0" and "31" between them; not the breadcrumb above.
        #expect(page.zone(of: "Le Maroc et le Kazakhstan renforcent leur coopération bilatérale\n\n0") == .body)
        #expect(page.zone(of: "Accueil Politique") == .furniture)
        #expect(page.zone(of: "Une coopération politique") == .body)
        #expect(page.zone(of: "instances internationales") == .body)
        #expect(page.zone(of: "LAISSER UN COMMENTAIRE") == .furniture)
    }

    @Test func seed004IsAllProse() {
        let page = ZonedText("004")
        #expect(page.zone(of: "Le cinquième session") == .body)
        #expect(page.zone(of: "partenariat bilatéral") == .body)
    }

    /// A list a sentence introduces with ":" is body, however many items it has; short lines of links with no
    /// such sentence above them stay furniture.
    @Test func listIntroducedByASentenceIsBody() {
        let page = """
        Home
        World
        Politics
        Economy
        Sport

        The ministers met in Accra on Tuesday to review the cooperation between their two countries.

        They agreed to strengthen the joint programme adopted in 2019, which covers mainly the following areas:
        peace and security
        trade and investment
        sustainable development
        education and culture
        people-to-people exchanges

        The two sides also signed a memorandum of understanding on tourism and a protocol on customs cooperation.

        Both ministers welcomed the progress made since the last session of the joint commission in Accra.

        More news
        Economy
        Sport
        """
        let zoned = ZonedText(page: page, language: .en)
        func zone(of needle: String) -> Zone? { zoned.zone(of: needle) }
        #expect(zone(of: "Home") == .furniture)
        #expect(zone(of: "Politics") == .furniture)
        #expect(zone(of: "The ministers met") == .body)
        #expect(zone(of: "They agreed") == .body)
        #expect(zone(of: "trade and investment") == .body)
        #expect(zone(of: "people-to-people") == .body)
        #expect(zone(of: "The two sides also signed") == .body)
        #expect(zone(of: "Both ministers") == .body)
        // A header of other articles' headlines.
        #expect(zone(of: "More news") == .links)
    }

    /// A list that ends the article is body too when a sentence introduces it.
    @Test func closingListIsBody() {
        let page = """
        Accueil
        International

        Les deux ministres ont passé en revue, lundi à Dakar, l'ensemble de la coopération entre leurs pays.

        Les dirigeants sont convenus de renforcer le programme de coopération, qui porte essentiellement sur:
        la paix et la sécurité
        la prospérité
        le développement durable
        """
        let zoned = ZonedText(page: page, language: .fr)
        func zone(of needle: String) -> Zone? { zoned.zone(of: needle) }
        #expect(zone(of: "International") == .furniture)
        #expect(zone(of: "Les dirigeants") == .body)
        #expect(zone(of: "la prospérité") == .body)
        #expect(zone(of: "le développement durable") == .body)
    }

    /// Wire copy in short paragraphs: a sentence of 6 to 11 words between prose lines is body, not a
    /// gap that cuts the article in two; a short line without sentence punctuation (a menu) still is one.
    @Test func shortParagraphsAreBody() {
        let page = """
        Home
        Business
        Markets

        Bilateral trade between Ghana and Turkey reached $1.8 billion last year, the trade ministry said on Monday.

        Exports to Turkey rose 12 percent in 2023.

        Imports from Turkey fell to $600 million.

        Two-way trade totalled $4.1 billion in 2022.

        Turkish investment in Ghana has reached $2 billion.

        The two countries plan to sign a free trade agreement before the end of the year, officials in Accra said.

        Related
        Markets
        """
        let zoned = ZonedText(page: page, language: .en)
        func zone(of needle: String) -> Zone? { zoned.zone(of: needle) }
        #expect(zone(of: "Business") == .furniture)
        #expect(zone(of: "Bilateral trade between") == .body)
        #expect(zone(of: "Exports to Turkey") == .body)
        #expect(zone(of: "Two-way trade") == .body)
        #expect(zone(of: "Turkish investment") == .body)
        #expect(zone(of: "The two countries plan") == .body)
        #expect(zone(of: "Related") == .links)
    }

    /// The article's last paragraph may be a short sentence with a figure; a short prompt after the article
    /// (no number) stays furniture.
    @Test func aLastShortSentenceWithAFigureIsBody() {
        let page = """
        Bilateral trade between Ghana and Turkey reached $1.8 billion last year, the trade ministry said on Monday.

        Goods worth US$2 billion were exported to Japan in 2020.

        Please enter your comment below to join the discussion!
        """
        let zoned = ZonedText(page: page, language: .en)
        #expect(zoned.zone(of: "Goods worth") == .body)
        #expect(zoned.zone(of: "Please enter") == .furniture)
        let prompt = ZonedText(page: """
        Bilateral trade between Ghana and Turkey reached $1.8 billion last year, the trade ministry said on Monday.

        Please enter your comment below to join the discussion!
        """, language: .en)
        #expect(prompt.zone(of: "Please enter") == .furniture)
    }

    /// Wire copy often ends on a one-sentence paragraph: a statement of six words or more ending with a full stop
    /// is the article's, with or without a figure; a short line without a full stop after it is not.
    @Test func aLastShortStatementIsBody() {
        let zoned = ZonedText(page: """
        The foreign ministers of Ghana and Turkey met in Accra on Monday to review their cooperation, officials said.

        The two ministers also signed an agreement on energy.

        Share this article on social media
        """, language: .en)
        #expect(zoned.zone(of: "The two ministers also signed") == .body)
        #expect(zoned.zone(of: "Share this article") == .furniture)
    }

    /// A government country page: section headings, `Label : value` lines and list items sit between its prose
    /// paragraphs; the page is one body. A menu of one-word links between two stories still cuts them apart.
    @Test func structuredCountryPageIsOneBody() {
        let page = """
        Relations bilatérales

        Relations politiques

        Le Portugal et le Ghana entretiennent des relations anciennes, renforcées par plusieurs visites ministérielles récentes.

        Ambassadeur du Portugal au Ghana : M. Paulo Sousa
        Communauté portugaise : 1 250 inscrits (31/12/2021)

        Visites officielles

        • Visite du ministre des Affaires étrangères à Accra, le 3 mars 2021.
        • Entretien des deux ministres à Lisbonne, le 14 octobre 2022.

        Relations économiques

        Les échanges commerciaux entre les deux pays ont atteint 210 M€ en 2022, en hausse de 12 % sur un an.
        """
        let zoned = ZonedText(page: page, language: .fr)
        func zone(of needle: String) -> Zone? { zoned.zone(of: needle) }
        #expect(zone(of: "Le Portugal et le Ghana") == .body)
        #expect(zone(of: "Communauté portugaise") == .body)
        #expect(zone(of: "• Visite du ministre") == .body)
        #expect(zone(of: "Les échanges commerciaux") == .body)

        let menu = ZonedText(page: """
        The prime minister of Ghana opened the new port terminal in Tema on Monday, the presidency said in a statement.

        Home
        World
        Africa
        Sport
        Weather

        Heavy rain is expected across the south of the country this weekend, forecasters said on Friday morning.

        Farmers in the north were told to delay planting until the rains settle, the ministry of agriculture added.
        """, language: .en)
        #expect(menu.zone(of: "The prime minister of Ghana") == .furniture)
        #expect(menu.zone(of: "Heavy rain") == .body)
    }

    /// The headers are the pack's vocabulary: a site's own header, added as a `LinkHeader` entry, makes the lines under
    /// it links without a build; without the entry they are furniture.
    @Test func linkHeadersAreThePacksVocabulary() throws {
        let vocabulary = """
        type: LinkHeader
        layer: linkheader
        entries:
          - id: link-header-site
            name: elsewhere on the site
            names:
              en: [Elsewhere on the site]
              fr: [Ailleurs sur le site]
        """
        let pack = try RulePack.build(rules: [], gazetteers: [(path: "site.yaml", text: vocabulary)])
        #expect(pack.linkHeaders.count == 2)
        let page = """
        Ghana's President John Dramani Mahama on Tuesday received Togolese Foreign Minister Robert Dussey in Accra.
        The two sides agreed to strengthen cooperation on border security and trade between their countries.

        — Elsewhere on the site :
        Kenya and Uganda sign a border deal in Kampala
        Ruto meets Museveni in Nairobi on trade
        """
        let bytes = Array(page.utf8)
        let tokens = Tokenizer(language: .en).tokenize(bytes)
        func zone(_ fragment: String, _ headers: LinkHeaderTable) -> Zone? {
            let zones = bytes.withUnsafeBufferPointer { ZoneMap.detect(text: $0, tokens: tokens, linkHeaders: headers) }
            return bytes.firstRange(of: Array(fragment.utf8)).map { zones.zone(at: $0.lowerBound) }
        }
        #expect(zone("Ghana's President", pack.linkHeaders) == .body)
        #expect(zone("Kenya and Uganda", pack.linkHeaders) == .links)
        #expect(zone("Ruto meets", pack.linkHeaders) == .links)
        #expect(zone("Kenya and Uganda", .empty) == .furniture)
        #expect(zone("Kenya and Uganda", .shipped) == .furniture)
    }

    /// Each footer marker, alone on its line, and the words that are markers only in pairs.
    @Test func footerLinesAreFoundByTheirWords() {
        let cases: [(String, Bool)] = [
            ("Copyright 2024 Agence", true), ("ISSN 1234-5678", true), ("All Rights Reserved", true),
            ("Tous droits réservés", true), ("Registration certificate No. 5", true),
            ("Human rights defenders", false), ("Seats reserved for press", false), ("A certificate of origin", false),
            ("droits de l'homme réservés", false), ("The registration of voters", false), ("COPYRIGHTS", false),
        ]
        let page = cases.map(\.0).joined(separator: "\n")
        let bytes = Array(page.utf8)
        let lines = bytes.withUnsafeBufferPointer { ZoneMap.splitLines(text: $0, tokens: Tokenizer(language: .en).tokenize(bytes)) }
        #expect(lines.count == cases.count)
        for (line, (text, footer)) in zip(lines, cases) { #expect(line.isFooter == footer, "\(text)") }
    }

    @Test func textWithoutProseIsAllBody() {
        let text = Array("Nasser Bourita met Kamikawa Yoko in Rabat".utf8)
        let tokens = Tokenizer(language: .en).tokenize(text)
        let zones = text.withUnsafeBufferPointer { ZoneMap.detect(text: $0, tokens: tokens, linkHeaders: .shipped) }
        #expect(zones.bodySpans == [ByteSpan(start: 0, end: text.count)])
        #expect(zones.zone(at: 0) == .body)
        #expect(zones.zone(at: text.count - 1) == .body)
    }

    /// `linkHeader` skips most lines by their first ASCII letters (`mayBeLinkHeader`): every header is still found
    /// whatever its case, the marks around it (ASCII or not), a decomposed accent or what follows its colon.
    @Test func linkHeadersAreFoundWhateverTheirCaseAndMarks() {
        func header(_ line: String) -> Bool? {
            let text = Array(line.utf8)
            let tokens = Tokenizer(language: .en).tokenize(text)
            guard !tokens.isEmpty else { return nil }
            return text.withUnsafeBufferPointer {
                ZoneMap.linkHeader(ZoneMap.Line(firstToken: 0, lastToken: tokens.count - 1), text: $0, tokens: tokens, headers: .shipped)
            }
        }
        #expect(LinkHeaderTable.shipped.count >= 60)
        for name in LinkHeaderTable.shippedForms {
            let forms = [name, name.uppercased(), name.prefix(1).uppercased() + name.dropFirst(),
                         name.decomposedStringWithCanonicalMapping, name.uppercased().decomposedStringWithCanonicalMapping]
            for form in forms {
                for line in [form, "— \(form)", "* \(form) :", "> \(form)\u{A0}»", "• \(form) –", ": \(form) -"] {
                    #expect(header(line) == true, "\(line)")
                }
                #expect(header("\(form): Kenya and Uganda sign a deal") == false, "\(form)")
                #expect(header("\(form) | Kenya and Uganda sign a deal") == false, "\(form)")
            }
        }
        for line in ["Moroccan mosques reopen", "Home | World", "Readers: a letter", "Top Kenyan officials", "Alsoread", "-- Mostly sunny", "Sur", "Related"] {
            let expected: Bool? = line == "Related" ? true : nil
            #expect(header(line) == expected, "\(line)")
        }
    }
}

@Suite struct ScalarOffsetTests {
    @Test func multibyteText() {
        let text = Array("aé€😀b".utf8)  // 1 + 2 + 3 + 4 + 1 bytes
        let converter = ScalarOffsetConverter(text: text)
        #expect(converter.scalarOffsets(ofSortedByteOffsets: [0, 1, 3, 6, 10, 11]) == [0, 1, 2, 3, 4, 5])
        #expect(converter.scalarOffset(ofByteOffset: 6) == 3)
        #expect(converter.scalarOffset(ofByteOffset: 11) == 5)
    }

    @Test func checkpointsAgreeWithSinglePass() {
        let text = Array(String(repeating: "Élysée ’ 😀 abc ", count: 2_000).utf8)
        let converter = ScalarOffsetConverter(text: text)
        let offsets = stride(from: 0, through: text.count, by: 997).map { $0 }
        let batch = converter.scalarOffsets(ofSortedByteOffsets: offsets)
        for (offset, expected) in zip(offsets, batch) {
            #expect(converter.scalarOffset(ofByteOffset: offset) == expected)
            let prefix = String(decoding: text[0..<offset], as: UTF8.self)
            if text.indices.contains(offset), text[offset] & 0xC0 != 0x80 { #expect(prefix.unicodeScalars.count == expected) }
        }
    }
}

@Suite struct FoldingTests {
    @Test func foldsCaseAndDiacritics() {
        #expect(Folding.fold("Élysée Naïve Ça Straße Œuvre Æther") == "elysee naive ca strasse oeuvre aether")
        #expect(Folding.fold("Łódź Škoda Tokaïev") == "lodz skoda tokaiev")
        #expect(Folding.fold("ДЕП Ἀθῆναι") == "деп ἀθῆναι")
        #expect(Folding.fold("e\u{0301}t\u{00E9}") == "ete")
        #expect(Folding.fold("ABC-123 ×") == "abc-123 ×")
    }

    @Test func foldsLatinLettersBeyondExtendedA() {
        // Romanian comma-below letters, Vietnamese and Pinyin tones: the forms news writes without them match.
        #expect(Folding.fold("Chișinău Timișoara Constanța") == "chisinau timisoara constanta")
        #expect(Folding.fold("Nguyễn Phú Trọng Hà Nội") == "nguyen phu trong ha noi")
        #expect(Folding.fold("Xǐ ǸG") == "xi ng")
        // No canonical decomposition: kept, lowercased (schwa of Azerbaijani, Latin f with hook).
        #expect(Folding.fold("Ələkbərov Ƒ") == "ələkbərov ƒ")
        // The gazetteer's token ids follow the same fold (the slow path of `Vocabulary`).
        var vocabulary = Vocabulary()
        let id = vocabulary.intern(folded: "chisinau")
        #expect(vocabulary.id(ofFolded: Folding.fold("Chișinău")) == id)
    }

    @Test func foldAppendsToBuffer() {
        var output = Array("x:".utf8)
        let input = Array("ÉTÉ".utf8)
        input.withUnsafeBufferPointer { Folding.fold($0, into: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "x:ete")
    }
}
