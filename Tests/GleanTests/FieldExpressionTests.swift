import Testing
@testable import Glean

/// Field expressions evaluated lazily (`FieldExpression`) must give the values the eager calls gave.
@Suite("Field expressions")
struct FieldExpressionTests {
    /// Values of every shape a later argument may have.
    static let others: [FieldValue] = [.null, .string("x"), .string("id"), .number(2), .int(0), .bool(true),
                                       .list([.string("x"), .string("y")]), .object([FieldEntry("name", .string("x")), FieldEntry("id", .string("y"))]),
                                       .list([.object([FieldEntry("name", .string("x")), FieldEntry("id", .string("y"))])])]

    /// The functions whose later arguments are skipped when the first is null do return null then, whatever the
    /// others are: were one changed to return something else, skipping would change a value.
    @Test(arguments: Array(FieldExpression.nullWithFirst))
    func nullWithFirstFunctionsAreNullWhenTheFirstArgumentIs(name: String) throws {
        let function = try #require(NormalizerFunction.named(name))
        let context = EvaluationContext(language: .en)
        for count in function.positional where count >= 1 && count <= 4 {
            for other in FieldExpressionTests.others {
                for varied in 1..<max(2, count) {
                    var arguments: NormalizerFunction.Arguments = [(nil, .null)]
                    for position in 1..<count { arguments.append((nil, position == varied ? other : .string("id"))) }
                    #expect(function.evaluate(arguments, context).isNull, "\(name)\(arguments.map(\.value))")
                }
            }
        }
    }

    /// `...require(x)` drops the match when `x` is null, `false` or `[]`, the values `...reject(x)` lets pass:
    /// `...require(contains(…))` reads as written (a `false` used to count as a value and keep the match).
    @Test func requireFailsOnFalseAndEmptyAsOnNull() throws {
        let rules = """
        rule kept {
          pattern: "hello"
          emit Kept { ...require(contains(["a", "b"], "b")) }
        }
        rule dropped_false {
          pattern: "hello"
          emit DroppedFalse { ...require(contains(["a"], "b")) }
        }
        rule dropped_null {
          pattern: "hello"
          emit DroppedNull { ...require(in_sentence("Nothing", "id")) }
        }
        """
        let types = Set(try extract(rules, "hello world", language: .en).map(\.type))
        #expect(types == ["Kept"], "\(types)")
    }

    @Test func firstStopsAtItsFirstValue() throws {
        let rules = """
        phase p
        rule signed {
          pattern: c:gaz:Country _{0,4} "signed"
          emit Signing { country: first(c.id, in_sentence("Country", "id")), all: first(c.nothing, in_sentence("Country", "id")) }
        }
        """
        let compiled = try pack(rules)
        let extractor = Extractor(pack: compiled)
        let facts = extractor.extract(Document(id: "doc", text: "Morocco and Japan signed the text.", language: .en)).facts
        #expect(facts.count == 1)
        #expect(facts.first?.fields.first { $0.key == "country" }?.value == .string("MA"))
        #expect(facts.first?.fields.first { $0.key == "all" }?.value == .list([.string("MA"), .string("JP")]))
        // Only the second field looked around the match: two hits of the sentence, once.
        #expect(extractor.contextItemsExamined == 2)
    }

    @Test func withoutSkipsItsOtherArgumentsWhenTheFirstIsNull() throws {
        let rules = """
        phase p
        rule signed {
          pattern: c:gaz:Country _{0,4} "signed"
          emit Signing { others: without(c.nothing, in_sentence("Country", "id")), kept: without(in_sentence("Country", "id"), c.id) }
        }
        """
        let compiled = try pack(rules)
        let extractor = Extractor(pack: compiled)
        let facts = extractor.extract(Document(id: "doc", text: "Morocco and Japan signed the text.", language: .en)).facts
        #expect(facts.first?.fields.first { $0.key == "others" } == nil)
        #expect(facts.first?.fields.first { $0.key == "kept" }?.value == .list([.string("JP")]))
        #expect(extractor.contextItemsExamined == 2)
    }
}
