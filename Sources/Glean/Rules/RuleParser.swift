/// Parses one rule file into a `RuleFileSyntax`. The grammar, informally (docs/rules.md has the manual):
///
///     file     := (include | phase | macro | define | rule | NEWLINE)*
///     include  := "include" STRING
///     phase    := "phase" NAME
///     macro    := "macro" NAME "=" pattern
///     define   := "define" NAME ["(" NAME ("," NAME)* ")"] "=" expr  -- a field value; `$NAME(…)` in an expr uses it
///     rule     := "rule" ID "{" (setting | emit | example)* "}"
///     setting  := ("lang" | "priority" | "zone" | "group" | "focus" | "replaces" | "merge" | "pattern" | "regex") ":" value
///     emit     := ("emit" | "mark") TYPE "{" (NAME ":" expr | "..." expr) ("," | NEWLINE)* "}"
///     pattern  := alternative ("|" alternative)*      -- ends at the end of the line outside parentheses
///     element  := [NAME ":"] ["!"] atom [quantifier]
///     atom     := STRING | 'EXACT' | /REGEX/ | "gaz:" TYPE [constraints] | "@" TYPE [constraints]
///               | "#" CLASS | "_" | "^" | "$" MACRO | "(" pattern ")"
struct RuleParser {
    private let file: SourceFile
    private let tokens: [RuleToken]
    private var index = 0
    private var currentPhase = "main"
    /// Depth of open parentheses in a pattern: newlines inside them do not end the pattern.
    private var parenthesisDepth = 0
    private var nestingDepth = 0
    static let maximumNesting = 200
    /// Rule files are written by people; anything larger is generated or a wrong file, and lexing it whole would
    /// take a lot of memory. Split a large pack into files that `main.glean` includes.
    static let maximumFileBytes = 16 << 20
    /// `x{m,n}` counts: repeats are unrolled into the matching program, so they must stay small.
    static let maximumRepeatCount = 100

    init(file: SourceFile) throws(Diagnostic) {
        self.file = file
        if file.bytes.count > RuleParser.maximumFileBytes {
            throw .error("the rule file is \(file.bytes.count) bytes, more than the limit of \(RuleParser.maximumFileBytes) (16 MiB); split it into smaller files included from main.glean",
                         code: "too-large", at: 0, in: file)
        }
        tokens = try RuleLexer.tokenize(file)
    }

    static func parse(_ file: SourceFile) throws(Diagnostic) -> RuleFileSyntax {
        var parser = try RuleParser(file: file)
        return try parser.parseFile()
    }

    // MARK: Helpers

    private var current: RuleToken { tokens[index] }
    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    private func error(_ message: String, at offset: Int? = nil) -> Diagnostic {
        .error(message, code: "syntax", at: offset ?? current.offset, in: file)
    }

    private var currentDescription: String {
        switch current.kind {
        case .identifier(let name): "'\(name)'"
        case .string(let text): "string \"\(text)\""
        case .exactString(let text): "string '\(text)'"
        case .regex: "a regex"
        case .number(let value): "number \(value)"
        case .symbol(let symbol): "'\(symbol)'"
        case .newline: "the end of the line"
        case .end: "the end of the file"
        }
    }

    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    /// A whole number written in the file, within `range` (a huge one must be an error, not a trap in `Int(_:)`).
    private func wholeNumber(_ value: Double, in range: ClosedRange<Int>, _ what: String) throws(Diagnostic) -> Int {
        guard value == value.rounded(), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            throw error("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return Int(value)
    }
    private func isIdentifier(_ name: String) -> Bool { current.kind == .identifier(name) }

    private mutating func skipNewlines() { while current.kind == .newline { advance() } }

    private mutating func expectSymbol(_ symbol: String, _ what: String) throws(Diagnostic) {
        guard isSymbol(symbol) else { throw error("expected '\(symbol)' \(what), found \(currentDescription)") }
        advance()
    }

    private mutating func expectIdentifier(_ what: String) throws(Diagnostic) -> (String, Int) {
        guard case .identifier(let name) = current.kind else { throw error("expected \(what), found \(currentDescription)") }
        let offset = current.offset
        advance()
        return (name, offset)
    }

    private mutating func expectEndOfLine(_ after: String) throws(Diagnostic) {
        guard current.kind == .newline || current.kind == .end || isSymbol("}") else {
            throw error("unexpected \(currentDescription) after \(after); expected the end of the line")
        }
    }

    // MARK: File

    mutating func parseFile() throws(Diagnostic) -> RuleFileSyntax {
        var syntax = RuleFileSyntax(file: file)
        while true {
            skipNewlines()
            if current.kind == .end { return syntax }
            guard case .identifier(let keyword) = current.kind else {
                throw error("expected 'rule', 'macro', 'define', 'phase' or 'include', found \(currentDescription)")
            }
            let offset = current.offset
            advance()
            switch keyword {
            case "include":
                guard case .string(let path) = current.kind else { throw error("expected a quoted file name after 'include'") }
                advance()
                syntax.includes.append(IncludeSyntax(path: path, offset: offset))
                try expectEndOfLine("the include")
            case "phase":
                let (name, nameOffset) = try expectIdentifier("a phase name after 'phase'")
                currentPhase = name
                syntax.phases.append((name, nameOffset))
                try expectEndOfLine("the phase name")
            case "macro":
                let (name, nameOffset) = try expectIdentifier("a macro name after 'macro'")
                try expectSymbol("=", "after the macro name")
                let body = try parsePattern()
                syntax.macros.append(MacroSyntax(name: name, body: body, offset: nameOffset))
                try expectEndOfLine("the macro's pattern")
            case "define":
                let (name, nameOffset) = try expectIdentifier("a name after 'define' (e.g. define MEETING_DATE = …)")
                var parameters: [String] = []
                if isSymbol("(") {
                    advance()
                    while !isSymbol(")") {
                        let (parameter, parameterOffset) = try expectIdentifier("a parameter name in 'define \(name)(…)'")
                        if parameters.contains(parameter) || parameter.contains(".") {
                            throw error("parameter '\(parameter)' of '\(name)' is \(parameter.contains(".") ? "not a plain name" : "named twice")", at: parameterOffset)
                        }
                        parameters.append(parameter)
                        if isSymbol(",") { advance() } else if !isSymbol(")") { throw error("expected ',' or ')' after the parameter, found \(currentDescription)") }
                    }
                    advance()
                }
                try expectSymbol("=", "after the defined name")
                let body = try parseExpression()
                syntax.defines.append(DefineSyntax(name: name, parameters: parameters, body: body, offset: nameOffset))
                try expectEndOfLine("the defined value")
            case "rule":
                syntax.rules.append(try parseRule(offset: offset))
            default:
                throw error("expected 'rule', 'macro', 'define', 'phase' or 'include', found '\(keyword)'", at: offset)
            }
        }
    }

    // MARK: Rule

    private mutating func parseRule(offset: Int) throws(Diagnostic) -> RuleSyntax {
        let (id, idOffset) = try expectIdentifier("a rule id after 'rule' (e.g. money.amount_currency)")
        var rule = RuleSyntax(id: id, offset: idOffset, phase: currentPhase, languages: [], priority: 0, zones: nil, group: nil, focus: nil,
                              body: nil, emit: nil, examples: [])
        skipNewlines()
        try expectSymbol("{", "to open the rule's body")
        var seen: [String: Int] = [:]
        while true {
            skipNewlines()
            if isSymbol("}") { advance(); break }
            if current.kind == .end { throw error("rule '\(id)' is not closed: add '}'", at: offset) }
            let (key, keyOffset) = try expectIdentifier("a rule setting (lang, priority, zone, group, focus, replaces, merge, pattern, regex, emit, mark, example)")
            if key != "example" && key != "counterexample", let previous = seen[key] {
                throw error("'\(key)' is given twice in rule '\(id)' (first at line \(file.location(ofByte: previous).line))", at: keyOffset)
            }
            seen[key] = keyOffset
            // `example(fr):` / `counterexample(en):` read the sentence in that language only.
            var exampleLanguage: Language? = nil
            if key == "example" || key == "counterexample", isSymbol("(") {
                advance()
                guard case .identifier(let name) = current.kind, let language = Language(rawValue: name), language != .unknown else {
                    throw error("expected a language (en or fr) in '\(key)(…)', e.g. \(key)(fr): \"…\"")
                }
                if !rule.languages.isEmpty && !rule.languages.contains(language) {
                    throw error("'\(key)(\(name))' is in a language the rule does not run in (lang: \(rule.languages.map(\.rawValue).joined(separator: ", ")))")
                }
                exampleLanguage = language
                advance()
                try expectSymbol(")", "after the example's language")
            }
            switch key {
            case "emit", "mark":
                rule.emit = try parseEmit(isFact: key == "emit", offset: keyOffset)
                if seen["emit"] != nil && seen["mark"] != nil { throw error("a rule has one 'emit' or one 'mark', not both", at: keyOffset) }
                continue
            default: break
            }
            try expectSymbol(":", "after '\(key)'")
            switch key {
            case "lang":
                while case .identifier(let name) = current.kind {
                    guard let language = Language(rawValue: name), language != .unknown else {
                        throw error("unknown language '\(name)' (expected en or fr)")
                    }
                    rule.languages.append(language)
                    advance()
                    if isSymbol(",") { advance() }
                }
                if rule.languages.isEmpty { throw error("expected one or more languages (en, fr) after 'lang:'") }
            case "priority":
                guard case .number(let value) = current.kind else { throw error("expected a whole number after 'priority:'") }
                rule.priority = try wholeNumber(value, in: -1_000_000...1_000_000, "the priority")
                advance()
            case "zone":
                // `zone: any`, one zone, or several: `zone: body, furniture` (all but the headlines of other articles).
                var zones: Set<Zone> = []
                var any = false
                repeat {
                    if !zones.isEmpty || any { advance() }
                    let (name, nameOffset) = try expectIdentifier("body, furniture, links or any after 'zone:'")
                    if name == "any" { any = true; continue }
                    guard let zone = Zone(rawValue: name) else {
                        throw error("unknown zone '\(name)' (expected body, furniture, links or any)", at: nameOffset)
                    }
                    zones.insert(zone)
                } while isSymbol(",")
                rule.zones = any || zones.count == Zone.allCases.count ? nil : zones
            case "group":
                rule.group = try expectIdentifier("a group name after 'group:'").0
            case "focus":
                rule.focus = try expectIdentifier("a capture name after 'focus:'")
            case "replaces":
                repeat {
                    if !rule.replaces.isEmpty { advance() }
                    rule.replaces.append(try expectIdentifier("a capture name after 'replaces:'"))
                } while isSymbol(",")
            case "merge":
                var keys: [String] = []
                while true {
                    // `~field`: a field whose values never keep mentions apart (MentionMerger.freePrefix);
                    // `^field`: a field a headline does not state (MentionMerger.headlinePrefix);
                    // `!sentence`: the rule's mentions are occasions, apart from their sentence's meeting (MentionMerger.apartPrefix).
                    // `>field`: a field stated latest, which a restatement takes over (MentionMerger.latestPrefix);
                    // `=field`: a field naming the thing for a restatement (MentionMerger.namePrefix).
                    let prefix = isSymbol("~") ? MentionMerger.freePrefix : isSymbol("^") ? MentionMerger.headlinePrefix
                        : isSymbol("!") ? MentionMerger.apartPrefix : isSymbol(">") ? MentionMerger.latestPrefix
                        : isSymbol("=") ? MentionMerger.namePrefix : ""
                    let free = !prefix.isEmpty
                    if free { advance() }
                    guard case .identifier(let name) = current.kind else {
                        if free { throw error("expected a field name after '\(prefix)' in 'merge:'") }
                        break
                    }
                    if prefix == MentionMerger.apartPrefix, name != MentionMerger.apartSetting {
                        throw error("expected '\(MentionMerger.apartSetting)' after '!' in 'merge:'")
                    }
                    advance()
                    // `kind(talks => visit)`: a key value that joins a thing with one of the listed values
                    // (MentionMerger.Fold), written into the key as "kind(talks=>visit)".
                    var fold = ""
                    if !free, isSymbol("(") {
                        advance()
                        let (generic, _) = try expectIdentifier("a value of '\(name)' after '(' in 'merge:' (e.g. kind(talks => visit))")
                        guard isSymbol("=>") else { throw error("expected '=>' after '\(generic)' in 'merge:' (e.g. kind(talks => visit))") }
                        var partners: [String] = []
                        repeat {
                            advance()
                            partners.append(try expectIdentifier("a value of '\(name)' after '=>' in 'merge:'").0)
                        } while isSymbol(",")
                        // `| ~location, ~date`: the fields a thing with a partner value spans (MentionMerger.Fold.spans).
                        var spans: [String] = []
                        if isSymbol("|") {
                            repeat {
                                advance()
                                guard isSymbol("~") else { throw error("expected '~' and a field name after '|' in 'merge:' (e.g. kind(talks => visit | ~location))") }
                                advance()
                                spans.append(try expectIdentifier("a field name after '~' in 'merge:'").0)
                            } while isSymbol(",")
                        }
                        guard isSymbol(")") else { throw error("expected ')' after the values of '\(name)' in 'merge:'") }
                        advance()
                        fold = "(\(generic)=>\(partners.joined(separator: ","))\(spans.isEmpty ? "" : "|" + spans.joined(separator: ",")))"
                    }
                    keys.append(free ? prefix + name : name + fold)
                    if isSymbol(",") { advance() }
                }
                if keys.isEmpty { throw error("expected the key fields after 'merge:' (e.g. merge: kind)") }
                rule.merge = keys
            case "pattern":
                if seen["regex"] != nil { throw error("a rule has either 'pattern' or 'regex', not both", at: keyOffset) }
                let patternOffset = current.offset
                rule.body = .tokens(try parsePattern(), offset: patternOffset)
            case "regex":
                if seen["pattern"] != nil { throw error("a rule has either 'pattern' or 'regex', not both", at: keyOffset) }
                guard case .regex(let source, let flags, let sourceOffset) = current.kind else {
                    throw error("expected a /regex/ after 'regex:'")
                }
                rule.body = .regex(source: source, flags: flags, sourceOffset: sourceOffset, offset: current.offset)
                advance()
            case "example", "counterexample":
                var example = try parseExample(isPositive: key == "example", offset: keyOffset)
                example.language = exampleLanguage
                rule.examples.append(example)
            default:
                throw error("unknown rule setting '\(key)' (expected lang, priority, zone, group, focus, replaces, merge, pattern, regex, emit, mark, example, counterexample)", at: keyOffset)
            }
            try expectEndOfLine("'\(key)'")
        }
        if rule.body == nil { throw error("rule '\(id)' has no 'pattern:' or 'regex:'", at: idOffset) }
        if rule.emit == nil { throw error("rule '\(id)' emits nothing: add 'emit Type { … }' or 'mark Type { … }'", at: idOffset) }
        return rule
    }

    private mutating func parseExample(isPositive: Bool, offset: Int) throws(Diagnostic) -> ExampleSyntax {
        guard case .string(let text) = current.kind else { throw error("expected the example sentence in double quotes") }
        advance()
        var example = ExampleSyntax(text: text, isPositive: isPositive, expectedType: nil, expectedFields: [], offset: offset)
        if isPositive && isSymbol("=>") {
            advance()
            let (type, _) = try expectIdentifier("the expected fact type after '=>'")
            example.expectedType = type
            if isSymbol("{") {
                advance()
                while true {
                    skipNewlines()
                    if isSymbol("}") { advance(); break }
                    let (name, _) = try expectIdentifier("a field name")
                    try expectSymbol(":", "after the field name")
                    example.expectedFields.append((name, try parseExpression()))
                    if isSymbol(",") { advance() }
                }
            }
        }
        return example
    }

    private mutating func parseEmit(isFact: Bool, offset: Int) throws(Diagnostic) -> EmitSyntax {
        let (type, typeOffset) = try expectIdentifier("a type name after '\(isFact ? "emit" : "mark")' (e.g. Money)")
        guard type.first?.isUppercase == true, !type.contains(".") else {
            throw error("type names are CamelCase, e.g. Money or TradeFigure", at: typeOffset)
        }
        var emit = EmitSyntax(isFact: isFact, type: type, typeOffset: typeOffset, items: [], offset: offset)
        guard isSymbol("{") else { return emit }
        advance()
        while true {
            skipNewlines()
            if isSymbol("}") { advance(); break }
            if current.kind == .end { throw error("the field list is not closed: add '}'", at: offset) }
            if isSymbol("...") {
                let spreadOffset = current.offset
                advance()
                emit.items.append(.spread(try parseExpression(), offset: spreadOffset))
            } else {
                let (name, nameOffset) = try expectIdentifier("a field name or '...'")
                try expectSymbol(":", "after field '\(name)'")
                emit.items.append(.field(name: name, value: try parseExpression(), offset: nameOffset))
            }
            if isSymbol(",") { advance() } else if current.kind != .newline && !isSymbol("}") {
                throw error("expected ',', a new line or '}' after the field, found \(currentDescription)")
            }
        }
        return emit
    }

    // MARK: Expressions

    private mutating func parseExpression() throws(Diagnostic) -> ExpressionSyntax {
        let offset = current.offset
        nestingDepth += 1
        defer { nestingDepth -= 1 }
        if nestingDepth > RuleParser.maximumNesting {
            throw error("the value is nested more than \(RuleParser.maximumNesting) levels deep")
        }
        switch current.kind {
        case .string(let text), .exactString(let text):
            advance()
            return .string(text, offset: offset)
        case .number(let value):
            advance()
            return .number(value, offset: offset)
        case .symbol("$"):
            advance()
            let (name, _) = try expectIdentifier("a defined name after '$' (define NAME = … names a value)")
            var arguments: [ExpressionSyntax] = []
            if isSymbol("(") {
                advance()
                arguments = try parseValues(until: ")", in: "the arguments of '$\(name)'")
            }
            return .defineReference(name, arguments: arguments, offset: offset)
        case .symbol("["):
            advance()
            return .list(try parseValues(until: "]", in: "the list"), offset: offset)
        case .identifier(let name):
            advance()
            switch name {
            case "true": return .bool(true, offset: offset)
            case "false": return .bool(false, offset: offset)
            case "null": return .null(offset: offset)
            default: break
            }
            if isSymbol("(") {
                advance()
                var arguments: [ArgumentSyntax] = []
                while true {
                    skipNewlines()
                    if isSymbol(")") { advance(); break }
                    var label: String? = nil
                    if case .identifier(let candidate) = current.kind, tokens[index + 1].kind == .symbol(":") {
                        label = candidate
                        advance()
                        advance()
                    }
                    arguments.append(ArgumentSyntax(label: label, value: try parseExpression()))
                    skipNewlines()
                    if isSymbol(",") { advance() } else if !isSymbol(")") { throw error("expected ',' or ')' in the arguments, found \(currentDescription)") }
                }
                return .call(function: name, arguments: arguments, offset: offset)
            }
            let parts = name.split(separator: ".").map(String.init)
            return .reference(capture: parts[0], path: Array(parts.dropFirst()), offset: offset)
        default:
            throw error("expected a value (a capture name, \"text\", a number, [list], function(…) or $DEFINED), found \(currentDescription)")
        }
    }

    /// Values separated by commas (new lines allowed) up to `closing`, which is consumed: a list's items, the
    /// arguments of a defined value.
    private mutating func parseValues(until closing: String, in place: String) throws(Diagnostic) -> [ExpressionSyntax] {
        var values: [ExpressionSyntax] = []
        while true {
            skipNewlines()
            if isSymbol(closing) { advance(); return values }
            values.append(try parseExpression())
            skipNewlines()
            if isSymbol(",") { advance() } else if !isSymbol(closing) { throw error("expected ',' or '\(closing)' in \(place), found \(currentDescription)") }
        }
    }

    // MARK: Patterns

    private mutating func parsePattern() throws(Diagnostic) -> PatternSyntax {
        nestingDepth += 1
        defer { nestingDepth -= 1 }
        if nestingDepth > RuleParser.maximumNesting {
            throw error("the pattern is nested more than \(RuleParser.maximumNesting) levels deep")
        }
        var alternatives: [PatternSyntax] = [try parseSequence()]
        while isSymbol("|") {
            advance()
            if parenthesisDepth > 0 { skipNewlines() }
            alternatives.append(try parseSequence())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private func atPatternEnd() -> Bool {
        switch current.kind {
        case .newline: return parenthesisDepth == 0
        case .end: return true
        case .symbol(let symbol): return symbol == "|" || symbol == ")" || symbol == "}"
        default: return false
        }
    }

    private mutating func parseSequence() throws(Diagnostic) -> PatternSyntax {
        var elements: [PatternSyntax] = []
        while true {
            if parenthesisDepth > 0 { skipNewlines() }
            if atPatternEnd() { break }
            elements.append(try parseElement())
        }
        guard !elements.isEmpty else { throw error("expected a pattern element (\"word\", /regex/, gaz:Type, @Type, #class, _, ( … )), found \(currentDescription)") }
        return elements.count == 1 ? elements[0] : .sequence(elements)
    }

    private mutating func parseElement() throws(Diagnostic) -> PatternSyntax {
        let offset = current.offset
        // `name:` starts a capture unless it is `gaz:`.
        if case .identifier(let name) = current.kind, name != "gaz", tokens[index + 1].kind == .symbol(":") {
            advance()
            advance()
            nestingDepth += 1
            defer { nestingDepth -= 1 }
            if nestingDepth > RuleParser.maximumNesting { throw error("the pattern is nested more than \(RuleParser.maximumNesting) levels deep (captures of captures)") }
            return .capture(name: name, try parseElement(), offset: offset)
        }
        var atom: PatternSyntax
        if isSymbol("!") {
            advance()
            atom = .negation(try parseAtom(), offset: offset)
        } else {
            atom = try parseAtom()
        }
        // Quantifiers.
        var quantifiers = 0
        while true {
            let quantifierOffset = current.offset
            if quantifiers > 8 { throw error("more than 8 quantifiers in a row on one element") }
            quantifiers += 1
            if isSymbol("?") { advance(); atom = .repetition(atom, min: 0, max: 1, offset: quantifierOffset) }
            else if isSymbol("*") { advance(); atom = .repetition(atom, min: 0, max: nil, offset: quantifierOffset) }
            else if isSymbol("+") { advance(); atom = .repetition(atom, min: 1, max: nil, offset: quantifierOffset) }
            else if isSymbol("{") {
                advance()
                guard case .number(let lowValue) = current.kind else { throw error("expected a count in {m,n}") }
                let low = try wholeNumber(lowValue, in: 0...RuleParser.maximumRepeatCount, "a count in {m,n}")
                advance()
                var high: Int? = low
                if isSymbol(",") {
                    advance()
                    if case .number(let value) = current.kind {
                        high = try wholeNumber(value, in: 0...RuleParser.maximumRepeatCount, "a count in {m,n}")
                        advance()
                    } else {
                        high = nil
                    }
                }
                try expectSymbol("}", "to close the repetition {m,n}")
                if let high, high < low { throw error("in {m,n}, n must not be smaller than m", at: quantifierOffset) }
                atom = .repetition(atom, min: low, max: high, offset: quantifierOffset)
            } else {
                break
            }
        }
        return atom
    }

    private mutating func parseConstraints() throws(Diagnostic) -> [ConstraintSyntax] {
        // Constraints are written against the type, `gaz:Official(role=…)`; `gaz:Month (…)` is a group that follows.
        guard isSymbol("("), index > 0, tokens[index - 1].endOffset == current.offset else { return [] }
        advance()
        var constraints: [ConstraintSyntax] = []
        while true {
            if isSymbol(")") { advance(); break }
            let (key, keyOffset) = try expectIdentifier("an attribute name in the constraint")
            let op: ConstraintSyntax.Operator
            if isSymbol("=") { op = .equals } else if isSymbol("!=") { op = .notEquals } else if isSymbol("~") { op = .matches } else {
                throw error("expected '=', '!=' or '~' after '\(key)'")
            }
            advance()
            let value: String
            switch current.kind {
            case .identifier(let text), .string(let text), .exactString(let text): value = text
            case .number(let number): value = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            case .regex(let source, _, _): value = source
            default: throw error("expected a value after '\(key)\(op.rawValue)'")
            }
            advance()
            constraints.append(ConstraintSyntax(key: key, op: op, value: value, offset: keyOffset))
            if isSymbol(",") { advance() } else if !isSymbol(")") { throw error("expected ',' or ')' in the constraints, found \(currentDescription)") }
        }
        return constraints
    }

    private mutating func parseAtom() throws(Diagnostic) -> PatternSyntax {
        let offset = current.offset
        switch current.kind {
        case .string(let text):
            advance()
            return .literal(text, caseSensitive: false, offset: offset)
        case .exactString(let text):
            advance()
            return .literal(text, caseSensitive: true, offset: offset)
        case .regex(let source, let flags, let sourceOffset):
            advance()
            return .tokenRegex(source: source, flags: flags, sourceOffset: sourceOffset, offset: offset)
        case .identifier("_"):
            advance()
            return .anyToken(offset: offset)
        case .identifier("gaz"):
            advance()
            try expectSymbol(":", "after 'gaz' (write gaz:Type)")
            let (type, _) = try expectIdentifier("a gazetteer type after 'gaz:' (e.g. gaz:Country)")
            return .gazetteer(type: type, constraints: try parseConstraints(), offset: offset)
        case .symbol("@"):
            advance()
            let (type, _) = try expectIdentifier("an annotation type after '@' (e.g. @Money)")
            return .annotation(type: type, constraints: try parseConstraints(), offset: offset)
        case .symbol("#"):
            advance()
            let (name, _) = try expectIdentifier("a token class after '#' (number, word, cap, upper, lower, punct, symbol, time)")
            return .tokenClass(name, offset: offset)
        case .symbol("^"):
            advance()
            return .sentenceStart(offset: offset)
        case .symbol("$"):
            advance()
            let (name, _) = try expectIdentifier("a macro name after '$'")
            return .macroReference(name, offset: offset)
        case .symbol("("):
            advance()
            parenthesisDepth += 1
            let inner = try parsePattern()
            skipNewlines()
            parenthesisDepth -= 1
            try expectSymbol(")", "to close the group opened at column \(file.location(ofByte: offset).column)")
            return inner
        default:
            throw error("expected a pattern element (\"word\", /regex/, gaz:Type, @Type, #class, _, $MACRO, ( … )), found \(currentDescription)")
        }
    }
}
