import Foundation
import Testing
@testable import Glean

/// A list lookup read only for its truth (`ContextLookupCall.existsOnly`: the argument of `require`/`reject`, a
/// `when`/`unless` condition, under `first(…)` there) stops at its first value; the facts are those of the full lookup.
@Suite("Lookups read for their truth only")
struct ExistsOnlyLookupTests {
    /// The pack's lookups, with whether each is read for its truth only, in the order written.
    static func lookups(_ expression: FieldExpression) -> [(type: String, scope: ContextScope, existsOnly: Bool)] {
        if case .lookup(let call) = expression { return [(call.type, call.scope, call.existsOnly)] }
        return expression.children.flatMap(lookups)
    }

    /// The same expression with every lookup read whole: the evaluation before this change.
    static func whole(_ expression: FieldExpression) -> FieldExpression {
        if case .lookup(let call) = expression {
            return .lookup(ContextLookupCall(scope: call.scope, first: call.first, type: call.type, field: call.field, outside: call.outside,
                                             key: call.key, typeSlot: call.typeSlot, outsideSlot: call.outsideSlot))
        }
        return expression.mapChildren(whole)
    }

    static let rules = """
    phase a
    rule nation {
      pattern: c:gaz:Country
      mark Nation { id: c.id }
    }
    phase p
    rule signed {
      pattern: c:gaz:Country _{0,6} "signed"
      emit Signing {
        ...require(in_sentence("Nation", "id"))
        ...reject(first(overlapping("Month", "number"), in_previous_sentence("Country", "name")))
        ...require(nearest_in_sentence("Country", "name"))
        ...require(all_in_document("Country", "name"))
        ...reject(contains(in_sentence("Month", "number"), 5))
        when_any: when(in_sentence("Month", "name"), "dated")
        held: unless(overlapping("Country", "name"), first(c.id, in_sentence("Country", "name", outside: "Month")))
        all: in_sentence("Country", "name", outside: "Signing")
      }
    }
    """

    @Test func onlyTruthPlacesAreMarked() throws {
        let compiled = try pack(ExistsOnlyLookupTests.rules)
        let rule = try #require(compiled.phases.flatMap(\.rules).first { $0.id == "signed" })
        let found = rule.fieldItems.flatMap { ExistsOnlyLookupTests.lookups($0.expression) }
        let marked = found.map { "\($0.type) \($0.scope) \($0.existsOnly)" }
        #expect(marked == [
            "Nation sentence true",           // require(in_sentence)
            "Month match true",               // reject(first(overlapping, …))
            "Country previousSentence true",  // … in_previous_sentence
            "Country sentence false",         // nearest_in_sentence: its first value's truth, not whether one exists
            "Country document false",         // all_in_document: the phase's list, shared with full calls
            "Month sentence false",           // contains(…) reads the values
            "Month sentence true",            // a when condition
            "Country match true",             // an unless condition
            "Country sentence false",         // first(…) in a field's value
            "Country sentence false",         // a field's value
        ])
    }

    @Test func factsAreThoseOfTheWholeLookups() throws {
        let texts = [
            "Morocco, Japan and Morocco signed the text in May.",
            "Japan met Morocco. Morocco and Japan then signed the text.",
            "Japan signed.",
            "In May, Morocco and Japan signed it.",
        ]
        let compiled = try pack(ExistsOnlyLookupTests.rules)
        let extractor = Extractor(pack: compiled)
        let facts = texts.map { extractor.extract(Document(id: "doc", text: $0, language: .en)).facts }
        #expect(facts.contains { !$0.isEmpty })
        let examined = extractor.contextItemsExamined
        for phase in compiled.phases {
            for rule in phase.rules { rule.fieldItems = rule.fieldItems.map { $0.with(ExistsOnlyLookupTests.whole($0.expression)) } }
        }
        let again = Extractor(pack: compiled)
        #expect(texts.map { again.extract(Document(id: "doc", text: $0, language: .en)).facts } == facts)
        // The require of the first sentence stops at its first Nation mark of three (the hits of a gazetteer type in the
        // range are counted before they are read, so the counter shows the annotations' side).
        #expect(examined < again.contextItemsExamined)
    }
}
