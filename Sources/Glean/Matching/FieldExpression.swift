/// A rule's field expression as the extractor evaluates it, built once per rule from its `CompiledExpression`:
/// the same calls, except that a call whose value is already decided by some of its arguments does not evaluate
/// the others. Normalisers have no effects (the caches they fill only remember what they computed), so an
/// argument left unevaluated changes no value; what it saves is the context lookups written as late fallbacks,
/// `first(interval(d.item), nearest_in_sentence("LeadDate", "value"), prefer(in_sentence(…), "nearest"), …)`,
/// which were all made for every candidate whatever its first argument gave.
indirect enum FieldExpression: Sendable {
    case capture(slot: Int, path: [String])
    case constant(FieldValue)
    case list([FieldExpression])
    case call(NormalizerFunction, arguments: [(label: String?, value: FieldExpression)])
    /// `first(a, b, …)`: the first argument that is not null; the ones after it are not evaluated.
    case firstNotNull([FieldExpression])
    /// A call that is null whenever its first unlabelled argument is null (`FieldExpression.nullWithFirst`), so its
    /// other arguments are evaluated only when that one is not: `without(interval(d0.item), in_sentence(…))`.
    case nullWithFirst(NormalizerFunction, arguments: [(label: String?, value: FieldExpression)], first: Int)
    /// `when(c, v)` (`whenHolds` true) and `unless(c, v)`: `v` is evaluated only when the condition lets it through.
    /// The pack writes 500 `when` and 370 `unless`, many with a costly lookup as `v` behind a cheap `c`
    /// (`unless(overlapping("Vetoed", "at"), in_sentence(…))`), which were made for every candidate.
    case conditional(condition: FieldExpression, value: FieldExpression, whenHolds: Bool)
    /// A context lookup whose type, field and `outside:` are written as strings (`in_sentence("Country", "id")`),
    /// numbered once per pack (`RulePack.numberLookups`): its caches are arrays read by number, not dictionaries
    /// hashing the names per call.
    case lookup(ContextLookupCall)

    /// Functions that return null when their first unlabelled argument is null, whatever the others are (each
    /// begins `guard let first = positional(arguments, 0) else { return .null }`, or reads the records of that
    /// argument and returns null when there are none).
    static let nullWithFirst: Set<String> = ["without", "prefer", "at_least", "called", "select", "filter", "sorted"]

    init(_ expression: CompiledExpression) {
        switch expression {
        case .capture(let slot, let path, _):
            self = .capture(slot: slot, path: path)
        case .constant(let value):
            self = .constant(value)
        case .list(let items):
            self = .list(items.map(FieldExpression.init))
        case .call(let function, let arguments, _):
            let compiled = arguments.map { (label: $0.label, value: FieldExpression($0.value)) }
            if function.name == "first", compiled.allSatisfy({ $0.label == nil }) {
                self = .firstNotNull(compiled.map(\.value))
            } else if function.name == "when" || function.name == "unless", compiled.count == 2, compiled.allSatisfy({ $0.label == nil }) {
                self = .conditional(condition: compiled[0].value, value: compiled[1].value, whenHolds: function.name == "when")
            } else if FieldExpression.nullWithFirst.contains(function.name), let first = compiled.firstIndex(where: { $0.label == nil }) {
                self = .nullWithFirst(function, arguments: compiled, first: first)
            } else {
                self = .call(function, arguments: compiled)
            }
        }
    }
}

/// A rule's `emit` item for the extractor (see `FieldExpression`).
enum FieldItem: Sendable {
    case field(String, FieldExpression)
    case spread(FieldExpression)

    init(_ item: CompiledEmitItem) {
        switch item {
        case .field(let name, let expression): self = .field(name, FieldExpression(expression))
        case .spread(let expression): self = .spread(FieldExpression(expression))
        }
    }
}
