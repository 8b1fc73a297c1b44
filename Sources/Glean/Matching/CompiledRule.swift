/// Rules after compilation: macros expanded, literals interned, regexes JIT-compiled, references resolved.
/// Read-only and shared by all workers.

/// A test on one token.
enum TokenTest: Sendable {
    /// The token's folded form has this vocabulary id.
    case folded(Int32)
    /// The token's text is exactly these bytes.
    case exact([UInt8])
    case regex(CompiledRegex)
    case tokenClass(TokenClass)
    case any
    indirect case not(TokenTest)
}

enum TokenClass: String, Sendable, CaseIterable {
    case number, word, time, punct, symbol
    /// A word whose first letter is upper case.
    case cap
    /// A word in capitals (TICAD).
    case upper
    /// A word whose first letter is lower case.
    case lower
}

/// A compiled constraint on an entry attribute or an annotation field.
struct Constraint: Sendable {
    enum Test: Sendable {
        case equals(String)
        case notEquals(String)
        case matches(CompiledRegex)
    }
    var key: String
    var test: Test
}

indirect enum PatternNode: Sendable {
    case token(TokenTest)
    case gazetteer(type: String, constraints: [Constraint])
    case annotation(type: String, constraints: [Constraint])
    case sequence([PatternNode])
    case alternation([PatternNode])
    case repetition(PatternNode, min: Int, max: Int)
    case capture(slot: Int, PatternNode)
    case sentenceStart
}

enum CompiledExpression: Sendable {
    case capture(slot: Int, path: [String], offset: Int)
    case constant(FieldValue)
    indirect case list([CompiledExpression])
    indirect case call(NormalizerFunction, arguments: [(label: String?, value: CompiledExpression)], offset: Int)
}

enum CompiledEmitItem: Sendable {
    case field(String, CompiledExpression)
    case spread(CompiledExpression)
}

enum CompiledBody: Sendable {
    case tokens(PatternNode)
    /// A regex over the normalised text; `slots[group]` is the capture slot of each named group.
    case regex(CompiledRegex, groupSlots: [Int?])
}

public struct CompiledRule: Sendable {
    public let id: String
    public let index: Int
    public let phase: Int
    public let languages: [Language]
    public let priority: Int
    public let zone: Zone?
    /// Rules in one group compete for overlapping text; by default the group is the emitted type.
    public let group: String
    public let emitsFact: Bool
    public let emitType: String
    public let location: SourceLocation
    let body: CompiledBody
    let emitItems: [CompiledEmitItem]
    let captureNames: [String]
    /// The capture whose span becomes the fact's span, if any.
    let focusSlot: Int?
    /// Vocabulary ids of which at least one must occur in a document for the rule to be worth running
    /// (empty: always run). A cheap prefilter.
    let requiredAnyOf: [Int32]
    public let examples: [ExampleSyntax]

    public var isRegex: Bool { if case .regex = body { true } else { false } }
}

public struct Phase: Sendable {
    public let name: String
    public let rules: [CompiledRule]
}
