import Testing
@testable import Glean

/// A mark that wins the Country group on a country name (entity.reunion_meeting: « Réunion avec … » is no island)
/// vetoes that name for context_countries as it does for in_sentence("Country", …).
@Suite("Country vetoes in context lookups")
struct CountryVetoTests {
    let rules = """
    phase names
    rule country {
      pattern: c:gaz:Country
      emit Country { id: c.id }
    }
    rule japan_sea {
      group: Country
      priority: 1
      pattern: c:gaz:Country(id=JP) "Sea"
      focus: c
      mark NotCountry { }
    }
    phase reading
    rule signed {
      pattern: "signed"
      emit Signing { context: context_countries(), here: in_sentence("Country", "id") }
    }
    """

    @Test func sentenceCountriesPassOverAVetoedName() throws {
        let facts = try extract(rules, "Morocco signed an accord on the Japan Sea.", language: .en)
        let signing = try #require(facts.first { $0.type == "Signing" })
        #expect(signing.fields.first { $0.key == "here" }?.value == .list([.string("MA")]))
        #expect(signing.fields.first { $0.key == "context" }?.value == .list([.string("MA")]))
    }

    @Test func documentCountriesPassOverAVetoedName() throws {
        // The sentence names no country: the document's two most named ones, the vetoed name not counted (one is
        // left, too few: none). Counting the sea gave JP and MA.
        let facts = try extract(rules, "The Japan Sea and the Japan Sea were calm. Morocco agreed. It was signed.", language: .en)
        let signing = try #require(facts.first { $0.type == "Signing" })
        #expect(signing.fields.contains { $0.key == "context" } == false)
        let named = try extract(rules, "Japan and the Japan Sea. Morocco agreed. It was signed.", language: .en)
        #expect(named.first { $0.type == "Signing" }?.fields.first { $0.key == "context" }?.value == .list([.string("JP"), .string("MA")]))
    }

    @Test func anUnvetoedNameStillCounts() throws {
        let facts = try extract(rules, "Morocco signed an accord with Japan.", language: .en)
        let signing = try #require(facts.first { $0.type == "Signing" })
        #expect(signing.fields.first { $0.key == "context" }?.value == .list([.string("MA"), .string("JP")]))
    }
}
