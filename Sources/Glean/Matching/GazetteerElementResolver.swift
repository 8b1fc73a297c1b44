/// Resolves the gazetteer elements of every rule against the pack's gazetteer, each distinct element once.
/// Macros and unrolled repeats copy an element (`gaz:Official(role="minister")`) into many places of many programs,
/// and resolving one with attribute constraints tests every entry of its type: done per copy, that was most of
/// the time spent loading the pack.
final class GazetteerElementResolver {
    let gazetteer: Gazetteer
    let table: GazetteerTypeTable
    private let scratch = RegexMatchScratch()
    private var resolved: [Key: ResolvedGazetteerElement] = [:]

    init(gazetteer: Gazetteer, table: GazetteerTypeTable) {
        self.gazetteer = gazetteer
        self.table = table
    }

    func resolve(type: String, constraints: [Constraint]) -> ResolvedGazetteerElement {
        let key = GazetteerElementResolver.key(type: type, constraints: constraints)
        if let known = resolved[key] { return known }
        let element = ResolvedGazetteerElement(type: type, constraints: constraints, gazetteer: gazetteer, table: table, scratch: scratch)
        resolved[key] = element
        return element
    }

    /// Identifies what an element accepts: its type and each constraint's key, test and operand, in order.
    struct Key: Hashable {
        struct Part: Hashable {
            let key: String
            /// 0 equals, 1 not equals, 2 matches (with `options` of the regex).
            let test: UInt8
            let options: UInt8
            let operand: String
        }
        let type: String
        let parts: [Part]
    }

    static func key(type: String, constraints: [Constraint]) -> Key {
        Key(type: type, parts: constraints.map { constraint in
            switch constraint.test {
            case .equals(let value): Key.Part(key: constraint.key, test: 0, options: 0, operand: value)
            case .notEquals(let value): Key.Part(key: constraint.key, test: 1, options: 0, operand: value)
            case .matches(let regex): Key.Part(key: constraint.key, test: 2, options: regex.options.rawValue, operand: regex.pattern)
            }
        })
    }

    /// How many distinct elements were resolved (for tests).
    var distinctCount: Int { resolved.count }
}
