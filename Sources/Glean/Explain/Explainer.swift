/// Builds an `Explanation` of one document: extracts it with a trace, then describes the trace in terms of the
/// document's lines and the rules' source.
public struct Explainer {
    public let pack: RulePack

    public init(pack: RulePack) { self.pack = pack }

    /// - Parameters:
    ///   - ruleID: explain this rule only, and say where it came closest to matching when it did not fire.
    ///   - type: explain only the rules that emit or mark this type, and its facts.
    public func explain(_ document: Document, ruleID: String? = nil, type: String? = nil) throws(ExplainError) -> Explanation {
        let rules = pack.rules
        // `CompiledRule.index` is the order rules were written in, not their position in `pack.rules`.
        var ruleWithIndex: [Int: CompiledRule] = [:]
        for rule in rules { ruleWithIndex[rule.index] = rule }
        if let ruleID, !rules.contains(where: { $0.id == ruleID }) {
            throw ExplainError("no rule has the id '\(ruleID)'\(closest(ruleID, rules.map(\.id)))")
        }
        if let type, !rules.contains(where: { $0.emitType == type }) {
            throw ExplainError("no rule emits or marks the type '\(type)'\(closest(type, Array(Set(rules.map(\.emitType)))))")
        }
        let extractor = Extractor(pack: pack)
        let trace = ExtractionTrace()
        extractor.trace = trace
        let result = extractor.extract(document, includeMarks: true)
        guard let analysis = trace.analysis else { throw ExplainError("extraction recorded nothing") }

        let original = analysis.prepared.original
        let source = SourceFile(path: document.id, bytes: original)
        func location(ofNormalized span: ByteSpan) -> SourceLocation {
            source.location(ofByte: analysis.prepared.originalSpan(ofNormalized: span).start)
        }
        func selected(_ rule: CompiledRule) -> Bool {
            (ruleID == nil || rule.id == ruleID) && (type == nil || rule.emitType == type)
        }

        // Tokens and sentences.
        var sentences: [Explanation.Sentence] = []
        for range in analysis.sentences where !range.isEmpty {
            let span = analysis.byteSpan(tokens: range)
            let tokens = range.map { index -> (text: String, kind: String) in
                let token = analysis.tokens[index]
                return (analysis.originalText(token.span), Explainer.kindName(token.kind))
            }
            sentences.append(Explanation.Sentence(location: location(ofNormalized: span), text: analysis.originalText(span), tokens: tokens))
        }

        // Gazetteer hits.
        var hits: [Explanation.Hit] = []
        for hit in analysis.hits {
            let entry = pack.gazetteer.entries[Int(hit.entry)]
            if let type, entry.type != type { continue }
            let span = analysis.byteSpan(tokens: Int(hit.startToken)..<Int(hit.endToken))
            hits.append(Explanation.Hit(location: location(ofNormalized: span), text: analysis.originalText(span), type: entry.type, entryID: entry.id,
                                        form: pack.gazetteer.forms[Int(hit.form)].kind.rawValue, entryLocation: entry.location))
        }

        // Matches per phase, in text order.
        var phases: [Explanation.Phase] = pack.phases.map { Explanation.Phase(name: $0.name, matches: []) }
        let records = trace.records
        for record in records {
            let rule = ruleWithIndex[record.ruleIndex]!
            guard selected(rule) else { continue }
            let outcome: String
            switch record.outcome {
            case .accepted: outcome = rule.emitsFact ? "accepted: \(rule.emitType) fact" : "accepted: marks \(rule.emitType)"
            case .outsideZone(let zones, let actual):
                outcome = "dropped: the rule is for the \(zones.map(\.rawValue).joined(separator: ", ")) zone\(zones.count == 1 ? "" : "s"), this is in the \(actual.rawValue) zone"
            case .rejectedByNormaliser: outcome = "dropped: a normaliser in emit rejected the values (see the rule's fields)"
            case .merged: outcome = "merged: another mention of the same \(rule.emitType) took in its fields (the rule's merge: setting)"
            case .lostConflict(let winner, let reason):
                let winning = records[winner]
                let winnerRule = ruleWithIndex[winning.ruleIndex]!
                outcome = "dropped: lost to \(winnerRule.id) on \"\(analysis.originalText(winning.candidate.span))\" at \(location(ofNormalized: winning.candidate.span).shortDescription): \(reason)"
            }
            let match = Explanation.Match(ruleID: rule.id, ruleLocation: rule.location, emitType: rule.emitType, isFact: rule.emitsFact,
                                          location: location(ofNormalized: record.candidate.span), text: analysis.originalText(record.candidate.span),
                                          outcome: outcome, accepted: record.outcome == .accepted, fields: record.candidate.fields)
            phases[record.phase].matches.append(match)
        }
        for index in phases.indices {
            phases[index].matches.sort { ($0.location.line, $0.location.column, $0.ruleID) < ($1.location.line, $1.location.column, $1.ruleID) }
        }

        // Facts, with the source of each field.
        var acceptedRecord: [String: Int] = [:]
        for (index, record) in records.enumerated() where record.outcome == .accepted {
            acceptedRecord["\(record.ruleIndex):\(record.candidate.span.start):\(record.candidate.span.end)"] = index
        }
        var facts: [Explanation.ExplainedFact] = []
        for annotation in trace.annotations where annotation.isFact {
            let rule = ruleWithIndex[annotation.rule]!
            guard selected(rule) || (ruleID == nil && type != nil && annotation.type == type) else { continue }
            let originalSpan = analysis.prepared.originalSpan(ofNormalized: annotation.span)
            guard let fact = result.facts.first(where: { $0.rule == rule.id && $0.byteSpan == originalSpan }) else { continue }
            let candidate = acceptedRecord["\(annotation.rule):\(annotation.span.start):\(annotation.span.end)"].map { records[$0].candidate }
            let sources = fieldSources(rule, candidate: candidate, fields: annotation.fields, analysis: analysis, annotations: trace.annotations)
            facts.append(Explanation.ExplainedFact(fact: fact, location: location(ofNormalized: annotation.span), phase: pack.phases[annotation.phase].name,
                                                   ruleLocation: rule.location, fields: sources))
        }

        facts.sort { ($0.fact.span.start, $0.fact.span.end) < ($1.fact.span.start, $1.fact.span.end) }

        var diagnosis: [String]? = nil
        if let ruleID, let rule = rules.first(where: { $0.id == ruleID }) {
            diagnosis = diagnose(rule, analysis: analysis, trace: trace, location: location(ofNormalized:))
        }
        return Explanation(document: document.id, language: analysis.language, referenceDate: result.referenceDate,
                           text: String(decoding: original, as: UTF8.self), sentences: sentences, hits: hits,
                           phases: phases.filter { !$0.matches.isEmpty || ruleID == nil && type == nil }, facts: facts,
                           warnings: result.warnings, ruleDiagnosis: diagnosis)
    }

    // MARK: Field sources

    private func fieldSources(_ rule: CompiledRule, candidate: Candidate?, fields: [FieldEntry], analysis: DocumentAnalysis, annotations: [Annotation]) -> [Explanation.FieldSource] {
        var sourceOfKey: [String: String] = [:]
        for item in rule.emitItems {
            switch item {
            case .field(let name, let expression):
                sourceOfKey[name] = describe(expression, rule: rule, candidate: candidate, analysis: analysis, annotations: annotations)
            case .spread(let expression):
                let description = "from " + describe(expression, rule: rule, candidate: candidate, analysis: analysis, annotations: annotations)
                for field in fields where sourceOfKey[field.key] == nil { sourceOfKey[field.key] = description }
            }
        }
        return fields.map { Explanation.FieldSource(key: $0.key, value: $0.value, source: sourceOfKey[$0.key] ?? "rule \(rule.id)") }
    }

    /// `p.role ← "Nasser Bourita" = gazetteer Official …` for a capture; for a call, the call in the rule's
    /// notation followed by what each capture in it bound (once per capture).
    private func describe(_ expression: CompiledExpression, rule: CompiledRule, candidate: Candidate?, analysis: DocumentAnalysis, annotations: [Annotation]) -> String {
        var bound: [String] = []
        let notation = notationOf(expression, rule: rule, candidate: candidate, analysis: analysis, annotations: annotations, bound: &bound)
        if case .capture = expression { return bound.first.map { notation + " ← " + $0.drop { $0 != "←" }.dropFirst(2) } ?? notation }
        return bound.isEmpty ? notation : notation + " with " + bound.joined(separator: ", ")
    }

    private func notationOf(_ expression: CompiledExpression, rule: CompiledRule, candidate: Candidate?, analysis: DocumentAnalysis, annotations: [Annotation], bound: inout [String]) -> String {
        switch expression {
        case .constant(let value):
            return value.description
        case .list(let items):
            return "[" + items.map { notationOf($0, rule: rule, candidate: candidate, analysis: analysis, annotations: annotations, bound: &bound) }.joined(separator: ", ") + "]"
        case .call(let function, let arguments, _):
            let inner = arguments.map { argument in
                (argument.label.map { $0 + ": " } ?? "") + notationOf(argument.value, rule: rule, candidate: candidate, analysis: analysis, annotations: annotations, bound: &bound)
            }
            return "\(function.name)(\(inner.joined(separator: ", ")))"
        case .capture(let slot, let path, _):
            let name = slot < rule.captureNames.count ? rule.captureNames[slot] : "capture \(slot)"
            let reference = ([name] + path).joined(separator: ".")
            guard let candidate else { return reference }
            let targets = candidate.bindings.filter { $0.slot == slot }.map { binding -> String in
                let text = analysis.originalText(binding.span)
                switch binding.target {
                case .span: return "\"\(text)\""
                case .hit(let index):
                    let entry = pack.gazetteer.entries[Int(analysis.hits[Int(index)].entry)]
                    return "\"\(text)\" = gazetteer \(entry.type) \(entry.id) (\(entry.location.shortFileDescription))"
                case .annotation(let index):
                    let annotation = annotations[index]
                    return "\"\(text)\" = \(annotation.type) by \(annotation.ruleID)"
                }
            }
            let binding = name + " ← " + (targets.isEmpty ? "nothing" : targets.joined(separator: ", "))
            if !bound.contains(binding) { bound.append(binding) }
            return reference
        }
    }

    // MARK: One rule

    /// What a rule did here: not run (language, missing words), its candidates and their fate, or — when it matched
    /// nowhere — the start from which it got furthest and the elements that failed there.
    private func diagnose(_ rule: CompiledRule, analysis: DocumentAnalysis, trace: ExtractionTrace, location: (ByteSpan) -> SourceLocation) -> [String] {
        var lines = ["rule \(rule.id) (\(rule.location)), phase \(pack.phases[rule.phase].name), \(rule.emitsFact ? "emits" : "marks") \(rule.emitType)"]
        if !rule.languages.isEmpty && analysis.language != .unknown && !rule.languages.contains(analysis.language) {
            lines.append("not run: the rule is for \(rule.languages.map(\.rawValue).joined(separator: ", ")) and the document is \(analysis.language.rawValue)")
            return lines
        }
        if !rule.requiredAnyOf.isEmpty && !rule.requiredAnyOf.contains(where: analysis.contains(vocabularyID:)) {
            let words = rule.requiredAnyOf.compactMap { pack.vocabulary.string(of: $0) }.map { "\"\($0)\"" }
            lines.append("not run: the pattern needs one of the words \(words.joined(separator: ", ")), and none occurs in the document")
        }
        let records = trace.records.filter { $0.ruleIndex == rule.index }
        if !records.isEmpty {
            let accepted = records.filter { $0.outcome == .accepted }.count
            lines.append("matched \(records.count) time\(records.count == 1 ? "" : "s"); \(accepted) kept, \(records.count - accepted) dropped (see the phase above)")
            return lines
        }
        switch rule.body {
        case .regex(let regex, _):
            lines.append("the regex /\(regex.pattern)/ matches nowhere in the (normalised) text")
        case .tokens(_, let program):
            lines += closestMatch(rule, program: program, analysis: analysis, trace: trace, location: location)
        }
        return lines
    }

    private func closestMatch(_ rule: CompiledRule, program: TokenProgram, analysis: DocumentAnalysis, trace: ExtractionTrace, location: (ByteSpan) -> SourceLocation) -> [String] {
        guard !analysis.tokens.isEmpty else { return ["the document has no tokens"] }
        // The annotations the rule saw: those of earlier phases (annotations are appended phase by phase).
        let visible = Array(trace.annotations.prefix { $0.phase < rule.phase })
        var matcher = TokenPatternMatcher(analysis: analysis, pack: pack, annotations: visible, scratch: RegexMatchScratch())
        matcher.tracesFailures = true
        var best: (start: Int, position: Int, instructions: [Int])? = nil
        for start in 0..<analysis.tokens.count {
            matcher.resetBudget(200_000)
            matcher.furthestFailure = (-1, [])
            if matcher.longestMatch(program, from: start) != nil {
                return ["the pattern matches at \(location(analysis.tokens[start].span).shortDescription), but no candidate was kept: check zone, require and the emit block"]
            }
            let reached = matcher.furthestFailure
            guard reached.position >= start else { continue }
            if best == nil || reached.position - start > best!.position - best!.start { best = (start, reached.position, reached.instructions) }
        }
        guard let best else { return ["the pattern matches nowhere"] }
        // A set of words (`("de" | "of")`, one instruction) is listed word by word, as the alternatives it was written as.
        let expected = best.instructions.flatMap { pc -> [String] in
            if case .tokenIDIn(let start, let count) = program.instructions[pc] {
                return program.tokenIDSets[Int(start)..<Int(start + count)].map { describe(.folded($0)) }
            }
            return [describe(instruction: pc, program)]
        }
        let wanted = expected.count == 1 ? expected[0] : "one of " + expected.joined(separator: ", ")
        let sentenceEnd = analysis.sentences[Int(analysis.sentenceOfToken[best.start])].upperBound
        var lines: [String] = []
        if best.position == best.start {
            lines.append("no match anywhere: the first element \(wanted) matches no token of the document")
            return lines
        }
        let matched = analysis.originalText(analysis.byteSpan(tokens: best.start..<best.position))
        lines.append("closest: from \(location(analysis.tokens[best.start].span).shortDescription) the pattern matched \"\(matched)\"")
        if best.position >= sentenceEnd {
            lines.append("then the sentence ended, where the pattern still needed \(wanted) (matches do not cross sentences)")
        } else {
            let token = analysis.tokens[best.position]
            lines.append("then failed at \"\(analysis.originalText(token.span))\" (\(location(token.span).shortDescription)): the pattern needed \(wanted)")
        }
        return lines
    }

    /// A pattern element in the rule language's notation.
    func describe(instruction pc: Int, _ program: TokenProgram) -> String {
        switch program.instructions[pc] {
        case .token(let index): return describe(program.tests[index])
        case .tokenID(let id): return describe(.folded(id))
        case .tokenIDIn(let start, let count): return describe(.anyOf(program.tokenIDSets[Int(start)..<Int(start + count)].map { .folded($0) }))
        case .anyToken: return describe(.any)
        case .gazetteer(let index):
            let element = program.gazetteerElements[index]
            return "gaz:\(element.type)" + Explainer.describe(element.constraints)
        case .annotation(let index):
            let element = program.annotationElements[index]
            return "@\(element.type)" + Explainer.describe(element.constraints)
        case .sentenceStart: return "^ (the start of a sentence)"
        default: return "(instruction \(pc))"
        }
    }

    func describe(_ test: TokenTest) -> String {
        switch test {
        case .folded(let id): return "\"\(pack.vocabulary.string(of: id) ?? "?")\""
        case .exact(let bytes): return "=\"\(String(decoding: bytes, as: UTF8.self))\""
        case .regex(let regex): return "/\(regex.pattern)/"
        case .tokenClass(let tokenClass): return "#\(tokenClass.rawValue)"
        case .any: return "_"
        case .not(let inner): return "!" + describe(inner)
        case .anyOf(let tests): return "(" + tests.map(describe).joined(separator: " | ") + ")"
        }
    }

    static func describe(_ constraints: [Constraint]) -> String {
        guard !constraints.isEmpty else { return "" }
        return "(" + constraints.map { constraint in
            switch constraint.test {
            case .equals(let value): "\(constraint.key)=\(value)"
            case .notEquals(let value): "\(constraint.key)!=\(value)"
            case .matches(let regex): "\(constraint.key)~/\(regex.pattern)/"
            }
        }.joined(separator: ", ") + ")"
    }

    static func kindName(_ kind: TokenKind) -> String {
        switch kind {
        case .word: "word"
        case .number: "number"
        case .time: "time"
        case .punctuation: "punct"
        case .symbol: "symbol"
        }
    }

    private func closest(_ word: String, _ known: [String]) -> String {
        guard let best = known.min(by: { FixtureMatcher.editDistance($0, word) < FixtureMatcher.editDistance($1, word) }),
              FixtureMatcher.editDistance(best, word) <= max(2, word.count / 4) else { return "" }
        return " (did you mean '\(best)'?)"
    }
}

/// A problem with what was asked of `explain` (an unknown rule or type).
public struct ExplainError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension SourceLocation {
    /// `line:column`, for places in the document being explained.
    var shortDescription: String { "\(line):\(column)" }
    /// `file:line` with the file's name only.
    var shortFileDescription: String { "\(file.split(separator: "/").last.map(String.init) ?? file):\(line)" }
}
