import Foundation
import Testing
@testable import Glean

/// A subexpression a rule writes more than once is evaluated once per candidate (`FieldExpression.shared`), lazily, and
/// the facts are those of evaluating every place.
@Suite("Shared subexpressions of a rule's fields")
struct SharedSubexpressionTests {
    /// The rule's items with every `.shared` replaced by what it stands for: the evaluation before sharing.
    static func unshared(_ expression: FieldExpression) -> FieldExpression {
        if case .shared(_, let inner) = expression { return unshared(inner) }
        return expression.mapChildren(unshared)
    }

    static func unshare(_ compiled: RulePack) {
        for phase in compiled.phases {
            for rule in phase.rules {
                rule.fieldItems = rule.fieldItems.map { $0.with(unshared($0.expression)) }
                rule.sharedValueCount = 0
            }
        }
    }

    static func sharedPlaces(_ expression: FieldExpression) -> Int {
        var count = 0
        if case .shared = expression { count += 1 }
        return count + expression.children.reduce(0) { $0 + sharedPlaces($1) }
    }

    @Test func aLookupWrittenThreeTimesLooksOnce() throws {
        let rules = """
        phase p
        rule signed {
          pattern: c:gaz:Country _{0,4} "signed"
          emit Signing { all: in_sentence("Country", "id"), sorted: sorted(in_sentence("Country", "id")), other: without(in_sentence("Country", "id"), c.id) }
        }
        """
        let compiled = try pack(rules)
        let rule = try #require(compiled.phases.flatMap(\.rules).first { $0.id == "signed" })
        #expect(rule.sharedValueCount == 1)
        #expect(rule.fieldItems.reduce(0) { $0 + SharedSubexpressionTests.sharedPlaces($1.expression) } == 3)
        let extractor = Extractor(pack: compiled)
        let facts = extractor.extract(Document(id: "doc", text: "Morocco and Japan signed the text.", language: .en)).facts
        #expect(facts.count == 1)
        #expect(facts.first?.fields.first { $0.key == "all" }?.value == .list([.string("MA"), .string("JP")]))
        #expect(facts.first?.fields.first { $0.key == "sorted" }?.value == .list([.string("JP"), .string("MA")]))
        #expect(facts.first?.fields.first { $0.key == "other" }?.value == .list([.string("JP")]))
        // The two hits of the sentence, examined once (three times before).
        #expect(extractor.contextItemsExamined == 2)
        SharedSubexpressionTests.unshare(compiled)
        let again = Extractor(pack: compiled)
        #expect(again.extract(Document(id: "doc", text: "Morocco and Japan signed the text.", language: .en)).facts == facts)
        #expect(again.contextItemsExamined == 6)
    }

    /// A shared lookup behind a `when` that stops it, and behind a `first` that stops before it, is never made; it is
    /// made once where a field reaches it, and read at the places after.
    @Test func sharingKeepsEvaluationLazy() throws {
        let rules = """
        phase p
        rule signed {
          pattern: c:gaz:Country _{0,4} "signed"
          emit Signing { a: when(c.nothing, in_sentence("Country", "id")), b: first(c.id, in_sentence("Country", "id")) }
        }
        rule signed_late {
          pattern: c:gaz:Country _{0,4} "signed"
          emit SigningLate { a: when(c.nothing, in_sentence("Country", "id")), b: first(c.id, in_sentence("Country", "id")), z: unique(in_sentence("Country", "id")), y: in_sentence("Country", "id") }
        }
        """
        let compiled = try pack(rules)
        let extractor = Extractor(pack: compiled)
        let facts = extractor.extract(Document(id: "doc", text: "Morocco and Japan signed the text.", language: .en)).facts
        #expect(facts.count == 2)
        #expect(extractor.contextItemsExamined == 2)
        let late = try #require(facts.first { $0.type == "SigningLate" })
        #expect(late.fields.map(\.key) == ["b", "z", "y"])
        #expect(late.fields.first { $0.key == "y" }?.value == .list([.string("MA"), .string("JP")]))
    }

    /// Places that differ in scope, in first-or-all, in `outside:`, in a constant's type or in a capture's path are not
    /// one subexpression.
    @Test func onlyEqualSubexpressionsAreShared() throws {
        let rules = """
        phase p
        rule signed {
          pattern: c:gaz:Country _{0,4} "signed"
          emit Signing {
            a: in_sentence("Country", "id"), b: nearest_in_sentence("Country", "id"), c: all_in_document("Country", "id")
            d: in_sentence("Country", "id", outside: "Nothing"), e: prefer(c.id, "1"), f: prefer(c.id, 1), g: prefer(c.name, "1")
          }
        }
        """
        let compiled = try pack(rules)
        let rule = try #require(compiled.phases.flatMap(\.rules).first { $0.id == "signed" })
        #expect(rule.sharedValueCount == 0)
    }

    /// A rule's expression as text: kinds, functions, labels, constants, captures, lookups by number and shared slots.
    static func signature(_ expression: FieldExpression) -> String {
        let inner = expression.children.map(signature).joined(separator: ",")
        switch expression {
        case .capture(let slot, let path): return "c\(slot)\(path)"
        case .constant(let value): return "k\(value)"
        case .list: return "L(\(inner))"
        case .call(let function, let arguments): return "\(function.name)\(arguments.map(\.label))(\(inner))"
        case .firstNotNull: return "first(\(inner))"
        case .nullWithFirst(let function, let arguments, let first): return "\(function.name)/\(first)\(arguments.map(\.label))(\(inner))"
        case .conditional(_, _, let whenHolds): return "\(whenHolds ? "when" : "unless")(\(inner))"
        case .lookup(let call): return "lookup\(call.scope)/\(call.first)/\(call.key)/\(call.typeSlot)/\(call.outsideSlot)"
        case .shared(let slot, _): return "S\(slot)[\(inner)]"
        }
    }

    /// The pack shares a rule's subexpressions while it prepares the rule (on every core), before its lookups are
    /// numbered: the same shared places and slots as sharing the numbered items, rule by rule, on the shipped pack.
    @Test func sharingWhilePreparingEqualsSharingNumberedItems() throws {
        let compiled = try ScalingTests.shippedPack()
        var sharedRules = 0
        for rule in compiled.phases.flatMap(\.rules) {
            let numbered = rule.fieldItems.map { $0.with(SharedSubexpressionTests.unshared($0.expression)) }
            let after = FieldItem.shareRepeated(numbered)
            #expect(after.count == rule.sharedValueCount, "\(rule.id)")
            #expect(after.items.map { SharedSubexpressionTests.signature($0.expression) } == rule.fieldItems.map { SharedSubexpressionTests.signature($0.expression) },
                    "\(rule.id)")
            if rule.sharedValueCount > 0 { sharedRules += 1 }
        }
        #expect(sharedRules > 10)
    }

    /// A lookup call not yet numbered has the key of the lookup it becomes: two calls of one lookup are shared, and
    /// calls that differ in function (scope, first-or-all), type, field or `outside:` are not.
    @Test func lookupCallsAreKeyedAsTheirLookups() throws {
        func call(_ name: String, _ type: String, _ field: String, outside: String? = nil) -> FieldExpression {
            var arguments: [(label: String?, value: FieldExpression)] = [(nil, .constant(.string(type))), (nil, .constant(.string(field)))]
            if let outside { arguments.append((label: "outside", value: .constant(.string(outside)))) }
            return .call(NormalizerFunction.named(name)!, arguments: arguments)
        }
        let same = [call("in_sentence", "Country", "id", outside: "X"), call("in_sentence", "Country", "id", outside: "X")]
        #expect(FieldItem.shareRepeated(same.map { FieldItem.field("a", $0) }).count == 1)
        let different = [call("in_sentence", "Country", "id"), call("nearest_in_sentence", "Country", "id"), call("in_sentence", "Country", "name"),
                         call("in_sentence", "Official", "id"), call("in_sentence", "Country", "id", outside: "X"), call("all_in_document", "Country", "id")]
        #expect(FieldItem.shareRepeated(different.map { FieldItem.field("a", $0) }).count == 0)
        var keys: [[String?]: Int] = [:], types: [String: Int] = [:]
        let numbered = RulePack.numberLookups(same[0], keys: &keys, types: &types)
        #expect(numbered.sharingKey(children: []) == same[1].sharingKey(children: same[1].children.map { _ in 0 }))
    }

    /// The shipped pack's facts on the seed articles and the unit fixtures' texts are those of evaluating every place.
    @Test func shippedPackGivesTheSameFactsAsUnshared() throws {
        let shared = try ScalingTests.shippedPack()
        let unshared = try ScalingTests.shippedPack()
        SharedSubexpressionTests.unshare(unshared)
        #expect(shared.phases.flatMap(\.rules).contains { $0.sharedValueCount > 0 })
        let seeds = ScalingTests.root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        #expect(names.count >= 5)
        var compared = 0
        for name in names {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let document = Document(id: name, text: text)
            let left = Extractor(pack: shared).extract(document, includeMarks: true, includeReplaced: true)
            let right = Extractor(pack: unshared).extract(document, includeMarks: true, includeReplaced: true)
            #expect(left.facts == right.facts, "\(name)")
            compared += left.facts.count
        }
        #expect(compared > 100)
    }
}
