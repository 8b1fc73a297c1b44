/// Resolves the gazetteer elements of every rule against the pack's gazetteer, each distinct element once.
/// Macros and unrolled repeats copy an element (`gaz:Official(role="minister")`) into many places of many programs,
/// and resolving one with attribute constraints tests every entry of its type: done per copy, that was most of
/// the time spent loading the pack.
final class GazetteerElementResolver {
    let gazetteer: Gazetteer
    let table: GazetteerTypeTable
    private let scratch = RegexMatchScratch()
    private var resolved: [String: ResolvedGazetteerElement] = [:]

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
    static func key(type: String, constraints: [Constraint]) -> String {
        var key = type
        for constraint in constraints {
            key += "\u{0}" + constraint.key
            switch constraint.test {
            case .equals(let value): key += "\u{1}=" + value
            case .notEquals(let value): key += "\u{1}!" + value
            case .matches(let regex): key += "\u{1}~\(regex.options.rawValue)/" + regex.pattern
            }
        }
        return key
    }

    /// How many distinct elements were resolved (for tests).
    var distinctCount: Int { resolved.count }
}
