import Foundation

/// Checks `glean check` makes on a compiled pack beyond what compiling finds: rules that can never fire because
/// an earlier-decided rule always wins their matches, and gazetteer forms shared by entries of different types.
/// Both are warnings: the pack works, but not as its author probably thinks.
public enum PackLint {
    public static func diagnostics(_ pack: RulePack) -> [Diagnostic] {
        var lines = SourceLines()
        return (shadowedRules(pack) + sharedAliases(pack.gazetteer) + ungatedRegexes(pack)).map { diagnostic in
            var withLine = diagnostic
            if let location = diagnostic.location { withLine.sourceLine = lines.line(location) }
            return withLine
        }
    }

    /// Source lines read back from the files diagnostics point into, for the caret display.
    struct SourceLines {
        private var files: [String: SourceFile] = [:]
        mutating func line(_ location: SourceLocation) -> String? {
            if files[location.file] == nil {
                guard let data = FileManager.default.contents(atPath: location.file) else { return nil }
                files[location.file] = SourceFile(path: location.file, bytes: [UInt8](data))
            }
            return files[location.file]?.lineText(location.line)
        }
    }

    // MARK: Regex rules without a gate

    /// A `regex:` rule from whose pattern no gate could be read (`RegexGate`): PCRE2 scans the whole text of every
    /// document it runs on, whatever it finds. A note, not a warning: shipped rules still have some, and
    /// `--strict` must keep passing while they are rewritten; `glean bench rules` marks them too.
    static func ungatedRegexes(_ pack: RulePack) -> [Diagnostic] {
        pack.rules.filter(\.scansWholeText).map { rule in
            Diagnostic(.note, "regex rule '\(rule.id)' is not gated: no character or word every match holds near its start can be read from the pattern, so PCRE2 scans the whole text of every document. Put a literal or a narrow class every match holds first (a digit, '%', words of two letters or more in every branch of an alternation), with '\\s+', '*' and optional groups after it (no 'x' flag), or write the rule as a token pattern",
                       code: "ungated-regex", at: rule.regexLocation ?? rule.location)
        }
    }

    // MARK: Shadowed rules

    /// A rule is shadowed when another rule of the same phase and group matches wherever it matches (the same
    /// pattern or a wider one) and always wins the overlap: a higher priority, or the same priority and written
    /// first (a wider pattern's match is at least as long). The winner must not be narrower in language or zone and
    /// must have no spread in its emit block (a spread normaliser may reject a match and let the other rule win).
    static func shadowedRules(_ pack: RulePack) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for phase in pack.phases {
            for rule in phase.rules {
                for other in phase.rules where other.index != rule.index && other.group == rule.group {
                    guard other.priority > rule.priority || (other.priority == rule.priority && other.index < rule.index) else { continue }
                    guard other.languages.isEmpty || (!rule.languages.isEmpty && Set(rule.languages).isSubset(of: Set(other.languages))) else { continue }
                    // The other rule covers this one's zones (any covers all).
                    guard other.zones == nil || (rule.zones.map { $0.isSubset(of: other.zones!) } ?? false) else { continue }
                    guard !other.emitItems.contains(where: { if case .spread = $0 { true } else { false } }) else { continue }
                    guard let relation = covers(other.body, rule.body) else { continue }
                    let why = other.priority > rule.priority ? "a higher priority (\(other.priority) > \(rule.priority))" : "the same priority and comes first"
                    diagnostics.append(Diagnostic(.warning, "rule '\(rule.id)' can never fire: rule '\(other.id)' (\(other.location)) has \(relation) in group '\(rule.group)' and \(why), so it wins every overlap",
                                                  code: "shadowed-rule", at: rule.location, sourceLine: nil))
                    break
                }
            }
        }
        return diagnostics
    }

    /// "the same pattern" or "a wider pattern" when every match of `narrow` is also a match of `wide` from the same
    /// start, at least as long; nil when that cannot be shown.
    static func covers(_ wide: CompiledBody, _ narrow: CompiledBody) -> String? {
        switch (wide, narrow) {
        case (.regex(let a, _), .regex(let b, _)):
            return a.pattern == b.pattern && a.options == b.options ? "the same pattern" : nil
        case (.tokens(let a, _), .tokens(let b, _)):
            if same(a, b) { return "the same pattern" }
            return covers(a, b) ? "a wider pattern" : nil
        default:
            return nil
        }
    }

    /// Structural equality, ignoring capture names (captures do not change what matches).
    static func same(_ a: PatternNode, _ b: PatternNode) -> Bool {
        switch (strip(a), strip(b)) {
        case (.token(let x), .token(let y)): return same(x, y)
        case (.gazetteer(let t1, let c1), .gazetteer(let t2, let c2)), (.annotation(let t1, let c1), .annotation(let t2, let c2)):
            return t1 == t2 && c1.count == c2.count && zip(c1, c2).allSatisfy(same)
        case (.sequence(let x), .sequence(let y)), (.alternation(let x), .alternation(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.repetition(let x, let min1, let max1), .repetition(let y, let min2, let max2)):
            return min1 == min2 && max1 == max2 && same(x, y)
        case (.sentenceStart, .sentenceStart): return true
        default: return false
        }
    }

    /// Whether `wide` matches every token sequence `narrow` matches (a conservative, structural test).
    static func covers(_ wide: PatternNode, _ narrow: PatternNode) -> Bool {
        let a = strip(wide), b = strip(narrow)
        if same(a, b) { return true }
        switch (a, b) {
        case (.alternation(let options), _):
            // Each reading of the narrow pattern must be covered by some option of the wide one.
            if case .alternation(let narrowOptions) = b {
                return narrowOptions.allSatisfy { option in options.contains { covers($0, option) } }
            }
            return options.contains { covers($0, b) }
        case (.token(.any), .token):
            return true
        case (.token(let x), .token(let y)):
            return covers(x, y)
        case (.gazetteer(let t1, let c1), .gazetteer(let t2, let c2)), (.annotation(let t1, let c1), .annotation(let t2, let c2)):
            // Fewer constraints match more entries.
            return t1 == t2 && c1.allSatisfy { constraint in c2.contains { same(constraint, $0) } }
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { covers($0, $1) }
        case (.repetition(let x, let min1, let max1), .repetition(let y, let min2, let max2)):
            return min1 <= min2 && max1 >= max2 && covers(x, y)
        default:
            return false
        }
    }

    static func covers(_ wide: TokenTest, _ narrow: TokenTest) -> Bool {
        if same(wide, narrow) { return true }
        switch (wide, narrow) {
        case (.any, _): return true
        case (.anyOf(let options), .anyOf(let narrowOptions)): return narrowOptions.allSatisfy { item in options.contains { covers($0, item) } }
        case (.anyOf(let options), _): return options.contains { covers($0, narrow) }
        case (.tokenClass(.word), .tokenClass(let inner)): return [.cap, .upper, .lower].contains(inner)
        case (.tokenClass(.cap), .tokenClass(.upper)): return true
        default: return false
        }
    }

    static func same(_ a: TokenTest, _ b: TokenTest) -> Bool {
        switch (a, b) {
        case (.folded(let x), .folded(let y)): return x == y
        case (.exact(let x), .exact(let y)): return x == y
        case (.regex(let x), .regex(let y)): return x.pattern == y.pattern && x.options == y.options
        case (.tokenClass(let x), .tokenClass(let y)): return x == y
        case (.any, .any): return true
        case (.not(let x), .not(let y)): return same(x, y)
        case (.anyOf(let x), .anyOf(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default: return false
        }
    }

    static func same(_ a: Constraint, _ b: Constraint) -> Bool {
        guard a.key == b.key else { return false }
        switch (a.test, b.test) {
        case (.equals(let x), .equals(let y)), (.notEquals(let x), .notEquals(let y)): return x == y
        case (.matches(let x), .matches(let y)): return x.pattern == y.pattern
        default: return false
        }
    }

    /// The node without capture wrappers, and one-element sequences unwrapped.
    static func strip(_ node: PatternNode) -> PatternNode {
        switch node {
        case .capture(_, let inner): return strip(inner)
        case .sequence(let items):
            let stripped = items.map(strip)
            return stripped.count == 1 ? stripped[0] : .sequence(stripped)
        case .alternation(let items): return .alternation(items.map(strip))
        case .repetition(let inner, let min, let max): return .repetition(strip(inner), min: min, max: max)
        default: return node
        }
    }

    // MARK: Shared aliases

    /// A surface form written for entries of different types (`Georgia` the country and a person's name): every
    /// mention is tagged as both, and rules on either type fire. Forms of vocabulary types that only mark words
    /// (one entry per form is the rule there too) are checked the same way. Reported at the later entry. Entries of
    /// different scan layers are left alone: a layer exists so that its forms are found whatever the other layers
    /// hold ("doit" a tense word and a plan word), and each is scanned on its own.
    static func sharedAliases(_ gazetteer: Gazetteer) -> [Diagnostic] {
        struct Key: Hashable { var tokens: [String]; var exact: [[UInt8]]? }
        var firstByKey: [Key: [Int32]] = [:]
        var diagnostics: [Diagnostic] = []
        var reported = Set<[Int32]>()
        for form in gazetteer.forms {
            let key = Key(tokens: form.foldedTokens, exact: form.kind.isCaseSensitive ? form.exactTokens : nil)
            let entry = gazetteer.entries[Int(form.entry)]
            let earlier = firstByKey[key, default: []]
            firstByKey[key, default: []].append(form.entry)
            guard let clash = earlier.first(where: { index in
                let other = gazetteer.entries[Int(index)]
                guard other.type != entry.type, other.layer == entry.layer else { return false }
                // Forms limited to different languages never meet in one document.
                let otherLanguages = gazetteer.forms.filter { $0.entry == index && Key(tokens: $0.foldedTokens, exact: $0.kind.isCaseSensitive ? $0.exactTokens : nil) == key }.map(\.language)
                return otherLanguages.contains { $0 == nil || form.language == nil || $0 == form.language }
            }) else { continue }
            guard reported.insert([min(clash, form.entry), max(clash, form.entry)]).inserted else { continue }
            let other = gazetteer.entries[Int(clash)]
            diagnostics.append(Diagnostic(.warning, "'\(form.text)' is a form of \(entry.type) '\(entry.id)' and of \(other.type) '\(other.id)' (\(other.location)): every mention is tagged as both; remove one, or make one an exact form or limit it to a language",
                                          code: "shared-alias", at: entry.location, sourceLine: nil))
        }
        return diagnostics
    }
}
