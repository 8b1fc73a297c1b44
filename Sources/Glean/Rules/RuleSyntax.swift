/// The syntax tree of a rule file, as written (before macros are expanded and references checked).
/// Every node keeps the byte offset of its first character for diagnostics.

/// A constraint on a gazetteer entry's attributes or an annotation's fields: `role=foreign_minister`.
public struct ConstraintSyntax: Sendable, Hashable {
    public enum Operator: String, Sendable, Hashable { case equals = "=", notEquals = "!=", matches = "~" }
    public var key: String
    public var op: Operator
    public var value: String
    public var offset: Int
}

// Only the directly recursive cases are `indirect`: a wholly indirect enum boxes every value behind tagged
// pointers that LeakSanitizer cannot follow, so a long-lived pack showed up as leaked (docs/limits.md).
public enum PatternSyntax: Sendable, Hashable {
    /// `"trade turnover"`: one token per word, case- and accent-insensitive. `'UN'`: case-sensitive.
    case literal(String, caseSensitive: Bool, offset: Int)
    /// `/^\d{4}$/`: one token whose whole text matches.
    case tokenRegex(source: String, flags: String, sourceOffset: Int, offset: Int)
    /// `gaz:Official(role=foreign_minister)`: a gazetteer entry of that type.
    case gazetteer(type: String, constraints: [ConstraintSyntax], offset: Int)
    /// `@Money(currency=USD)`: an annotation made by an earlier phase.
    case annotation(type: String, constraints: [ConstraintSyntax], offset: Int)
    /// `#number`, `#word`, `#cap` …: one token of a kind.
    case tokenClass(String, offset: Int)
    /// `_`: any one token.
    case anyToken(offset: Int)
    case sequence([PatternSyntax])
    case alternation([PatternSyntax])
    /// `x?`, `x*`, `x+`, `x{2}`, `x{0,5}`; `max` nil means the engine's bound for unbounded repeats.
    indirect case repetition(PatternSyntax, min: Int, max: Int?, offset: Int)
    /// `name:x`
    indirect case capture(name: String, PatternSyntax, offset: Int)
    /// `$NAME`
    case macroReference(String, offset: Int)
    /// `!x`: one token that x does not match (x must match single tokens).
    indirect case negation(PatternSyntax, offset: Int)
    /// `^`: the start of a sentence.
    case sentenceStart(offset: Int)
}

public enum ExpressionSyntax: Sendable, Hashable {
    /// `c`, `c.id`, `c.text`, `m.number`
    case reference(capture: String, path: [String], offset: Int)
    case string(String, offset: Int)
    case number(Double, offset: Int)
    case bool(Bool, offset: Int)
    case null(offset: Int)
    case list([ExpressionSyntax], offset: Int)
    case call(function: String, arguments: [ArgumentSyntax], offset: Int)
    /// `$NAME` or `$NAME(e1, e2)`: the value `define NAME = …` (or `define NAME(a, b) = …`) names, computed with the
    /// captures of the rule that uses it and the arguments in place of the parameters.
    case defineReference(String, arguments: [ExpressionSyntax], offset: Int)

    public var offset: Int {
        switch self {
        case .reference(_, _, let offset), .string(_, let offset), .number(_, let offset), .bool(_, let offset),
             .null(let offset), .list(_, let offset), .call(_, _, let offset), .defineReference(_, _, let offset): offset
        }
    }
}

public struct ArgumentSyntax: Sendable, Hashable {
    public var label: String?
    public var value: ExpressionSyntax
}

public struct EmitSyntax: Sendable, Hashable {
    public enum Item: Sendable, Hashable {
        case field(name: String, value: ExpressionSyntax, offset: Int)
        /// `...date(day: d, month: m.number)`: every field of a record a normaliser returns.
        case spread(ExpressionSyntax, offset: Int)
    }
    /// `emit` makes an output fact; `mark` an internal annotation that later phases can use.
    public var isFact: Bool
    public var type: String
    public var typeOffset: Int
    public var items: [Item]
    public var offset: Int
}

/// `example: "text" => Type { field: value }` or `counterexample: "text"`; `example(fr): …` gives the language.
public struct ExampleSyntax: Sendable, Hashable {
    public var text: String
    public var isPositive: Bool
    public var expectedType: String?
    public var expectedFields: [(String, ExpressionSyntax)]
    public var offset: Int
    /// The one language to read the sentence in; nil: each of the rule's languages.
    public var language: Language? = nil

    public static func == (a: ExampleSyntax, b: ExampleSyntax) -> Bool {
        a.text == b.text && a.isPositive == b.isPositive && a.expectedType == b.expectedType && a.offset == b.offset && a.language == b.language
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(text); hasher.combine(offset) }
}

public enum RuleBodySyntax: Sendable, Hashable {
    case tokens(PatternSyntax, offset: Int)
    case regex(source: String, flags: String, sourceOffset: Int, offset: Int)
}

public struct RuleSyntax: Sendable {
    public var id: String
    public var offset: Int
    public var phase: String
    public var languages: [Language]
    public var priority: Int
    /// `zone:` the zones a match may start in; nil for any.
    public var zones: Set<Zone>?
    public var group: String?
    /// `focus: c`: the fact's span is capture c's span, not the whole match (the rest is context).
    public var focus: (name: String, offset: Int)?
    /// `replaces: d, t`: the earlier phases' annotations captured as d and t are no longer facts when this rule keeps
    /// a match ("early next year" says more than the "next year" inside it). Later phases still see them.
    public var replaces: [(name: String, offset: Int)] = []
    /// `merge: kind, earlier`: the group's facts in one document that agree on these key fields (and do not
    /// contradict each other elsewhere) are one thing, reported once (docs/rules.md, "Merging mentions"). A fold
    /// `kind(talks => visit)` is kept in its key as `kind(talks=>visit)` (MentionMerger.Fold reads it).
    public var merge: [String]? = nil
    public var body: RuleBodySyntax?
    public var emit: EmitSyntax?
    public var examples: [ExampleSyntax]
}

public struct MacroSyntax: Sendable, Hashable {
    public var name: String
    public var body: PatternSyntax
    public var offset: Int
}

/// `define NAME = expression` or `define NAME(a, b) = expression`: a field value written once and used by many rules
/// as `$NAME` or `$NAME(x, y)` (a long date or country expression repeated rule after rule says the same thing; a
/// change to it should be made once).
public struct DefineSyntax: Sendable, Hashable {
    public var name: String
    /// `define NAME(a, b) = …`: names the body reads like captures, replaced by the use's arguments.
    public var parameters: [String] = []
    public var body: ExpressionSyntax
    public var offset: Int
}

public struct IncludeSyntax: Sendable, Hashable {
    public var path: String
    public var offset: Int
}

/// One parsed rule file.
public struct RuleFileSyntax: Sendable {
    public var file: SourceFile
    public var includes: [IncludeSyntax] = []
    public var phases: [(name: String, offset: Int)] = []
    public var macros: [MacroSyntax] = []
    public var defines: [DefineSyntax] = []
    public var rules: [RuleSyntax] = []
}
