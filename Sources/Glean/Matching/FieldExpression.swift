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
    /// A subexpression written more than once in one rule's fields (`RulePack.shareRepeated`): evaluated at most once
    /// per candidate, its value kept in slot `slot` of the candidate's `FieldMemo`. `meeting.paragraph_countries` writes
    /// `unique(overlapping("Country", "id"), overlapping("Official", "country"))` seven times, `meeting.mention`
    /// `in_sentence("Official", "country", outside: "NotParticipant")` a dozen: each a scan of the sentence's annotations.
    case shared(slot: Int, FieldExpression)

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

/// The values of a rule's shared subexpressions (`FieldExpression.shared`) for the candidate being evaluated: a slot
/// holds a value when its stamp is the candidate's. One per phase, on the extractor's one thread.
final class FieldMemo {
    @exclusivity(unchecked) var values: [FieldValue] = []
    @exclusivity(unchecked) var stamps: [UInt32] = []
    @exclusivity(unchecked) var stamp: UInt32 = 0

    /// Forgets every value: the next candidate, of a rule with `count` shared subexpressions, starts.
    func begin(count: Int) {
        if stamps.count < count {
            values += repeatElement(.null, count: count - stamps.count)
            stamps += repeatElement(0, count: count - stamps.count)
        }
        stamp &+= 1
        if stamp == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            stamp = 1
        }
    }
}

/// A subexpression's shape with its children as numbers (`FieldItem.shareRepeated`): equal for two expressions exactly
/// when they evaluate alike for any candidate — the same kind, functions, labels, constants (by case and value, doubles by
/// bits), capture slots and paths, lookups (scope, first or all, type, field and outside; a lookup call not yet numbered
/// as the `FieldExpression.lookup` it becomes), and children of the same numbers. Hashed as a struct: building a string per node made pack load 0.4 s slower.
struct SharingKey: Hashable {
    var kind: UInt8
    var name: String = ""
    var number: Int = 0
    var texts: [String?] = []
    var children: [Int] = []
}

extension FieldExpression {
    /// The node's own part of its `SharingKey`, with `children` the numbers of its children (in `children` order).
    func sharingKey(children: [Int]) -> SharingKey {
        switch self {
        case .capture(let slot, let path): return SharingKey(kind: 0, number: slot, texts: path)
        case .constant(let value): return SharingKey(kind: 1, name: FieldExpression.constantKey(value))
        case .list: return SharingKey(kind: 2, children: children)
        case .call(let function, let arguments):
            // A call `RulePack.numberLookups` makes a lookup has the key of that lookup: rules are shared before their
            // lookups are numbered (`RulePack.prepare`, on every core), with the same result as after.
            if let shape = RulePack.lookupShape(function, arguments) {
                return SharingKey(kind: 7, number: FieldExpression.scopeCode(shape.scope) * 2 + (shape.first ? 1 : 0),
                                  texts: [shape.type, shape.field, shape.outside])
            }
            return SharingKey(kind: 3, name: function.name, texts: arguments.map(\.label), children: children)
        case .firstNotNull: return SharingKey(kind: 4, children: children)
        case .nullWithFirst(let function, let arguments, let first):
            return SharingKey(kind: 5, name: function.name, number: first, texts: arguments.map(\.label), children: children)
        case .conditional(_, _, let whenHolds): return SharingKey(kind: 6, number: whenHolds ? 1 : 0, children: children)
        case .lookup(let call):
            return SharingKey(kind: 7, number: FieldExpression.scopeCode(call.scope) * 2 + (call.first ? 1 : 0), texts: [call.type, call.field, call.outside])
        case .shared: return SharingKey(kind: 8, children: children)
        }
    }

    /// A number per `ContextScope` (a lookup's key).
    private static func scopeCode(_ scope: ContextScope) -> Int {
        switch scope {
        case .sentence: 0
        case .previousSentence: 1
        case .before: 2
        case .beforeInSentence: 3
        case .beforeInZone: 4
        case .document: 5
        case .match: 6
        case .focus: 7
        }
    }

    private static func constantKey(_ value: FieldValue) -> String {
        switch value {
        case .string(let text): "s\(text.utf8.count):\(text)"
        case .int(let number): "i\(number)"
        case .double(let number): "d\(number.bitPattern)"
        case .bool(let flag): flag ? "t" : "f"
        case .list(let items): "l\(items.count)[" + items.map(constantKey).joined(separator: ",") + "]"
        case .object(let entries): "o\(entries.count){" + entries.map { "\($0.key.utf8.count):\($0.key)=" + constantKey($0.value) }.joined(separator: ",") + "}"
        case .null: "n"
        }
    }

    /// A hash of the expression's `SharingKey` and its children's, recursively (equal for expressions with equal keys:
    /// a lookup call not yet numbered hashes as the lookup it becomes); appends the hash of each node worth sharing
    /// to `hashes`.
    static func sharingHash(_ expression: FieldExpression, into hashes: inout [Int]) -> Int {
        var hasher = Hasher()
        switch expression {
        case .capture(let slot, let path):
            hasher.combine(0 as UInt8); hasher.combine(slot); hasher.combine(path)
        case .constant(let value):
            hasher.combine(1 as UInt8); hasher.combine(value)
        case .list(let items):
            hasher.combine(2 as UInt8)
            for item in items { hasher.combine(sharingHash(item, into: &hashes)) }
        case .call(let function, let arguments):
            if let shape = RulePack.lookupShape(function, arguments) {
                hasher.combine(7 as UInt8); hasher.combine(scopeCode(shape.scope) * 2 + (shape.first ? 1 : 0))
                hasher.combine(shape.type); hasher.combine(shape.field); hasher.combine(shape.outside)
            } else {
                hasher.combine(3 as UInt8); hasher.combine(function.name)
                for argument in arguments { hasher.combine(argument.label); hasher.combine(sharingHash(argument.value, into: &hashes)) }
            }
        case .firstNotNull(let items):
            hasher.combine(4 as UInt8)
            for item in items { hasher.combine(sharingHash(item, into: &hashes)) }
        case .nullWithFirst(let function, let arguments, let first):
            hasher.combine(5 as UInt8); hasher.combine(function.name); hasher.combine(first)
            for argument in arguments { hasher.combine(argument.label); hasher.combine(sharingHash(argument.value, into: &hashes)) }
        case .conditional(let condition, let value, let whenHolds):
            hasher.combine(6 as UInt8); hasher.combine(whenHolds)
            hasher.combine(sharingHash(condition, into: &hashes)); hasher.combine(sharingHash(value, into: &hashes))
        case .lookup(let call):
            hasher.combine(7 as UInt8); hasher.combine(scopeCode(call.scope) * 2 + (call.first ? 1 : 0))
            hasher.combine(call.type); hasher.combine(call.field); hasher.combine(call.outside)
        case .shared(_, let inner):
            hasher.combine(8 as UInt8); hasher.combine(sharingHash(inner, into: &hashes))
        }
        let hash = hasher.finalize()
        if expression.worthSharing { hashes.append(hash) }
        return hash
    }

    /// Whether the expression is a call `RulePack.numberLookups` makes a lookup (`RulePack.lookupShape`).
    var isLookupCall: Bool {
        if case .call(let function, let arguments) = self { return RulePack.lookupShape(function, arguments) != nil }
        return false
    }

    /// Whether sharing the expression can save work: constants and captures cost less than the memo.
    var worthSharing: Bool {
        switch self {
        case .constant, .capture, .shared: false
        default: true
        }
    }

    /// The direct subexpressions.
    var children: [FieldExpression] {
        switch self {
        case .capture, .constant, .lookup: []
        case .list(let items), .firstNotNull(let items): items
        case .call(_, let arguments), .nullWithFirst(_, let arguments, _): arguments.map(\.value)
        case .conditional(let condition, let value, _): [condition, value]
        case .shared(_, let inner): [inner]
        }
    }

    /// The expression with its direct subexpressions replaced by `transform`'s results.
    func mapChildren(_ transform: (FieldExpression) -> FieldExpression) -> FieldExpression {
        switch self {
        case .capture, .constant, .lookup: self
        case .list(let items): .list(items.map(transform))
        case .firstNotNull(let items): .firstNotNull(items.map(transform))
        case .call(let function, let arguments): .call(function, arguments: arguments.map { (label: $0.label, value: transform($0.value)) })
        case .nullWithFirst(let function, let arguments, let first):
            .nullWithFirst(function, arguments: arguments.map { (label: $0.label, value: transform($0.value)) }, first: first)
        case .conditional(let condition, let value, let whenHolds): .conditional(condition: transform(condition), value: transform(value), whenHolds: whenHolds)
        case .shared(let slot, let inner): .shared(slot: slot, transform(inner))
        }
    }
}

extension FieldItem {
    var expression: FieldExpression {
        switch self {
        case .field(_, let expression), .spread(let expression): expression
        }
    }

    func with(_ expression: FieldExpression) -> FieldItem {
        switch self {
        case .field(let name, _): .field(name, expression)
        case .spread: .spread(expression)
        }
    }

    /// `items` with every subexpression written more than once among them (by `FieldExpression.sharingKey`, worth
    /// sharing) made `.shared`, numbered from 0, and how many there are. Evaluation stays lazy: a shared value is
    /// made the first time the candidate's evaluation reaches one of its places, as it was, and read at the others.
    static func shareRepeated(_ items: [FieldItem]) -> (items: [FieldItem], count: Int) {
        // Most rules write no subexpression twice: a hash per node worth sharing (equal keys give equal hashes), with
        // no allocation but the list of hashes, tells them apart, and only a rule with two equal hashes is keyed
        // exactly below (the keys, their strings and arrays, and interning them were most of the cost).
        var hashes: [Int] = []
        for item in items { _ = FieldExpression.sharingHash(item.expression, into: &hashes) }
        hashes.sort()
        guard hashes.indices.dropFirst().contains(where: { hashes[$0] == hashes[$0 - 1] }) else { return (items, 0) }
        var interned: [SharingKey: Int] = [:]
        var counts: [Int] = []
        // The nodes' key numbers in the order both passes visit them (children first, then the node).
        var visited: [Int] = []
        // A lookup call is a leaf, as the lookup it becomes: its constant arguments are in its key (keying them, a
        // string per constant, was most of this pass).
        func count(_ expression: FieldExpression) -> Int {
            let key = expression.sharingKey(children: expression.isLookupCall ? [] : expression.children.map(count))
            let known = interned[key]
            let number = known ?? counts.count
            if known == nil { interned[key] = number; counts.append(0) }
            if expression.worthSharing { counts[number] += 1 }
            visited.append(number)
            return number
        }
        items.forEach { _ = count($0.expression) }
        guard counts.contains(where: { $0 > 1 }) else { return (items, 0) }
        var slots: [Int: Int] = [:]
        var cursor = 0
        // Only the nodes above a shared one are made again; the rest are kept as they are.
        func share(_ expression: FieldExpression) -> (expression: FieldExpression, changed: Bool) {
            let parts = expression.isLookupCall ? [] : expression.children.map(share)
            let number = visited[cursor]
            cursor += 1
            var rebuilt = expression
            let changed = parts.contains { $0.changed }
            if changed {
                var next = 0
                rebuilt = expression.mapChildren { _ in
                    defer { next += 1 }
                    return parts[next].expression
                }
            }
            guard expression.worthSharing, counts[number] > 1 else { return (rebuilt, changed) }
            let slot = slots[number] ?? slots.count
            slots[number] = slot
            return (.shared(slot: slot, rebuilt), true)
        }
        let shared = items.map { $0.with(share($0.expression).expression) }
        return (shared, slots.count)
    }
}
