import Testing
@testable import Glean

/// A numbered list item ("1. On 12 March 2024 the ministers signed …", « 2. Le 3 juin, le ministre a reçu … ») is one
/// sentence with its number: the number's period marks the item, it ends no sentence. A sentence that ends with a
/// number, a decimal or a number that a hard-wrapped sentence puts first on a line still ends at its period.
@Suite struct NumberedItemSentenceTests {
    @Test func numberedItemsKeepTheirNumber() {
        #expect(sentenceTexts("""
            The two leaders agreed as follows.
            1. On 12 March 2024 the foreign ministers signed an agreement on visa exemption.
            2. The two countries will hold consultations in Rabat in June.
            """, language: .en) == [
                "The two leaders agreed as follows.",
                "1. On 12 March 2024 the foreign ministers signed an agreement on visa exemption.",
                "2. The two countries will hold consultations in Rabat in June.",
            ])
        #expect(sentenceTexts("""
            Déclaration conjointe

            1. Le 3 juin, le ministre a reçu son homologue sénégalais à Paris.

            2. Les deux parties ont signé un accord de coopération. Elles se réuniront en 2025.
            """, language: .fr) == [
                "Déclaration conjointe",
                "1. Le 3 juin, le ministre a reçu son homologue sénégalais à Paris.",
                "2. Les deux parties ont signé un accord de coopération.",
                "Elles se réuniront en 2025.",
            ])
    }

    @Test func romanAndLetterItems() {
        #expect(sentenceTexts("""
            Main events:
            i. On 5 July the King received the President of Mauritania.
            ii. On 7 July the ministers met in Nouakchott.
            iii. Visit of the Prime Minister to Dakar
            iv. Talks in Paris
            """, language: .en) == [
                "Main events:",
                "i. On 5 July the King received the President of Mauritania.",
                "ii. On 7 July the ministers met in Nouakchott.",
                "iii. Visit of the Prime Minister to Dakar",
                "iv. Talks in Paris",
            ])
        #expect(sentenceTexts("Principaux entretiens\na. Le 3 juin, le ministre a reçu son homologue.\nb. Le 5 juin, il s'est rendu à Dakar.", language: .fr) ==
                ["Principaux entretiens", "a. Le 3 juin, le ministre a reçu son homologue.", "b. Le 5 juin, il s'est rendu à Dakar."])
        #expect(sentenceTexts("II. Political relations\nThe two countries established relations in 1960.", language: .en) ==
                ["II. Political relations", "The two countries established relations in 1960."])
    }

    @Test func sentencesEndingWithANumberStillEnd() {
        // A sentence that ends with a year or an article's number, then a line of its own.
        #expect(sentenceTexts("The treaty was signed in 2019.\nThe ministers met again in 2021.", language: .en) ==
                ["The treaty was signed in 2019.", "The ministers met again in 2021."])
        #expect(sentenceTexts("Le texte renvoie à l'article 5. Les ministres l'ont salué.", language: .fr) ==
                ["Le texte renvoie à l'article 5.", "Les ministres l'ont salué."])
        // Hard-wrapped prose that puts a day or an article's number first on a line (after a long line that ends no
        // sentence): the number's period still ends the sentence, the next one starts after it.
        #expect(sentenceTexts("The foreign ministers of Morocco and Senegal signed the agreement in Dakar on March\n5. The two countries also agreed to meet again.", language: .en).last ==
                "The two countries also agreed to meet again.")
        #expect(sentenceTexts("Les ministres ont rappelé les obligations prévues par la convention et par son article\n12. Ils se reverront en mai.", language: .fr).last ==
                "Ils se reverront en mai.")
        // Decimals and section numbers in prose are no items.
        #expect(sentenceTexts("Trade grew by 3.5 percent. Section 2.1 covers energy.", language: .en) ==
                ["Trade grew by 3.5 percent.", "Section 2.1 covers energy."])
        // An ordinal is no item number either.
        #expect(sentenceTexts("Il s'agit de la 5e session. La 6e aura lieu à Rabat.", language: .fr) ==
                ["Il s'agit de la 5e session.", "La 6e aura lieu à Rabat."])
    }

    @Test func aNumberAloneOnALineAfterAnItemIsAnItem() {
        // The line before is itself an item without a final mark.
        #expect(sentenceTexts("1. Visit of the Foreign Minister to Rabat\n2. On 3 June the Prime Minister travelled to Paris.", language: .en) ==
                ["1. Visit of the Foreign Minister to Rabat", "2. On 3 June the Prime Minister travelled to Paris."])
    }
}
