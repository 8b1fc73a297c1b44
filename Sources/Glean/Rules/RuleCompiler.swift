/// Turns parsed rule files into phases of compiled rules, checking every reference against the gazetteers,
/// the macros, earlier phases and the normaliser functions. All problems are collected, then reported together.
struct RuleCompiler {
    /// `*` and `+` in token patterns repeat at most this many times, so a pattern can never run away.
    static let unboundedRepeatLimit = 30
    /// A rule's pattern, with its macros expanded, nests at most this deep (as written, the parser already stops
    /// at `RuleParser.maximumNesting`), so the recursive passes over it cannot overflow the stack.
    static let maximumExpandedNesting = 2 * RuleParser.maximumNesting
    /// A rule's pattern, with its macros expanded, has at most this many elements: macros that use each other
    /// twice per level (`macro B = $A $A`, `macro C = $B $B`, …) would otherwise grow exponentially.
    static let maximumExpandedElements = 50_000

    let gazetteer: Gazetteer
    var vocabulary: Vocabulary
    private(set) var diagnostics: [Diagnostic] = []

    private struct MacroDefinition {
        var body: PatternSyntax
        var file: SourceFile
        var offset: Int
        var used = false
    }
    private var macros: [String: MacroDefinition] = [:]
    /// `define NAME = expression`: field values shared by the pack's rules, compiled at each use (the captures
    /// they name are the using rule's).
    private struct Definition {
        var parameters: [String]
        var body: ExpressionSyntax
        var file: SourceFile
        var offset: Int
        var used = false
    }
    private var definitions: [String: Definition] = [:]
    /// The defined values being expanded, innermost last: a value that uses itself is reported, not expanded forever.
    private var definitionStack: [String] = []
    /// The parameters of the defined values being expanded, innermost last, bound to the compiled arguments of the use.
    private var parameterScopes: [[String: CompiledExpression]] = []
    /// Literals and regexes already compiled: a macro is compiled again at each use, and the same words and
    /// regexes recur across rules. A literal's tests depend only on its text (interning is idempotent); a compiled
    /// regex is read-only and shared.
    private var literalTestsByText: [String: [TokenTest]] = [:]
    private var regexesBySource: [String: CompiledRegex] = [:]
    /// Compiled regexes by the text written in the rule (before `{{NAME}}` is expanded), flags and options.
    private var regexesByWrittenSource: [String: CompiledRegex] = [:]
    /// Token regexes already warned about, by file and offset: a macro's regex is compiled at every use.
    private var prefixAnchorWarnings: Set<String> = []
    /// Nesting depth and element count of the pattern being compiled, macros expanded.
    private var patternDepth = 0
    private var patternElements = 0
    /// Deepest `patternDepth` reached so far, so a reused macro expansion can be checked against the nesting limit.
    private var deepestPatternDepth = 0
    /// A macro's expansion depends only on the macro, the annotation types visible in the rule's phase and the
    /// capture names already taken; expanding it again at every use was most of the pack's compile time. Only
    /// expansions that reported nothing are kept, so every diagnostic still comes from a full expansion.
    private struct MacroExpansion {
        var node: PatternNode
        var captureNames: [String]
        var elements: Int
        var depth: Int
    }
    private var macroExpansions: [String: MacroExpansion] = [:]
    private var expansionPhase = 0
    /// Called on the compiling thread with each rule compiled, its phase and its index in the phase: `RulePack.build`
    /// hands it to a worker that prepares it (`RulePreparation`) while the next rules compile.
    var onCompiled: ((_ phase: Int, _ index: Int, _ rule: CompiledRule) -> Void)? = nil

    init(gazetteer: Gazetteer, vocabulary: Vocabulary) {
        self.gazetteer = gazetteer
        self.vocabulary = vocabulary
    }

    mutating func compile(files: [RuleFileSyntax]) -> [Phase] {
        // Macros are global: collect them all first so files can use each other's.
        var definitionOrder: [String] = []
        for syntax in files {
            for macro in syntax.macros {
                if let existing = macros[macro.name] {
                    diagnostics.append(.error("macro '\(macro.name)' is defined twice (first at \(existing.file.location(ofByte: existing.offset)))",
                                              code: "duplicate-macro", at: macro.offset, in: syntax.file))
                } else {
                    macros[macro.name] = MacroDefinition(body: macro.body, file: syntax.file, offset: macro.offset)
                    definitionOrder.append(macro.name)
                }
            }
        }
        // In the order written, so a cycle is reported at the same macro on every run.
        for name in definitionOrder { checkMacroCycle(name, definition: macros[name]!) }
        for syntax in files {
            for define in syntax.defines {
                if let existing = definitions[define.name] {
                    diagnostics.append(.error("'\(define.name)' is defined twice (first at \(existing.file.location(ofByte: existing.offset)))",
                                              code: "duplicate-define", at: define.offset, in: syntax.file))
                } else {
                    definitions[define.name] = Definition(parameters: define.parameters, body: define.body, file: syntax.file, offset: define.offset)
                }
            }
        }

        // Phase order: the order in which phases are first named across the files, in load order.
        var phaseNames: [String] = []
        for syntax in files {
            for phase in syntax.phases where !phaseNames.contains(phase.name) { phaseNames.append(phase.name) }
            for rule in syntax.rules where !phaseNames.contains(rule.phase) { phaseNames.append(rule.phase) }
        }
        var typesBeforePhase: [Set<String>] = []
        var produced = Set<String>()
        for phaseName in phaseNames {
            typesBeforePhase.append(produced)
            for syntax in files { for rule in syntax.rules where rule.phase == phaseName { if let emit = rule.emit { produced.insert(emit.type) } } }
        }

        var rulesByPhase = [[CompiledRule]](repeating: [], count: phaseNames.count)
        var seenIDs: [String: SourceLocation] = [:]
        var ruleIndex = 0
        for syntax in files {
            for rule in syntax.rules {
                let location = syntax.file.location(ofByte: rule.offset)
                if let first = seenIDs[rule.id] {
                    diagnostics.append(.error("duplicate rule id '\(rule.id)' (first defined at \(first))", code: "duplicate-rule", at: rule.offset, in: syntax.file))
                    continue
                }
                seenIDs[rule.id] = location
                let phase = phaseNames.firstIndex(of: rule.phase)!
                if let compiled = compileRule(rule, file: syntax.file, index: ruleIndex, phase: phase, visibleTypes: typesBeforePhase[phase]) {
                    rulesByPhase[phase].append(compiled)
                    onCompiled?(phase, rulesByPhase[phase].count - 1, compiled)
                    ruleIndex += 1
                }
            }
        }
        for (name, definition) in macros.sorted(by: { $0.key < $1.key }) where !definition.used {
            diagnostics.append(.warning("macro '\(name)' is never used", code: "unused-macro", at: definition.offset, in: definition.file))
        }
        for (name, definition) in definitions.sorted(by: { $0.key < $1.key }) where !definition.used {
            diagnostics.append(.warning("'\(name)' is defined but never used", code: "unused-define", at: definition.offset, in: definition.file))
        }
        // A problem inside a macro is found at each use; report it once.
        var seenDiagnostics = Set<Diagnostic>()
        diagnostics = diagnostics.filter { seenDiagnostics.insert($0).inserted }
        return zip(phaseNames, rulesByPhase).map { Phase(name: $0, rules: $1) }
    }

    private mutating func checkMacroCycle(_ name: String, definition: MacroDefinition) {
        var stack: [String] = [name]
        // Macros already explored without reaching `name`: exploring them again cannot find it (and would take
        // exponential time on macros that use each other several times).
        var explored = Set<String>()
        func references(_ pattern: PatternSyntax) -> [(String, Int)] {
            switch pattern {
            case .macroReference(let other, let offset): return [(other, offset)]
            case .sequence(let items), .alternation(let items): return items.flatMap(references)
            case .repetition(let inner, _, _, _), .capture(_, let inner, _), .negation(let inner, _): return references(inner)
            default: return []
            }
        }
        func visit(_ current: String) -> (String, Int)? {
            guard let body = macros[current]?.body else { return nil }
            for (reference, offset) in references(body) {
                if reference == name { return (current, offset) }
                if stack.contains(reference) || explored.contains(reference) { continue }
                stack.append(reference)
                if let found = visit(reference) { return found }
                stack.removeLast()
                explored.insert(reference)
            }
            return nil
        }
        if let (_, _) = visit(name) {
            let path = (stack + [name]).joined(separator: " -> ")
            diagnostics.append(.error("macro cycle: \(path)", code: "macro-cycle", at: definition.offset, in: definition.file))
            for member in stack { macros[member]?.used = true } // the cycle is the problem, not an unused macro
            macros[name]?.body = .anyToken(offset: definition.offset) // keep compiling without recursing forever
        }
    }

    // MARK: Rules

    private mutating func compileRule(_ rule: RuleSyntax, file: SourceFile, index: Int, phase: Int, visibleTypes: Set<String>) -> CompiledRule? {
        let errorCount = diagnostics.filter { $0.severity == .error }.count
        var captureNames: [String] = []
        var body: CompiledBody? = nil
        var required: [Int32] = []
        let prefilter = RulePrefilter.none // a token rule's is made by `RulePack.prepare`
        var start: StartCondition = .anywhere
        switch rule.body! {
        case .tokens(let pattern, _):
            var scope = PatternScope(file: file, visibleTypes: visibleTypes)
            patternDepth = 0
            patternElements = 0
            expansionPhase = phase
            if let node = compilePattern(pattern, scope: &scope, macroStack: []), checkProgramSize(node, rule: rule, file: file) {
                captureNames = scope.captureNames
                // The program and the prefilter read the node alone: `RulePack.init` makes them for all rules at once,
                // on every core (`RulePack.prepare`), with what else it works out per rule.
                body = .tokens(node, TokenProgram.unbuilt)
                required = RuleCompiler.firstTokenIDs(node) ?? []
                let (condition, nullable) = StartCondition.of(node)
                start = nullable ? .anywhere : condition
            }
        case .regex(let source, let flags, let sourceOffset, _):
            if let regex = compileRegex(source, flags: flags, sourceOffset: sourceOffset, file: file, extraOptions: []) {
                var slots: [Int?] = []
                for name in regex.groupNames {
                    if let name {
                        if !captureNames.contains(name) { captureNames.append(name) }
                        slots.append(captureNames.firstIndex(of: name))
                    } else {
                        slots.append(nil)
                    }
                }
                body = .regex(regex, groupSlots: slots)
            }
        }
        guard let body else { return nil } // the emit block's captures cannot be checked against a broken pattern
        let emit = rule.emit!
        var items: [CompiledEmitItem] = []
        for item in emit.items {
            switch item {
            case .field(let name, let value, _):
                if let expression = compileExpression(value, captures: captureNames, file: file) { items.append(.field(name, expression)) }
            case .spread(let value, let offset):
                guard case .call = value else {
                    diagnostics.append(.error("'...' spreads the record a function returns, e.g. ...date(day: d, month: m)", code: "syntax", at: offset, in: file))
                    continue
                }
                if let expression = compileExpression(value, captures: captureNames, file: file) { items.append(.spread(expression)) }
            }
        }
        var focusSlot: Int? = nil
        if let focus = rule.focus {
            focusSlot = captureNames.firstIndex(of: focus.name)
            if focusSlot == nil {
                diagnostics.append(.error("focus '\(focus.name)' is not a capture of the pattern (captures: \(captureNames.joined(separator: ", ")))", code: "unknown-capture", at: focus.offset, in: file))
            }
        }
        var replacesSlots: [Int] = []
        for replaces in rule.replaces {
            if let slot = captureNames.firstIndex(of: replaces.name) {
                replacesSlots.append(slot)
            } else {
                diagnostics.append(.error("replaces '\(replaces.name)' is not a capture of the pattern (captures: \(captureNames.joined(separator: ", ")))", code: "unknown-capture", at: replaces.offset, in: file))
            }
        }
        guard diagnostics.filter({ $0.severity == .error }).count == errorCount else { return nil }
        let compiled = CompiledRule(
            id: rule.id, index: index, phase: phase, languages: rule.languages, priority: rule.priority, zones: rule.zones,
            group: rule.group ?? emit.type, emitsFact: emit.isFact, emitType: emit.type, location: file.location(ofByte: rule.offset),
            body: body, emitItems: items, captureNames: captureNames, focusSlot: focusSlot, requiredAnyOf: required, prefilter: prefilter, startCondition: start, examples: compileExamples(rule.examples, file: file),
            mergeKeys: rule.merge, replacesSlots: replacesSlots)
        if case .regex(_, _, let sourceOffset, _) = rule.body! { compiled.regexLocation = file.location(ofByte: sourceOffset) }
        return compiled
    }

    private mutating func compileExamples(_ examples: [ExampleSyntax], file: SourceFile) -> [CompiledExample] {
        examples.compactMap { example in
            var fields: [FieldEntry] = []
            for (name, expression) in example.expectedFields {
                guard let value = constant(expression) else {
                    diagnostics.append(.error("an example's expected value must be a constant (\"text\", a number, true/false or a [list])", code: "syntax", at: expression.offset, in: file))
                    return nil
                }
                fields.append(FieldEntry(name, value))
            }
            let location = file.location(ofByte: example.offset)
            return CompiledExample(text: example.text, isPositive: example.isPositive, expectedType: example.expectedType,
                                   expectedFields: fields, location: location, sourceLine: file.lineText(location.line), language: example.language)
        }
    }

    private func constant(_ expression: ExpressionSyntax) -> FieldValue? {
        switch expression {
        case .string(let text, _): return .string(text)
        case .number(let value, _): return .number(value)
        case .bool(let value, _): return .bool(value)
        case .null: return .null
        case .list(let items, _):
            let values = items.compactMap(constant)
            return values.count == items.count ? .list(values) : nil
        default: return nil
        }
    }

    /// The folded literal ids one of which must start every match, or nil when the pattern can start with anything.
    static func firstTokenIDs(_ node: PatternNode) -> [Int32]? {
        switch node {
        case .token(.folded(let id)): return [id]
        case .token: return nil
        case .gazetteer, .annotation: return nil
        case .sentenceStart: return nil
        case .capture(_, let inner): return firstTokenIDs(inner)
        case .repetition(let inner, let min, _): return min > 0 ? firstTokenIDs(inner) : nil
        case .alternation(let items):
            var all: [Int32] = []
            for item in items {
                guard let ids = firstTokenIDs(item) else { return nil }
                all += ids
            }
            return all
        case .sequence(let items):
            for item in items {
                if case .sentenceStart = item { continue }
                return firstTokenIDs(item)
            }
            return nil
        }
    }

    // MARK: Regexes

    /// A token regex is matched against the whole token, so `/^\p{Lu}/` accepts only a one-letter token, never
    /// "a word that starts with a capital" — which a leading `^` without a closing `$` says the author meant.
    private mutating func warnIfPrefixAnchored(_ source: String, at offset: Int, in file: SourceFile) {
        guard source.hasPrefix("^"), !RuleCompiler.endsWithUnescapedDollar(source) else { return }
        guard prefixAnchorWarnings.insert("\(file.path):\(offset)").inserted else { return }
        diagnostics.append(.warning("token regex /\(source)/ starts with '^' but is matched against the whole token ('^' and '$' are implied), so it accepts only tokens the whole pattern spells, not tokens that start that way; to test how a token starts, end the pattern with '.*' (/\(source.dropFirst()).*/), or close it with '$' if the whole token was meant",
                                    code: "token-regex-prefix", at: offset, in: file))
    }

    static func endsWithUnescapedDollar(_ source: String) -> Bool {
        let bytes = Array(source.utf8)
        guard bytes.last == UInt8(ascii: "$") else { return false }
        var backslashes = 0
        var index = bytes.count - 2
        while index >= 0, bytes[index] == UInt8(ascii: "\\") { backslashes += 1; index -= 1 }
        return backslashes % 2 == 0
    }

    private mutating func compileRegex(_ source: String, flags: String, sourceOffset: Int, file: SourceFile, extraOptions: RegexOptions) -> CompiledRegex? {
        // A macro's regex is compiled where every rule uses it: the same source, flags and options give the same
        // regex, found before expanding `{{NAME}}` again (regex macros are defined once per pack).
        let sourceKey = "\(extraOptions.rawValue)|\(flags)|" + source
        if let known = regexesByWrittenSource[sourceKey] { return known }
        let compiled = compileRegexAnew(source, flags: flags, sourceOffset: sourceOffset, file: file, extraOptions: extraOptions)
        if let compiled { regexesByWrittenSource[sourceKey] = compiled }
        return compiled
    }

    private mutating func compileRegexAnew(_ source: String, flags: String, sourceOffset: Int, file: SourceFile, extraOptions: RegexOptions) -> CompiledRegex? {
        var options = extraOptions
        for flag in flags {
            switch flag {
            case "i": options.insert(.caseless)
            case "m": options.insert(.multiline)
            case "s": options.insert(.dotAll)
            case "x": options.insert(.extended)
            case "u": options.insert(.unicodeClasses)
            default: break
            }
        }
        // `{{NAME}}` inserts a regex macro. Keep where each insertion happened to map error offsets back.
        var expanded = ""
        var insertions: [(expandedStart: Int, expandedEnd: Int, sourceOffset: Int, sourceLength: Int)] = []
        var remaining = Substring(source)
        var consumed = 0
        while let open = remaining.range(of: "{{"), let close = remaining[open.upperBound...].range(of: "}}") {
            let before = remaining[..<open.lowerBound]
            expanded += before
            consumed += before.utf8.count
            let name = String(remaining[open.upperBound..<close.lowerBound])
            let referenceLength = remaining[open.lowerBound..<close.upperBound].utf8.count
            guard let macro = macros[name], case .tokenRegex(let macroSource, _, _, _) = macro.body else {
                diagnostics.append(.error("unknown regex macro '\(name)' (define it with: macro \(name) = /…/)", code: "unknown-macro", at: sourceOffset + consumed, in: file))
                return nil
            }
            macros[name]?.used = true
            let start = expanded.utf8.count
            expanded += "(?:" + macroSource + ")"
            insertions.append((start, expanded.utf8.count, consumed, referenceLength))
            consumed += referenceLength
            remaining = remaining[close.upperBound...]
        }
        expanded += remaining
        let key = "\(options.rawValue)/" + expanded
        if let compiled = regexesBySource[key] { return compiled }
        do {
            let compiled = try CompiledRegex(expanded, options: options)
            regexesBySource[key] = compiled
            return compiled
        } catch {
            var offset = error.patternOffset
            var shift = 0
            for insertion in insertions {
                if offset >= insertion.expandedEnd { shift += (insertion.expandedEnd - insertion.expandedStart) - insertion.sourceLength }
                else if offset >= insertion.expandedStart { offset = insertion.sourceOffset; shift = 0; break }
            }
            diagnostics.append(.error("invalid regex: \(error.message)", code: "regex", at: sourceOffset + max(0, offset - shift), in: file))
            return nil
        }
    }

    // MARK: Patterns

    private struct PatternScope {
        var file: SourceFile
        var visibleTypes: Set<String>
        var captureNames: [String] = []
        mutating func slot(for name: String) -> Int {
            if let index = captureNames.firstIndex(of: name) { return index }
            captureNames.append(name)
            return captureNames.count - 1
        }
    }

    /// Splits a literal the way documents are tokenised and interns its folded tokens.
    private mutating func literalTests(_ text: String, caseSensitive: Bool) -> [TokenTest] {
        let key = (caseSensitive ? "=" : "~") + text
        if let known = literalTestsByText[key] { return known }
        let tests = makeLiteralTests(text, caseSensitive: caseSensitive)
        literalTestsByText[key] = tests
        return tests
    }

    private mutating func makeLiteralTests(_ text: String, caseSensitive: Bool) -> [TokenTest] {
        // An elided word written alone ("d'", "l'", "qu'") is the single token the tokenizer makes of it in text; so
        // is an English clitic ("'s", "'ll", "n't"), which the tokenizer splits off the word before it.
        let normalizedApostrophe = text.replacingOccurrences("’", "'")
        let isOneToken = !normalizedApostrophe.contains(" ") && normalizedApostrophe.count > 1
            && (normalizedApostrophe.hasSuffix("'") || normalizedApostrophe == "n't"
                || (normalizedApostrophe.hasPrefix("'") && normalizedApostrophe.dropFirst().allSatisfy(\.isLetter)))
        if isOneToken {
            if caseSensitive { return [.exact(Array(normalizedApostrophe.utf8))] }
            return [.folded(vocabulary.intern(folded: Folding.fold(normalizedApostrophe)))]
        }
        let form = GazetteerLoader.makeForm(text, entry: 0, kind: caseSensitive ? .exact : .name, language: nil)
        if caseSensitive { return form.exactTokens.map { .exact($0) } }
        return form.foldedTokens.map { .folded(vocabulary.intern(folded: $0)) }
    }

    private mutating func compileConstraints(_ constraints: [ConstraintSyntax], file: SourceFile, knownKeys: Set<String>?, typeName: String) -> [Constraint] {
        var compiled: [Constraint] = []
        for constraint in constraints {
            if let knownKeys, !knownKeys.contains(constraint.key) {
                diagnostics.append(.error("gazetteer type \(typeName) has no attribute '\(constraint.key)' (known: \(knownKeys.sorted().joined(separator: ", ")))",
                                          code: "unknown-attribute", at: constraint.offset, in: file))
                continue
            }
            switch constraint.op {
            case .equals: compiled.append(Constraint(key: constraint.key, test: .equals(constraint.value)))
            case .notEquals: compiled.append(Constraint(key: constraint.key, test: .notEquals(constraint.value)))
            case .matches:
                do {
                    compiled.append(Constraint(key: constraint.key, test: .matches(try CompiledRegex(constraint.value, options: []))))
                } catch {
                    diagnostics.append(.error("invalid regex in constraint: \(error.message)", code: "regex", at: constraint.offset, in: file))
                }
            }
        }
        return compiled
    }

    /// Repeats are unrolled into the matching program and nested repeats multiply: `(x{100}){100}` is 10,000
    /// copies. A pattern past `maximumProgramSize` instructions is an error rather than gigabytes of program.
    static let maximumProgramSize = 200_000

    private mutating func checkProgramSize(_ node: PatternNode, rule: RuleSyntax, file: SourceFile) -> Bool {
        func size(_ node: PatternNode) -> Int {
            let limit = RuleCompiler.maximumProgramSize + 1
            switch node {
            case .token, .gazetteer, .annotation, .sentenceStart: return 1
            case .sequence(let items): return min(limit, items.reduce(0) { min(limit, $0 + size($1)) })
            case .alternation(let items): return min(limit, items.reduce(0) { min(limit, $0 + size($1) + 2) })
            case .capture(_, let inner): return min(limit, size(inner) + 2)
            case .repetition(let inner, let low, let high):
                let copies = max(low, high)
                let (product, overflow) = copies.multipliedReportingOverflow(by: size(inner) + 1)
                return overflow ? limit : min(limit, product)
            }
        }
        guard size(node) > RuleCompiler.maximumProgramSize else { return true }
        diagnostics.append(.error("the pattern unrolls to more than \(RuleCompiler.maximumProgramSize) matching steps (the counts of nested repeats multiply); use smaller counts or fewer nested repeats",
                                  code: "pattern-too-large", at: rule.offset, in: file))
        return false
    }

    private mutating func compilePattern(_ pattern: PatternSyntax, scope: inout PatternScope, macroStack: [String]) -> PatternNode? {
        let file = scope.file
        patternDepth += 1
        patternElements += 1
        deepestPatternDepth = max(deepestPatternDepth, patternDepth)
        defer { patternDepth -= 1 }
        switch pattern {
        case .literal(let text, let caseSensitive, let offset):
            let tests = literalTests(text, caseSensitive: caseSensitive)
            if tests.isEmpty {
                diagnostics.append(.error("empty literal: a literal needs at least one word", code: "syntax", at: offset, in: file))
                return nil
            }
            return tests.count == 1 ? .token(tests[0]) : .sequence(tests.map { .token($0) })
        case .tokenRegex(let source, let flags, let sourceOffset, let offset):
            guard let regex = compileRegex(source, flags: flags, sourceOffset: sourceOffset, file: file, extraOptions: [.anchoredFull]) else { return nil }
            warnIfPrefixAnchored(source, at: offset, in: file)
            return .token(.regex(regex))
        case .gazetteer(let type, let constraints, let offset):
            guard let keys = gazetteer.attributeKeysByType[type] else {
                let known = gazetteer.types.sorted().joined(separator: ", ")
                diagnostics.append(.error("unknown gazetteer type '\(type)' (the gazetteers define: \(known))", code: "unknown-gazetteer-type", at: offset, in: file))
                return nil
            }
            return .gazetteer(type: type, constraints: compileConstraints(constraints, file: file, knownKeys: keys, typeName: type))
        case .annotation(let type, let constraints, let offset):
            guard scope.visibleTypes.contains(type) else {
                let hint = gazetteer.attributeKeysByType[type] != nil ? " (\(type) is a gazetteer type: write gaz:\(type))" : ""
                diagnostics.append(.error("no earlier phase produces annotations of type '\(type)'\(hint)", code: "unknown-annotation-type", at: offset, in: file))
                return nil
            }
            return .annotation(type: type, constraints: compileConstraints(constraints, file: file, knownKeys: nil, typeName: type))
        case .tokenClass(let name, let offset):
            guard let tokenClass = TokenClass(rawValue: name) else {
                let known = TokenClass.allCases.map { "#" + $0.rawValue }.joined(separator: ", ")
                diagnostics.append(.error("unknown token class '#\(name)' (known: \(known))", code: "unknown-token-class", at: offset, in: file))
                return nil
            }
            return .token(.tokenClass(tokenClass))
        case .anyToken:
            return .token(.any)
        case .sentenceStart:
            return .sentenceStart
        case .sequence(let items):
            var nodes: [PatternNode] = []
            for item in items { if let node = compilePattern(item, scope: &scope, macroStack: macroStack) { nodes.append(node) } else { return nil } }
            return .sequence(nodes)
        case .alternation(let items):
            var nodes: [PatternNode] = []
            for item in items { if let node = compilePattern(item, scope: &scope, macroStack: macroStack) { nodes.append(node) } else { return nil } }
            return .alternation(nodes)
        case .repetition(let inner, let min, let max, _):
            guard let node = compilePattern(inner, scope: &scope, macroStack: macroStack) else { return nil }
            return .repetition(node, min: min, max: max ?? Swift.max(min, RuleCompiler.unboundedRepeatLimit))
        case .capture(let name, let inner, _):
            let slot = scope.slot(for: name)
            guard let node = compilePattern(inner, scope: &scope, macroStack: macroStack) else { return nil }
            return .capture(slot: slot, node)
        case .negation(let inner, let offset):
            guard let node = compilePattern(inner, scope: &scope, macroStack: macroStack) else { return nil }
            if case .alternation(let items) = node {
                let tests = items.compactMap { item -> TokenTest? in if case .token(let test) = item { test } else { nil } }
                if tests.count == items.count { return .token(.not(.anyOf(tests))) }
            }
            guard case .token(let test) = node else {
                diagnostics.append(.error("'!' applies to a single-token element (a word, /regex/, #class), not to a sequence or a gazetteer/annotation reference", code: "syntax", at: offset, in: file))
                return nil
            }
            return .token(.not(test))
        case .macroReference(let name, let offset):
            guard let macro = macros[name] else {
                diagnostics.append(.error("unknown macro '$\(name)'", code: "unknown-macro", at: offset, in: file))
                return nil
            }
            macros[name]?.used = true
            if macroStack.contains(name) { return nil } // reported as a macro cycle
            if patternDepth > RuleCompiler.maximumExpandedNesting {
                diagnostics.append(.error("with its macros expanded, the pattern is nested more than \(RuleCompiler.maximumExpandedNesting) levels deep (macros: \((macroStack + [name]).joined(separator: " -> ")))",
                                          code: "pattern-too-deep", at: offset, in: file))
                return nil
            }
            if patternElements > RuleCompiler.maximumExpandedElements {
                diagnostics.append(.error("with its macros expanded, the pattern has more than \(RuleCompiler.maximumExpandedElements) elements (macros that use other macros several times grow exponentially)",
                                          code: "pattern-too-large", at: offset, in: file))
                return nil
            }
            let key = "\(expansionPhase)\u{0}\(name)\u{0}" + scope.captureNames.joined(separator: "\u{0}")
            // Reused only where expanding again could not reach a limit (the checks above, at every inner macro).
            if let known = macroExpansions[key], patternDepth + known.depth <= RuleCompiler.maximumExpandedNesting,
               patternElements + known.elements <= RuleCompiler.maximumExpandedElements {
                patternElements += known.elements
                deepestPatternDepth = max(deepestPatternDepth, patternDepth + known.depth)
                scope.captureNames = known.captureNames
                return known.node
            }
            let (diagnosticsBefore, elementsBefore, deepestBefore) = (diagnostics.count, patternElements, deepestPatternDepth)
            deepestPatternDepth = patternDepth
            // A macro's own references (gazetteer types, regexes) are reported at the macro's definition.
            var inner = PatternScope(file: macro.file, visibleTypes: scope.visibleTypes, captureNames: scope.captureNames)
            let node = compilePattern(macro.body, scope: &inner, macroStack: macroStack + [name])
            if let node, diagnostics.count == diagnosticsBefore {
                macroExpansions[key] = MacroExpansion(node: node, captureNames: inner.captureNames,
                                                      elements: patternElements - elementsBefore, depth: deepestPatternDepth - patternDepth)
            }
            deepestPatternDepth = max(deepestBefore, deepestPatternDepth)
            scope.captureNames = inner.captureNames
            return node
        }
    }

    // MARK: Expressions

    private mutating func compileExpression(_ expression: ExpressionSyntax, captures: [String], file: SourceFile) -> CompiledExpression? {
        switch expression {
        case .reference(let capture, let path, let offset):
            // Inside a defined value, a parameter stands for the use's argument (`p.attr` for a capture passed as `p`).
            if let bound = parameterScopes.last?[capture] {
                if path.isEmpty { return bound }
                guard case .capture(let slot, let boundPath, let boundOffset) = bound else {
                    diagnostics.append(.error("'\(capture).\(path.joined(separator: "."))' reads a field of parameter '\(capture)', but the argument given for it is not a capture",
                                              code: "define-use", at: offset, in: file))
                    return nil
                }
                return .capture(slot: slot, path: boundPath + path, offset: boundOffset)
            }
            guard let slot = captures.firstIndex(of: capture) else {
                let known = captures.isEmpty ? "the pattern has no captures" : "captures: " + captures.joined(separator: ", ")
                diagnostics.append(.error("unknown capture '\(capture)' (\(known))", code: "unknown-capture", at: offset, in: file))
                return nil
            }
            return .capture(slot: slot, path: path, offset: offset)
        case .string(let text, _): return .constant(.string(text))
        case .number(let value, _): return .constant(.number(value))
        case .bool(let value, _): return .constant(.bool(value))
        case .null: return .constant(.null)
        case .list(let items, _):
            var compiled: [CompiledExpression] = []
            for item in items { guard let value = compileExpression(item, captures: captures, file: file) else { return nil }; compiled.append(value) }
            return .list(compiled)
        case .call(let name, let arguments, let offset):
            guard let function = NormalizerFunction.named(name) else {
                let known = (NormalizerFunction.all + NormalizerFunction.contextFunctions + NormalizerFunction.dateFunctions).map(\.name).sorted().joined(separator: ", ")
                diagnostics.append(.error("unknown function '\(name)' (known: \(known))", code: "unknown-function", at: offset, in: file))
                return nil
            }
            var compiled: [(String?, CompiledExpression)] = []
            for argument in arguments {
                if let label = argument.label, !function.labels.contains(label), !function.labels.contains("*") {
                    let allowed = function.labels.isEmpty ? "it takes no labelled arguments" : "its labels: " + function.labels.sorted().joined(separator: ", ")
                    diagnostics.append(.error("function '\(name)' has no argument '\(label)' (\(allowed))", code: "unknown-argument", at: argument.value.offset, in: file))
                    return nil
                }
                guard let value = compileExpression(argument.value, captures: captures, file: file) else { return nil }
                compiled.append((argument.label, value))
            }
            let positional = arguments.filter { $0.label == nil }.count
            if !function.positional.contains(positional) {
                diagnostics.append(.error("function '\(name)' takes \(function.positional.lowerBound == function.positional.upperBound ? "\(function.positional.lowerBound)" : "\(function.positional.lowerBound) to \(function.positional.upperBound)") positional argument(s), got \(positional)",
                                          code: "arity", at: offset, in: file))
                return nil
            }
            return .call(function, arguments: compiled, offset: offset)
        case .defineReference(let name, let arguments, let offset):
            guard let definition = definitions[name] else {
                let known = definitions.isEmpty ? "the pack defines no values" : "defined: " + definitions.keys.sorted().joined(separator: ", ")
                diagnostics.append(.error("unknown defined value '$\(name)' (\(known); write define \(name) = … in a rule file)", code: "unknown-define", at: offset, in: file))
                return nil
            }
            definitions[name]?.used = true
            guard arguments.count == definition.parameters.count else {
                let wanted = definition.parameters.isEmpty ? "no arguments" : "\(definition.parameters.count) argument(s) (\(definition.parameters.joined(separator: ", ")))"
                diagnostics.append(.error("'$\(name)' takes \(wanted), got \(arguments.count)", code: "arity", at: offset, in: file))
                return nil
            }
            // The arguments are compiled where they are written (in the scope of the value that passes them, if
            // any); in the value they stand where its parameters do.
            var bindings: [String: CompiledExpression] = [:]
            for (parameter, argument) in zip(definition.parameters, arguments) {
                guard let value = compileExpression(argument, captures: captures, file: file) else { return nil }
                bindings[parameter] = value
            }
            if definitionStack.contains(name) {
                let path = (definitionStack.drop { $0 != name } + [name]).map { "$" + $0 }.joined(separator: " -> ")
                diagnostics.append(.error("defined value cycle: \(path)", code: "define-cycle", at: definition.offset, in: definition.file))
                return nil
            }
            // Problems inside the value are reported where it is written; the use is named so that a capture the
            // using rule lacks can be found.
            definitionStack.append(name)
            parameterScopes.append(bindings)
            defer { definitionStack.removeLast(); parameterScopes.removeLast() }
            let before = diagnostics.count
            let compiled = compileExpression(definition.body, captures: captures, file: definition.file)
            if compiled == nil, diagnostics.count > before {
                diagnostics.append(.error("'$\(name)' cannot be computed here (see the error at \(definition.file.location(ofByte: definition.offset)))", code: "define-use", at: offset, in: file))
            }
            return compiled
        }
    }
}
