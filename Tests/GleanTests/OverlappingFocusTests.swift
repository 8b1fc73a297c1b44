import Testing
@testable import Glean

/// `overlapping_focus(type, field)`: as `overlapping`, for the tokens of the rule's `focus:` capture instead of the
/// whole match (docs/rules.md, context functions). A rule whose match runs from the sentence start to its focus word
/// tells a clause around the word from one anywhere before it.
@Suite("overlapping_focus")
struct OverlappingFocusTests {
    let rules = """
    phase clauses
    rule question {
      pattern: "asked" "whether" !/^[,.]$/{1,12}
      mark Question { at: true }
    }
    phase words
    rule visit_word {
      pattern: ^ _{0,30} k:"visit"
      focus: k
      emit Visit { whole: overlapping("Question", "at"), own: overlapping_focus("Question", "at") }
    }
    rule travel_word {
      pattern: ^ _{0,30} k:"travel"
      focus: k
      emit Travel { whole: overlapping("Question", "at"), own: overlapping_focus("Question", "at") }
    }
    rule travel_kept {
      pattern: ^ _{0,30} k:"travel"
      focus: k
      emit Kept {
        ...reject(overlapping_focus("Question", "at"))
        at: true
      }
    }
    rule unfocused {
      pattern: ^ _{0,30} "travel"
      emit Unfocused { whole: overlapping("Question", "at"), own: overlapping_focus("Question", "at") }
    }
    """

    static func field(_ facts: [Fact], _ type: String, _ key: String) -> FieldValue? {
        facts.first { $0.type == type }?.fields.first { $0.key == key }?.value
    }

    @Test func testsTheFocusWordNotTheWholeMatch() throws {
        let facts = try extract(rules, "Asked whether he would visit Japan, the President said he would travel to Tokyo.")
        // The match of either word runs from the sentence start, over the question: `overlapping` finds it for both.
        #expect(Self.field(facts, "Visit", "whole") == .list([.bool(true)]))
        #expect(Self.field(facts, "Travel", "whole") == .list([.bool(true)]))
        // The focus: "visit" lies inside the question, "travel" after it.
        #expect(Self.field(facts, "Visit", "own") == .list([.bool(true)]))
        #expect(Self.field(facts, "Travel", "own") == nil)
        #expect(facts.contains { $0.type == "Kept" })
    }

    @Test func aRuleWithoutFocusTestsItsWholeMatch() throws {
        let facts = try extract(rules, "Asked whether he would visit Japan, the President said he would travel to Tokyo.")
        #expect(Self.field(facts, "Unfocused", "own") == .list([.bool(true)]))
        #expect(Self.field(facts, "Unfocused", "whole") == .list([.bool(true)]))
    }

    @Test func aWordInsideTheClauseIsRejected() throws {
        let facts = try extract(rules, "He was asked whether the President would travel to Tokyo.")
        #expect(!facts.contains { $0.type == "Kept" })
        #expect(Self.field(facts, "Travel", "own") == .list([.bool(true)]))
    }
}
