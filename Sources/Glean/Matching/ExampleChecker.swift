/// Runs the examples written inside rules (`example: "…" => Type { field: value }`, `counterexample: "…"`)
/// through the whole pack and reports each one that fails at the example's own line.
public struct ExampleChecker {
    public let pack: RulePack

    public init(pack: RulePack) { self.pack = pack }

    public var exampleCount: Int { pack.rules.reduce(0) { $0 + $1.examples.count } }

    public func failures() -> [Diagnostic] {
        let extractor = Extractor(pack: pack)
        var failures: [Diagnostic] = []
        for rule in pack.rules {
            for example in rule.examples {
                // A one-line example is too short to detect its language reliably: try the rule's languages
                // (every language when it has no scope). An example passes when it works in one of them; a
                // counterexample must hold in all of them. `example(fr):` names the one language to use.
                let languages = example.language.map { [$0] } ?? (rule.languages.isEmpty ? [Language.en, .fr] : rule.languages)
                var firstProblem: String? = nil
                for language in languages {
                    let facts = extractor.extract(Document(id: "example", text: example.text, language: language), includeMarks: true, includeReplaced: true).facts
                    let problem = problem(with: example, rule: rule, produced: facts.filter { $0.rule == rule.id })
                    if example.isPositive {
                        if problem == nil { firstProblem = nil; break }
                        if firstProblem == nil { firstProblem = problem }
                    } else if let problem {
                        firstProblem = problem
                        break
                    }
                }
                if let message = firstProblem {
                    failures.append(Diagnostic(.error, "example of rule '\(rule.id)' fails: \(message)", code: "example", at: example.location, sourceLine: example.sourceLine))
                }
            }
        }
        return failures
    }

    private func problem(with example: CompiledExample, rule: CompiledRule, produced: [Fact]) -> String? {
        let describe = { (facts: [Fact]) in
            facts.isEmpty ? "it emitted nothing" : "it emitted " + facts.map { "\($0.type) \(FieldValue.object($0.fields)) on \"\($0.text)\"" }.joined(separator: "; ")
        }
        guard example.isPositive else {
            return produced.isEmpty ? nil : "the rule must not fire here, but \(describe(produced))"
        }
        let expectedType = example.expectedType ?? rule.emitType
        let matching = produced.filter { fact in
            fact.type == expectedType && example.expectedFields.allSatisfy { expected in
                guard let actual = fact.field(expected.key) else { return expected.value.isNull }
                return ExampleChecker.same(actual, expected.value)
            }
        }
        if !matching.isEmpty { return nil }
        let wanted = example.expectedFields.isEmpty ? expectedType : "\(expectedType) \(FieldValue.object(example.expectedFields))"
        return "expected \(wanted), but \(describe(produced))"
    }

    /// Numbers compare by value (70 == 70.0); lists element by element.
    static func same(_ a: FieldValue, _ b: FieldValue) -> Bool {
        if let x = a.doubleValue, let y = b.doubleValue, !(a.isString || b.isString) { return x == y }
        if case .list(let left) = a, case .list(let right) = b {
            return left.count == right.count && zip(left, right).allSatisfy { same($0, $1) }
        }
        return a == b
    }
}

extension FieldValue {
    var isString: Bool { if case .string = self { true } else { false } }
}
