import Testing
@testable import Glean

/// Context lookups count a country word as the Country annotation that resolved it: « congolais » is the DRC's
/// demonym in the gazetteer, but in an article from Brazzaville the rules resolve it to the Republic of the Congo,
/// and the DRC must not reach context_countries() or in_sentence("Country", …) beside it. Where no Country annotation
/// covers the word (before the phase of the Country rules, or a word no Country rule took), the raw hit counts.
@Suite("Context countries read the resolved Country")
struct ResolvedCountryTests {
    let rules = """
    phase reference
    rule congo_named {
      pattern: c:gaz:Country(id=CG) | c:gaz:Country(id=CD, form=name) | c:gaz:City(country=CG) | c:gaz:City(country=CD)
      mark CongoNamed { id: first(c.country, c.id) }
    }
    phase entities
    rule congo_brazzaville {
      group: Country
      priority: 1
      pattern: ("congolais" | "congolaise" | "Congolese")
      emit Country {
        ...require(contains(all_in_document("CongoNamed", "id"), "CG"))
        ...reject(contains(all_in_document("CongoNamed", "id"), "CD"))
        id: "CG"
      }
    }
    rule country {
      pattern: c:gaz:Country
      emit Country { id: c.id }
    }
    rule same_phase {
      pattern: "signé" | "signed"
      mark Raw { here: in_sentence("Country", "id") }
    }
    phase reading
    rule signed {
      pattern: "signé" | "signed"
      emit Signing {
        context: context_countries(),
        here: in_sentence("Country", "id"),
        document: all_in_document("Country", "id"),
        before: latest_before("Country", "id"),
        raw: in_sentence("Raw", "here")
      }
    }
    """

    let gazetteer = """
    type: Country
    entries:
      - id: CD
        name: Democratic Republic of the Congo
        names:
          en: [Democratic Republic of the Congo]
          fr: [République démocratique du Congo]
        demonyms:
          en: [Congolese]
          fr: [congolais, congolaise]
      - id: CG
        name: Republic of the Congo
        names:
          en: [Republic of the Congo]
          fr: [République du Congo]
      - id: GA
        name: Gabon
        names:
          en: [Gabon]
          fr: [Gabon]
        demonyms:
          fr: [gabonais]
      - id: AO
        name: Angola
        names:
          fr: [Angola]
        demonyms:
          fr: [angolais]
      - id: TD
        name: Chad
        names:
          en: [Chad]
      - id: CG-BRAZZAVILLE
        type: City
        name: Brazzaville
        names:
          any: [Brazzaville]
        attributes:
          country: CG
      - id: CD-KINSHASA
        type: City
        name: Kinshasa
        names:
          any: [Kinshasa]
        attributes:
          country: CD
    """

    func signing(_ text: String, _ language: Language) throws -> [String: FieldValue] {
        let compiled = try RulePack.build(rules: [("test.glean", rules)], gazetteers: [("gaz.yaml", gazetteer)])
        let facts = Extractor(pack: compiled).extract(Document(id: "doc", text: text, language: language)).facts
        let signing = try #require(facts.first { $0.type == "Signing" })
        return Dictionary(uniqueKeysWithValues: signing.fields.map { ($0.key, $0.value) })
    }

    func ids(_ value: FieldValue?) -> [String] {
        switch value {
        case .list(let items)?: return items.flatMap { ids($0) }
        case .string(let one)?: return [one]
        default: return []
        }
    }

    @Test func aBrazzavilleArticlesCongoleseIsTheRepublicOfTheCongo() throws {
        let fields = try signing("Brazzaville, le 4 mars. Le ministre congolais et son homologue gabonais ont signé un accord.", .fr)
        #expect(ids(fields["context"]) == ["CG", "GA"])
        #expect(ids(fields["here"]) == ["GA", "CG"])
        #expect(ids(fields["document"]) == ["CG", "GA"])
        #expect(ids(fields["before"]) == ["GA"])
        // In the phase of the Country rules none of their annotations is visible yet: the raw hit counts.
        #expect(ids(fields["raw"]) == ["GA", "CD"])
    }

    @Test func aBrazzavilleArticlesCongoleseCountsForTheDocumentsCountries() throws {
        // The sentence names no country: the document's two most named ones, « congolais » counted as CG.
        let fields = try signing("BRAZZAVILLE - The Congolese minister arrived. The Congolese delegation met Chad's envoy. It was signed.", .en)
        #expect(ids(fields["context"]) == ["CG", "TD"])
        #expect(ids(fields["document"]) == ["CG", "TD"])
    }

    @Test func aKinshasaArticlesCongoleseStaysTheDRC() throws {
        let fields = try signing("Kinshasa, le 4 mars. Le ministre congolais et son homologue angolais ont signé un accord.", .fr)
        #expect(ids(fields["context"]) == ["CD", "AO"])
        #expect(ids(fields["here"]) == ["AO", "CD"])
        #expect(ids(fields["document"]) == ["CD", "AO"])
    }
}
