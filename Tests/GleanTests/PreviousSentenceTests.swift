import Testing
@testable import Glean

@Suite("in_previous_sentence")
struct PreviousSentenceTests {
    let rules = """
    rule signed {
      pattern: "signed"
      emit Signing { here: in_sentence("Country", "id"), before: in_previous_sentence("Country", "id") }
    }
    """

    @Test func readsTheSentenceBeforeTheMatch() throws {
        let facts = try extract(rules, "Morocco and Japan held talks in Tokyo. The two countries signed a memorandum.")
        let fields = try #require(facts.first).fields
        #expect(fields.first { $0.key == "before" }?.value == .list([.string("JP"), .string("MA")]))
        #expect(fields.contains { $0.key == "here" } == false)
    }

    @Test func onlyTheSentenceRightBefore() throws {
        // Two sentences back is too far, and the first sentence has none before it.
        let far = try extract(rules, "Morocco and Japan held talks. The talks went well. The two sides signed a memorandum.")
        #expect(far.first?.fields.contains { $0.key == "before" } == false)
        let first = try extract(rules, "Morocco signed a memorandum. Japan agreed.")
        #expect(first.first?.fields.contains { $0.key == "before" } == false)
    }
}
