import Testing
@testable import Glean

@Suite struct TokenizerTests {
    @Test func hyphenatedWordsSplitWithoutSpace() {
        let views = tokenViews("Président Kassym-Jomart Tokaïev, vice-ministre, détaille-t-on.")
        #expect(views.map(\.text) == ["Président", "Kassym", "-", "Jomart", "Tokaïev", ",", "vice", "-", "ministre", ",",
                                      "détaille", "-", "t", "-", "on", "."])
        #expect(!views[2].flags.contains(.spaceBefore))
        #expect(!views[3].flags.contains(.spaceBefore))
        #expect(views[1].flags.contains(.spaceBefore))
        #expect(views[2].kind == .punctuation)
    }

    @Test func letterDigitCompoundsStayTogether() {
        #expect(tokenTexts("COVID-19 and G-20, G20, SLC-40 in 1909-1961") ==
                ["COVID-19", "and", "G-20", ",", "G20", ",", "SLC-40", "in", "1909", "-", "1961"])
    }

    @Test func frenchElisions() {
        #expect(tokenTexts("l'Assemblée qu'il jusqu'à L'ONU d'Interpol c'est aujourd'hui s'est", language: .fr) ==
                ["l'", "Assemblée", "qu'", "il", "jusqu'", "à", "L'", "ONU", "d'", "Interpol", "c'", "est", "aujourd'hui", "s'", "est"])
        // typographic apostrophes are normalised first
        #expect(tokenTexts("l\u{2019}Assemblée", language: .fr) == ["l'", "Assemblée"])
        // An elision ending the text (a gazetteer form "négociations de l'") or before a space is the same token.
        #expect(tokenTexts("négociations de l'", language: .fr) == ["négociations", "de", "l'"])
        #expect(tokenTexts("signature prévue d' un accord", language: .fr) == ["signature", "prévue", "d'", "un", "accord"])
    }

    @Test func englishClitics() {
        let views = tokenViews("Morocco's don't they're I'm we'll O'Brien students' books", language: .en)
        #expect(views.map(\.text) == ["Morocco", "'s", "do", "n't", "they", "'re", "I", "'m", "we", "'ll", "O'Brien",
                                      "students", "'", "books"])
        #expect(!views[1].flags.contains(.spaceBefore))
        #expect(!views[3].flags.contains(.spaceBefore))
    }

    @Test func numbers() {
        let views = tokenViews("274 1,000.5 1.000 2,5 08.08.2024 3.11.7 1 000,5 1 000 000 in 2023.")
        #expect(views.map(\.text) == ["274", "1,000.5", "1.000", "2,5", "08.08.2024", "3.11.7", "1 000,5", "1 000 000", "in", "2023", "."])
        #expect(views.filter { $0.kind == .number }.count == 9)
        #expect(tokenTexts("en 2019 150 personnes, le 31 mai") == ["en", "2019", "150", "personnes", ",", "le", "31", "mai"])
    }

    @Test func commaListsAreSeparateNumbers() {
        let views = tokenViews("items 22,24,26,31. 1,000,000 1,00,000 12,345,678 2,5 1,5,10")
        #expect(views.map(\.text) == ["items", "22", ",", "24", ",", "26", ",", "31", ".", "1,000,000", "1,00,000", "12,345,678",
                                      "2,5", "1", ",", "5", ",", "10"])
        #expect(views[1].kind == .number && views[2].kind == .punctuation && views[3].kind == .number)
        #expect(!views[2].flags.contains(.spaceBefore) && !views[3].flags.contains(.spaceBefore))
    }

    @Test func percentIsAGluedSymbol() {
        let views = tokenViews("by 70% and")
        #expect(views.map(\.text) == ["by", "70", "%", "and"])
        #expect(views[2].kind == .symbol)
        #expect(!views[2].flags.contains(.spaceBefore))
    }

    @Test func ordinalsAreNumbers() {
        let views = tokenViews("7th 93e 1er 1re 2nd 5ème 5e 4pm 3D")
        #expect(views.map(\.text) == ["7th", "93e", "1er", "1re", "2nd", "5ème", "5e", "4", "pm", "3", "D"])
        #expect(views.prefix(7).allSatisfy { $0.kind == .number })
        #expect(views[8].kind == .word)
    }

    @Test func times() {
        let views = tokenViews("16:50 13:55:02 13h55 13 H 55 à 13h, 9 h 30 24:00 12:75")
        #expect(views.map(\.text) == ["16:50", "13:55:02", "13h55", "13 H 55", "à", "13h", ",", "9 h 30",
                                      "24", ":", "00", "12", ":", "75"])
        #expect(views.prefix(4).allSatisfy { $0.kind == .time })
        #expect(views[5].kind == .time)
        #expect(views[7].kind == .time)
    }

    @Test func gluedHeadlineTime() {
        let views = tokenViews("- 16:50Groundbreaking resolution")
        #expect(views.map(\.text) == ["-", "16:50", "Groundbreaking", "resolution"])
        #expect(views[1].kind == .time)
    }

    @Test func abbreviations() {
        #expect(tokenTexts("Mr. Smith and Dr. Who, e.g. the U.S. and U.K. vs. the U.N. etc. Jan. 5", language: .en) ==
                ["Mr.", "Smith", "and", "Dr.", "Who", ",", "e.g.", "the", "U.S.", "and", "U.K.", "vs.", "the", "U.N.",
                 "etc.", "Jan.", "5"])
        #expect(tokenTexts("M. Macron et Mme. Dupont en 52 av. J.-C. chez M. le maire.", language: .fr) ==
                ["M.", "Macron", "et", "Mme.", "Dupont", "en", "52", "av.", "J.-C.", "chez", "M", ".", "le", "maire", "."])
        #expect(tokenTexts("J. Smith wrote it. No. 10484 says no.", language: .en) ==
                ["J.", "Smith", "wrote", "it", ".", "No.", "10484", "says", "no", "."])
    }

    @Test func addressesAndHandles() {
        #expect(tokenTexts("via DKnews.kz. Mail john.doe@example.com or see https://www.x.org/a?b=1, www.ledesk.ma/fr #Maroc @user_1") ==
                ["via", "DKnews.kz", ".", "Mail", "john.doe@example.com", "or", "see", "https://www.x.org/a?b=1", ",",
                 "www.ledesk.ma/fr", "#Maroc", "@user_1"])
        #expect(tokenTexts("ministers.The end") == ["ministers", ".", "The", "end"])
    }

    @Test func punctuationAndSymbols() {
        let views = tokenViews("Wait... really… -- yes! $5 €10 ©️ 👍🏽 🇫🇷 ok")
        #expect(views.map(\.text) == ["Wait", "...", "really", "…", "--", "yes", "!", "$", "5", "€", "10", "©️", "👍🏽", "🇫🇷", "ok"])
        #expect(views[7].kind == .symbol)
        #expect(views[9].kind == .symbol)
        #expect(views[11].kind == .symbol)
        #expect(views[12].kind == .symbol)
    }

    @Test func caseAndLineFlags() {
        let views = tokenViews("TICAD and Maroc\nnext line\r\n\r\nNew paragraph")
        #expect(views[0].flags.contains(.allUppercase))
        #expect(views[0].flags.contains(.capitalized))
        #expect(views[0].flags.contains(.paragraphStart))
        #expect(views[0].flags.contains(.lineStart))
        #expect(!views[1].flags.contains(.capitalized))
        #expect(views[2].flags.contains(.capitalized) && !views[2].flags.contains(.allUppercase))
        #expect(views[3].flags.contains(.lineStart) && !views[3].flags.contains(.paragraphStart))
        #expect(views[5].flags.contains(.lineStart) && views[5].flags.contains(.paragraphStart))
        #expect(!views[4].flags.contains(.lineStart))
    }

    @Test func nonLatinScripts() {
        let views = tokenViews("деп хабарлайды DKnews.kz")
        #expect(views.map(\.text) == ["деп", "хабарлайды", "DKnews.kz"])
        #expect(views.allSatisfy { $0.kind == .word })
    }

    @Test(arguments: TextFixtures.seedNumbers)
    func seedTokensAreWellFormed(seed: String) {
        let prepared = PreparedText(bytes: TextFixtures.seed(seed))
        let tokens = Tokenizer(language: .unknown).tokenize(prepared.normalized)
        #expect(tokens.count > 100)
        var previousEnd: Int32 = 0
        for token in tokens {
            #expect(token.start >= previousEnd && token.end > token.start)
            previousEnd = token.end
        }
    }
}
