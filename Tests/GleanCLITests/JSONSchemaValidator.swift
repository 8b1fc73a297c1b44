import Foundation

/// A small JSON Schema (draft 2020-12) validator for the tests: it checks facts against docs/facts.schema.json.
///
/// Instances and schemas are Foundation JSON values as `JSONSerialization` returns them (`[String: Any]`,
/// `[Any]`, `String`, `NSNumber`, `NSNull`), or the same built from Swift literals (`Int`, `Double`, `Bool`).
///
/// Supported keywords: `type` (a name or a list of names), `properties`, `required`, `additionalProperties`
/// (a boolean, or a schema), `enum`, `const`, `items` (one schema for every element), `minimum`, `pattern`
/// (NSRegularExpression, unanchored search as the specification says), `allOf`, `anyOf`, `if`/`then`,
/// `$defs` with local `$ref` ("#/$defs/name", or any "#/…" JSON pointer into the root schema), and the boolean
/// schemas `true`/`false`. Other keywords (`$schema`, `$id`, `title`, `description`, …) are ignored.
///
/// Errors are strings that start with the JSON pointer of the offending value as a URI fragment
/// (`#/fields/amount: expected number, got string`; `#` is the whole instance).
struct JSONSchemaValidator {
    let schema: Any

    init(schema: [String: Any]) { self.schema = schema }

    /// Every violation of the schema by `instance`; empty when it is valid.
    func errors(for instance: Any) -> [String] {
        var errors: [String] = []
        check(instance, against: schema, path: [], depth: 0, errors: &errors)
        return errors
    }

    func isValid(_ instance: Any) -> Bool { errors(for: instance).isEmpty }

    // MARK: Values

    enum Kind: String {
        case null, boolean, integer, number, string, array, object
    }

    /// The JSON kind of a Foundation or Swift value. Integral numbers are `integer` (JSON Schema counts 2.0 as an
    /// integer too); booleans are never numbers, although on Linux `NSNumber(1) is Bool` is true.
    static func kind(of value: Any) -> Kind? {
        if value is NSNull { return .null }
        if type(of: value) == Bool.self { return .boolean }
        if let number = value as? NSNumber {
            if isBoolean(number) { return .boolean }
            let double = number.doubleValue
            return double.isFinite && double == double.rounded() ? .integer : .number
        }
        if value is String { return .string }
        if value is [Any] { return .array }
        if value is [String: Any] { return .object }
        return nil
    }

    /// JSON booleans come back from JSONSerialization as NSNumbers of the `char` type on every platform.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c" && (number.intValue == 0 || number.intValue == 1)
            && String(describing: type(of: number)).contains("Boolean")
    }

    static func describe(_ kind: Kind?) -> String { kind?.rawValue ?? "a non-JSON value" }

    /// JSON equality: numbers compare by value, booleans never equal numbers, objects ignore key order.
    static func equal(_ a: Any, _ b: Any) -> Bool {
        let ka = kind(of: a), kb = kind(of: b)
        switch (ka, kb) {
        case (.null, .null): return true
        case (.boolean, .boolean): return (a as! NSNumber).boolValue == (b as! NSNumber).boolValue
        case (.integer, .integer), (.integer, .number), (.number, .integer), (.number, .number):
            return (a as! NSNumber).doubleValue == (b as! NSNumber).doubleValue
        case (.string, .string): return (a as! String) == (b as! String)
        case (.array, .array):
            let x = a as! [Any], y = b as! [Any]
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object, .object):
            let x = a as! [String: Any], y = b as! [String: Any]
            guard x.count == y.count else { return false }
            for (key, value) in x {
                guard let other = y[key], equal(value, other) else { return false }
            }
            return true
        default: return false
        }
    }

    static func pointer(_ path: [String]) -> String {
        "#" + path.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }

    private static func render(_ value: Any) -> String {
        switch kind(of: value) {
        case .string: return "\"\(value as! String)\""
        case .null: return "null"
        case .boolean: return (value as! NSNumber).boolValue ? "true" : "false"
        case .integer, .number: return (value as! NSNumber).stringValue
        case .array, .object:
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]),
               let text = String(data: data, encoding: .utf8) { return text }
            return "\(value)"
        case nil: return "\(value)"
        }
    }

    // MARK: References

    /// Resolves "#", "#/$defs/name" or any "#/…" pointer into the root schema.
    private func resolve(_ reference: String) -> Any? {
        guard reference.hasPrefix("#") else { return nil }
        let fragment = reference.dropFirst()
        if fragment.isEmpty { return schema }
        guard fragment.hasPrefix("/") else { return nil }
        var current: Any = schema
        for rawToken in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = String(rawToken).removingPercentEncoding?
                .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") ?? String(rawToken)
            if let object = current as? [String: Any], let next = object[token] {
                current = next
            } else if let array = current as? [Any], let index = Int(token), array.indices.contains(index) {
                current = array[index]
            } else {
                return nil
            }
        }
        return current
    }

    // MARK: Validation

    private static let maximumDepth = 64

    private func check(_ instance: Any, against schemaValue: Any, path: [String], depth: Int, errors: inout [String]) {
        let here = JSONSchemaValidator.pointer(path)
        guard depth <= JSONSchemaValidator.maximumDepth else {
            errors.append("\(here): schema error: $ref nesting deeper than \(JSONSchemaValidator.maximumDepth) (a reference cycle?)")
            return
        }
        // Boolean schemas: true accepts everything, false nothing.
        if JSONSchemaValidator.kind(of: schemaValue) == .boolean {
            if !(schemaValue as! NSNumber).boolValue { errors.append("\(here): no value is allowed here") }
            return
        }
        guard let schema = schemaValue as? [String: Any] else {
            errors.append("\(here): schema error: a schema must be an object or a boolean")
            return
        }
        let kind = JSONSchemaValidator.kind(of: instance)

        if let reference = schema["$ref"] {
            if let reference = reference as? String, let target = resolve(reference) {
                check(instance, against: target, path: path, depth: depth + 1, errors: &errors)
            } else {
                errors.append("\(here): schema error: cannot resolve $ref \(JSONSchemaValidator.render(reference)) (only local \"#/…\" references are supported)")
            }
        }

        if let expected = schema["type"] {
            let names: [String] = (expected as? [String]) ?? [(expected as? String) ?? ""]
            let matches = names.contains { name in
                switch name {
                case "number": return kind == .number || kind == .integer
                default: return kind?.rawValue == name
                }
            }
            if !matches {
                errors.append("\(here): expected \(names.joined(separator: " or ")), got \(JSONSchemaValidator.describe(kind))")
                // The other keywords would only repeat the problem.
                return
            }
        }

        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { JSONSchemaValidator.equal(instance, $0) }) {
            errors.append("\(here): \(JSONSchemaValidator.render(instance)) is not one of \(allowed.map(JSONSchemaValidator.render).joined(separator: ", "))")
        }
        if let constant = schema["const"], !JSONSchemaValidator.equal(instance, constant) {
            errors.append("\(here): expected \(JSONSchemaValidator.render(constant)), got \(JSONSchemaValidator.render(instance))")
        }

        if let minimum = schema["minimum"] as? NSNumber, kind == .integer || kind == .number,
           let number = instance as? NSNumber, number.doubleValue < minimum.doubleValue {
            errors.append("\(here): \(number.stringValue) is less than the minimum \(minimum.stringValue)")
        }

        if let pattern = schema["pattern"] as? String, let text = instance as? String, kind == .string {
            do {
                let regex = try NSRegularExpression(pattern: pattern)
                if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                    errors.append("\(here): \"\(text)\" does not match the pattern \(pattern)")
                }
            } catch {
                errors.append("\(here): schema error: invalid pattern \(pattern)")
            }
        }

        if kind == .object, let object = instance as? [String: Any] {
            if let required = schema["required"] as? [String] {
                for key in required where object[key] == nil {
                    errors.append("\(here): missing required property \"\(key)\"")
                }
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                let value = object[key]!
                if let propertySchema = properties[key] {
                    check(value, against: propertySchema, path: path + [key], depth: depth + 1, errors: &errors)
                } else if let additional = schema["additionalProperties"] {
                    if JSONSchemaValidator.kind(of: additional) == .boolean {
                        if !(additional as! NSNumber).boolValue { errors.append("\(JSONSchemaValidator.pointer(path + [key])): property \"\(key)\" is not allowed") }
                    } else {
                        check(value, against: additional, path: path + [key], depth: depth + 1, errors: &errors)
                    }
                }
            }
        }

        if kind == .array, let array = instance as? [Any], let items = schema["items"] {
            for (index, element) in array.enumerated() {
                check(element, against: items, path: path + [String(index)], depth: depth + 1, errors: &errors)
            }
        }

        if let all = schema["allOf"] as? [Any] {
            for subschema in all { check(instance, against: subschema, path: path, depth: depth + 1, errors: &errors) }
        }

        if let any = schema["anyOf"] as? [Any] {
            var collected: [String] = []
            var matched = false
            for subschema in any {
                var attempt: [String] = []
                check(instance, against: subschema, path: path, depth: depth + 1, errors: &attempt)
                if attempt.isEmpty { matched = true; break }
                collected += attempt
            }
            if !matched {
                errors.append("\(here): matches none of the anyOf alternatives (\(collected.joined(separator: "; ")))")
            }
        }

        if let condition = schema["if"] {
            var attempt: [String] = []
            check(instance, against: condition, path: path, depth: depth + 1, errors: &attempt)
            if attempt.isEmpty, let consequence = schema["then"] {
                check(instance, against: consequence, path: path, depth: depth + 1, errors: &errors)
            }
        }
    }
}

/// Validates `instance` against `schema`; the list of errors (JSON pointer, then the problem) is empty when it
/// is valid. Same as `JSONSchemaValidator(schema:).errors(for:)`.
func validate(_ instance: Any, against schema: [String: Any]) -> [String] {
    JSONSchemaValidator(schema: schema).errors(for: instance)
}
