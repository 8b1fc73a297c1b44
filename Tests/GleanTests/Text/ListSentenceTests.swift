import Testing
@testable import Glean

/// Lists on news and ministry pages, one item a line (issue #14): each item is a sentence of its own, while prose
/// hard-wrapped over several lines stays one sentence.
@Suite struct ListSentenceTests {
    @Test func dashedItemsEndingWithSemicolonsAreSentences() {
        #expect(sentenceTexts("""
            Recent visits:
            - 12 March 2019: visit of the Foreign Minister to Rabat;
            - 3 June 2021: visit of the Prime Minister to Paris;
            - 15 October 2022: meeting of the joint commission in Algiers.
            """, language: .en) == [
                "Recent visits:",
                "- 12 March 2019: visit of the Foreign Minister to Rabat;",
                "- 3 June 2021: visit of the Prime Minister to Paris;",
                "- 15 October 2022: meeting of the joint commission in Algiers.",
            ])
        #expect(sentenceTexts("""
            Visites récentes :
            – visite du ministre des Affaires étrangères à Rabat (mars 2019) ;
            – entretien du Président de la République avec son homologue sénégalais (juin 2021) ;
            – réunion de la commission mixte à Dakar (octobre 2022).
            """, language: .fr) == [
                "Visites récentes :",
                "– visite du ministre des Affaires étrangères à Rabat (mars 2019) ;",
                "– entretien du Président de la République avec son homologue sénégalais (juin 2021) ;",
                "– réunion de la commission mixte à Dakar (octobre 2022).",
            ])
    }

    @Test func bulletedItemsEndingWithCommasOrNothingAreSentences() {
        #expect(sentenceTexts("""
            • Visit of the Minister of State to Kigali, 7 April 2010,
            • Participation of the President in the summit in Nice (2010),
            • Visit of the Foreign Minister to Paris, September 2011
            • Talks of the two Presidents in New York
            """, language: .en) == [
                "• Visit of the Minister of State to Kigali, 7 April 2010,",
                "• Participation of the President in the summit in Nice (2010),",
                "• Visit of the Foreign Minister to Paris, September 2011",
                "• Talks of the two Presidents in New York",
            ])
        #expect(sentenceTexts("""
            * visite du secrétaire d'État à Kigali, le 7 avril 2010,
            * participation du Président au sommet de Nice (2010),
            * entretien des deux ministres à New York
            """, language: .fr) == [
                "* visite du secrétaire d'État à Kigali, le 7 avril 2010,",
                "* participation du Président au sommet de Nice (2010),",
                "* entretien des deux ministres à New York",
            ])
    }

    @Test func enumeratedItemsAreSentences() {
        #expect(sentenceTexts("""
            The two sides signed:
            1. an agreement on visa exemption;
            2. a memorandum on energy cooperation; and
            3. a programme of cultural exchanges.
            """, language: .en) == [
                "The two sides signed:",
                "1. an agreement on visa exemption;",
                "2. a memorandum on energy cooperation; and",
                "3. a programme of cultural exchanges.",
            ])
        #expect(sentenceTexts("""
            Les deux parties ont signé :
            a) un accord de coopération en matière de sécurité ;
            b) un mémorandum d'entente sur le transit, et
            c) un programme d'actions pour 2024-2026.
            """, language: .fr) == [
                "Les deux parties ont signé :",
                "a) un accord de coopération en matière de sécurité ;",
                "b) un mémorandum d'entente sur le transit, et",
                "c) un programme d'actions pour 2024-2026.",
            ])
        #expect(sentenceTexts("(i) a treaty on extradition;\n(ii) an agreement on trade;\n(iii) a joint declaration.", language: .en) ==
                ["(i) a treaty on extradition;", "(ii) an agreement on trade;", "(iii) a joint declaration."])
    }

    @Test func unmarkedDatedLinesAreSentences() {
        #expect(sentenceTexts("""
            12 March 2019: visit of the Foreign Minister to Rabat;
            3 June 2021: visit of the Prime Minister to Paris;
            March 2023: talks of the two Presidents in Dakar.
            """, language: .en) == [
                "12 March 2019: visit of the Foreign Minister to Rabat;",
                "3 June 2021: visit of the Prime Minister to Paris;",
                "March 2023: talks of the two Presidents in Dakar.",
            ])
        #expect(sentenceTexts("""
            12 mars 2019 : visite du ministre des Affaires étrangères à Rabat,
            3 juin 2021 : visite du Premier ministre à Paris,
            2023 : entretien des deux présidents à Dakar.
            """, language: .fr) == [
                "12 mars 2019 : visite du ministre des Affaires étrangères à Rabat,",
                "3 juin 2021 : visite du Premier ministre à Paris,",
                "2023 : entretien des deux présidents à Dakar.",
            ])
    }

    @Test func wrappedProseStaysOneSentence() {
        // A comma before a capital (names listed over two lines), a function word, a lowercase next line.
        #expect(sentenceTexts("""
            The foreign ministers of Morocco, Algeria, Tunisia,
            Libya and Egypt met in Cairo on 12 March 2019, and
            the talks lasted two days.
            """, language: .en) == ["The foreign ministers of Morocco, Algeria, Tunisia,\nLibya and Egypt met in Cairo on 12 March 2019, and\nthe talks lasted two days."])
        #expect(sentenceTexts("""
            Le ministre a reçu son homologue marocain à Paris le
            12 mars 2019, et les deux ministres ont signé un accord
            sur l'énergie.
            """, language: .fr) == ["Le ministre a reçu son homologue marocain à Paris le\n12 mars 2019, et les deux ministres ont signé un accord\nsur l'énergie."])
        // A dash that opens a line inside a sentence cut on a function word is no list mark.
        #expect(sentenceTexts("Relations between the\n– long strained – neighbours improved in 2019.", language: .en) ==
                ["Relations between the\n– long strained – neighbours improved in 2019."])
        // A dated line that ends with a comma after prose is not a list: the line before did not start with a number.
        #expect(sentenceTexts("The agreement was renewed in 2018,\n2019 and 2020.", language: .en) == ["The agreement was renewed in 2018,\n2019 and 2020."])
    }

    @Test func wrappedListItemStaysOneSentence() {
        #expect(sentenceTexts("""
            - 12 March 2019: visit of the Foreign Minister
              to Rabat and talks with his counterpart;
            - 3 June 2021: visit of the Prime Minister to
              Paris.
            """, language: .en) == [
                "- 12 March 2019: visit of the Foreign Minister\n  to Rabat and talks with his counterpart;",
                "- 3 June 2021: visit of the Prime Minister to\n  Paris.",
            ])
    }

    @Test func semicolonBeforeACapitalOnANewLineEndsTheClause() {
        #expect(sentenceTexts("Morocco sent a delegation;\nAlgeria did not.", language: .en) == ["Morocco sent a delegation;", "Algeria did not."])
        #expect(sentenceTexts("Morocco sent a delegation;\nthe talks lasted two days.", language: .en) == ["Morocco sent a delegation;\nthe talks lasted two days."])
    }
}
