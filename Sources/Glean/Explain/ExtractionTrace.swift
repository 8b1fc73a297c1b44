/// What one extraction did, recorded through the extractor's hooks for `glean explain`: every candidate a rule
/// proposed and what became of it. Set `Extractor.trace` to a fresh trace before extracting one document.
public final class ExtractionTrace {
    public enum Outcome: Sendable, Equatable {
        case accepted
        /// The rule has `zone:` and the candidate is in another zone.
        case outsideZone(required: [Zone], actual: Zone)
        /// A spread normaliser rejected the match (31 February, an amount that is not a number).
        case rejectedByNormaliser
        /// An overlapping candidate of the same group won; `reason` says on which criterion.
        case lostConflict(winner: Int, reason: String)
        /// Another mention of the same thing took it in (`merge:`): its fields joined that fact.
        case merged
    }

    struct Record {
        var ruleIndex: Int
        var phase: Int
        var candidate: Candidate
        var outcome: Outcome
    }

    private(set) var analysis: DocumentAnalysis?
    private(set) var records: [Record] = []
    private(set) var annotations: [Annotation] = []

    public init() {}

    func begin(_ analysis: DocumentAnalysis) {
        self.analysis = analysis
        records.removeAll()
        annotations.removeAll()
    }

    func drop(_ candidate: Candidate, rule: CompiledRule, phase: Int, reason: Outcome) {
        records.append(Record(ruleIndex: rule.index, phase: phase, candidate: candidate, outcome: reason))
    }

    /// After conflict resolution in a phase: winners are accepted (or merged into another mention when `kept`
    /// lacks them), every other candidate lost to the first winner of its group that overlaps it.
    func resolved(_ candidates: [Candidate], winners: [Candidate], kept: [Candidate], rules: [CompiledRule], phase: Int) {
        func key(_ candidate: Candidate) -> [Int] { [candidate.rule, candidate.span.start, candidate.span.end] }
        let winnerKeys = Set(winners.map(key))
        let keptKeys = Set(kept.map(key))
        var recordOfWinner: [[Int]: Int] = [:]
        for winner in winners {
            recordOfWinner[key(winner)] = records.count
            records.append(Record(ruleIndex: rules[winner.rule].index, phase: phase, candidate: winner, outcome: keptKeys.contains(key(winner)) ? .accepted : .merged))
        }
        for candidate in candidates where !winnerKeys.contains(key(candidate)) {
            let rule = rules[candidate.rule]
            let blocker = winners.first { winner in
                rules[winner.rule].group == rule.group && winner.span.start < candidate.span.end && candidate.span.start < winner.span.end
            }
            // Same rule, same span (a focus capture): the duplicate simply collapses into the winner.
            guard let blocker else { continue }
            let reason = ExtractionTrace.whyWins(blocker, over: candidate, rules: rules)
            records.append(Record(ruleIndex: rule.index, phase: phase, candidate: candidate,
                                  outcome: .lostConflict(winner: recordOfWinner[key(blocker)]!, reason: reason)))
        }
    }

    func finish(_ annotations: [Annotation]) {
        self.annotations = annotations
    }

    /// The criterion of `Extractor.resolveConflicts` that decided between two candidates.
    static func whyWins(_ winner: Candidate, over loser: Candidate, rules: [CompiledRule]) -> String {
        let w = rules[winner.rule], l = rules[loser.rule]
        if w.priority != l.priority { return "higher priority (\(w.priority) > \(l.priority))" }
        if winner.span.length != loser.span.length { return "longer match (\(winner.span.length) bytes > \(loser.span.length))" }
        if winner.span.start != loser.span.start { return "same length, starts earlier" }
        if w.index != l.index { return "same priority and span, written earlier in the rules" }
        return "same rule, an overlapping match found first"
    }
}
