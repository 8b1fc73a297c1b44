/// What a set of fixtures leaves untested (`glean test --coverage`): rules that fired on no fixture (neither a
/// fact nor a mark), and expected facts that no rule produced.
public struct CoverageReport: Sendable {
    public var unexercisedRules: [CompiledRule]
    /// Location in the fixture file and a description of each expected fact left missing.
    public var unproducedFacts: [(location: SourceLocation, description: String)]

    public init(_ result: FixtureSuiteResult, pack: RulePack) {
        var fired = Set<String>()
        for outcome in result.outcomes { for fact in outcome.produced { fired.insert(fact.rule) } }
        unexercisedRules = pack.rules.filter { !fired.contains($0.id) }
        unproducedFacts = []
        for outcome in result.outcomes {
            for (index, expected) in outcome.fixture.facts.enumerated() where outcome.verdicts[index] == .missing {
                let text = expected.text.map { " \"\(FixtureMatcher.collapseSpaces($0))\"" } ?? ""
                unproducedFacts.append((expected.location, expected.type + text + (expected.rule.map { " (rule \($0))" } ?? "")))
            }
        }
    }
}
