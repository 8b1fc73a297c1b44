import Foundation
import Testing
@testable import Glean

/// The rule loop visits only the rules `RuleActivation` marks: they must be exactly the rules the per-rule gate tests
/// pass, phase by phase, whatever the document holds and whatever annotation types the phases emit.
@Suite("Rule activation")
struct RuleActivationTests {
    /// Random documents (words, gazetteer types and, phase by phase, annotation types present or not) on the shipped
    /// pack: in every phase, the marked rules that take the language are those `passes` admits, in rule order.
    @Test func markedRulesAreThoseThePerRuleTestsPass() throws {
        let pack = try RulePack.load(rulesDirectory: PackLoadingTests.root.appendingPathComponent("Rules").path,
                                     gazetteerDirectory: PackLoadingTests.root.appendingPathComponent("Gazetteers").path)
        let activation = pack.activation
        let elements = pack.prefilterElements
        #expect(activation.phaseOffsets.last! == pack.phases.reduce(0) { $0 + $1.rules.count })
        var generator = SystemRandomNumberGenerator()
        var state = RuleActivation.State()
        var visitedTotal = 0, passedTotal = 0
        for round in 0..<60 {
            // Sparse to dense documents: each word and type present with this probability.
            let density = Double(round % 6 + 1) / 7
            var words = Set<Int32>()
            for id in activation.triggerWords where Double.random(in: 0..<1, using: &generator) < density { words.insert(id) }
            for id in activation.requiredIDs where Double.random(in: 0..<1, using: &generator) < density { words.insert(id) }
            var present = [Bool](repeating: false, count: elements.count)
            for slot in elements.indices {
                switch elements[slot] {
                case .token(let id):
                    if Double.random(in: 0..<1, using: &generator) < density { words.insert(id) }
                    present[slot] = words.contains(id)
                case .gazetteer: present[slot] = Double.random(in: 0..<1, using: &generator) < density
                case .annotation: break
                }
            }
            let contains: (Int32) -> Bool = { words.contains($0) }
            let language = [Language.en, .fr, .unknown][round % 3]
            activation.begin(&state, present: present, contains: contains)
            for phase in pack.phases.indices {
                var marked: [Int] = []
                activation.forEachActive(in: phase, state: state) { number in
                    if activation.takes(number, language: language) { marked.append(number) }
                }
                let expected = present.withUnsafeBufferPointer { present in
                    (activation.phaseOffsets[phase]..<activation.phaseOffsets[phase + 1]).filter {
                        activation.passes($0, language: language, present: present, contains: contains)
                    }
                }
                #expect(marked == expected, "round \(round), phase \(phase)")
                visitedTotal += pack.phases[phase].rules.count
                passedTotal += expected.count
                // The phase emits some annotation types: later phases see them.
                for slot in elements.indices where !present[slot] {
                    if case .annotation = elements[slot], Double.random(in: 0..<1, using: &generator) < density / 3 {
                        present[slot] = true
                        activation.add(element: slot, to: &state)
                    }
                }
            }
        }
        // Not a vacuous test: some rules pass, some do not.
        #expect(passedTotal > 0 && passedTotal < visitedTotal)
    }

    /// A rule's gates read from the flat arrays are its own: languages, `requiredAnyOf`, prefilter and requirement clauses.
    @Test func flatGatesAreTheRulesGates() throws {
        let pack = try RulePack.load(rulesDirectory: PackLoadingTests.root.appendingPathComponent("Rules").path,
                                     gazetteerDirectory: PackLoadingTests.root.appendingPathComponent("Gazetteers").path)
        let activation = pack.activation
        var number = 0
        for phase in pack.phases {
            for rule in phase.rules {
                #expect(Array(activation.requiredIDs[Int(activation.requiredStarts[number])..<Int(activation.requiredStarts[number + 1])]) == rule.requiredAnyOf)
                let clauses = (Int(activation.ruleClauseStarts[number])..<Int(activation.ruleClauseStarts[number + 1])).map { clause in
                    activation.clauseElements[Int(activation.clauseStarts[clause])..<Int(activation.clauseStarts[clause + 1])].map(Int.init)
                }
                #expect(clauses == rule.prefilterSlots + rule.requirementSlots)
                for language in Language.allCases {
                    let old = rule.languages.isEmpty || language == .unknown || rule.languages.contains(language)
                    #expect(activation.takes(number, language: language) == old)
                }
                #expect((activation.gateKinds[number] != RuleActivation.gateNone) == (rule.regexGate != nil))
                #expect(activation.gateRegexes[number] === rule.regexGate?.regex)
                #expect(Int(activation.gateReaches[number]) == (rule.regexGate?.reach ?? 0))
                if let gate = rule.regexGate { #expect(Int(activation.gateSlots[number]) == gate.slot) }
                number += 1
            }
        }
    }
}
