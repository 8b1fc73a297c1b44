import Foundation

/// What each rule cost during extraction, for `glean bench rules` and rule authors: how often it ran, where the
/// matcher started, how many matching steps it took, how many candidates and facts it made, and the time spent
/// matching and evaluating its fields. Set `Extractor.profile` to collect it (nil, the default, costs one check
/// per rule and document).
public final class RuleProfile {
    public struct Entry: Sendable {
        public var ruleID: String
        public var phase: Int
        /// Documents the rule was run on (its language and prefilters admitted the document).
        public var documents = 0
        /// Token positions the matcher was started at (regex rules: 0).
        public var starts = 0
        /// Backtracking steps of the token matcher.
        public var steps = 0
        public var candidates = 0
        /// Candidates that won conflict resolution and became annotations or facts.
        public var kept = 0
        public var matchNanoseconds: UInt64 = 0
        public var fieldNanoseconds: UInt64 = 0

        public var totalNanoseconds: UInt64 { matchNanoseconds + fieldNanoseconds }
    }

    /// By phase, then by the rule's position in its phase.
    public private(set) var entries: [[Entry]]

    public init(pack: RulePack) {
        entries = pack.phases.enumerated().map { phase, rules in rules.rules.map { Entry(ruleID: $0.id, phase: phase) } }
    }

    /// Every rule's entry, most expensive first.
    public var byCost: [Entry] {
        entries.flatMap { $0 }.sorted { $0.totalNanoseconds != $1.totalNanoseconds ? $0.totalNanoseconds > $1.totalNanoseconds : $0.ruleID < $1.ruleID }
    }

    func ran(phase: Int, rule: Int, starts: Int, steps: Int, candidates: Int, nanoseconds: UInt64) {
        entries[phase][rule].documents += 1
        entries[phase][rule].starts += starts
        entries[phase][rule].steps += steps
        entries[phase][rule].candidates += candidates
        entries[phase][rule].matchNanoseconds += nanoseconds
    }

    func evaluated(phase: Int, rule: Int, nanoseconds: UInt64) {
        entries[phase][rule].fieldNanoseconds += nanoseconds
    }

    func kept(phase: Int, rule: Int) {
        entries[phase][rule].kept += 1
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
