/// A value in a fact's fields or a gazetteer entry's attributes. Objects keep their keys in the order they were
/// written, so output follows the rule author's order.
/// Not `indirect`: lists and objects are already behind array storage, so boxing every case would only add an
/// allocation per value, and LeakSanitizer cannot follow the tagged box pointers (it reported every value held by a
/// long-lived pack as leaked).
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([FieldValue])
    case object([FieldEntry])
    case null

    public var stringValue: String? {
        switch self {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): String(flag)
        default: nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let number): Double(number)
        case .double(let number): number
        case .string(let text): Double(text)
        default: nil
        }
    }

    public var isNull: Bool { if case .null = self { true } else { false } }

    /// The value under `key` when this is an object.
    public subscript(key: String) -> FieldValue? {
        guard case .object(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// A number as the smallest exact form: integral doubles become ints.
    public static func number(_ value: Double) -> FieldValue {
        if value == value.rounded(), abs(value) < 9.0e15 { return .int(Int(value)) }
        return .double(value)
    }

    public var description: String {
        switch self {
        case .string(let text): "\"\(text)\""
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): String(flag)
        case .list(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .object(let entries): "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        case .null: "null"
        }
    }
}

public struct FieldEntry: Sendable, Hashable {
    public var key: String
    public var value: FieldValue
    public init(_ key: String, _ value: FieldValue) {
        self.key = key
        self.value = value
    }
}
