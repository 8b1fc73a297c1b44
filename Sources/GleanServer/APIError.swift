import Foundation
import Glean
import Hummingbird

/// An API error: `{"error": {"code", "message", "location"?}}` with its HTTP status, and for rule errors the
/// diagnostics beside it.
struct APIError: Error {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var location: String?
    var diagnostics: [Diagnostic] = []

    static func badRequest(_ message: String, code: String = "bad-request", location: String? = nil) -> APIError {
        APIError(status: .badRequest, code: code, message: message, location: location)
    }

    /// A field of the JSON body that is missing or of the wrong kind; the message names it.
    static func field(_ name: String, _ problem: String) -> APIError {
        APIError(status: .badRequest, code: "bad-field", message: "field \"\(name)\": \(problem)")
    }

    /// Rule text that does not compile: 422 with every diagnostic; the location is the first error's.
    static func ruleErrors(_ diagnostics: [Diagnostic]) -> APIError {
        let errors = diagnostics.filter { $0.severity == .error }
        let first = errors.first
        return APIError(status: .unprocessableContent, code: "rule-errors",
                        message: "\(errors.count) error\(errors.count == 1 ? "" : "s") in the rules" + (first.map { ": " + $0.message } ?? ""),
                        location: first?.location?.description, diagnostics: diagnostics)
    }

    var response: Response {
        var json = JSONWriter()
        json.appendRaw("{\"error\":{\"code\":")
        json.appendString(code)
        json.appendRaw(",\"message\":")
        json.appendString(message)
        if let location {
            json.appendRaw(",\"location\":")
            json.appendString(location)
        }
        json.appendRaw("}")
        if !diagnostics.isEmpty {
            json.appendRaw(",\"diagnostics\":")
            json.appendArray(diagnostics) { json, diagnostic in CheckReport.append(diagnostic, to: &json) }
        }
        json.appendRaw("}\n")
        var response = Response.json(json.bytes, status: status)
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
        return response
    }
}

extension Response {
    static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A JSON object body, read field by field with errors that name the field.
struct JSONBody {
    let object: [String: Any]

    init(_ bytes: [UInt8]) throws(APIError) {
        if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) { throw APIError.badRequest("the body is empty; send a JSON object", code: "malformed-json") }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) } catch {
            throw APIError.badRequest("the body is not valid JSON: \(JSONBody.reason(error))", code: "malformed-json")
        }
        guard let object = parsed as? [String: Any] else { throw APIError.badRequest("the body must be a JSON object", code: "malformed-json") }
        self.object = object
    }

    /// Foundation's message without its wrapping ("The data couldn't be read…").
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo["NSDebugDescription"] as? String) ?? nsError.localizedDescription
    }

    func string(_ name: String, required: Bool = false) throws(APIError) -> String? {
        switch object[name] {
        case nil, is NSNull:
            if required { throw APIError.field(name, "missing (a string)") }
            return nil
        case let value as String: return value
        default: throw APIError.field(name, "must be a string")
        }
    }

    /// A document id: a string or a number, as in `--input-format jsonl`.
    func identifier(_ name: String) throws(APIError) -> String? {
        switch object[name] {
        case nil, is NSNull: return nil
        case let value as String: return value
        case is Bool: throw APIError.field(name, "must be a string or a number")
        case let value as NSNumber: return value.stringValue
        default: throw APIError.field(name, "must be a string or a number")
        }
    }

    func language(_ name: String) throws(APIError) -> Language? {
        guard let text = try string(name), !text.isEmpty else { return nil }
        guard let language = Language(rawValue: text.lowercased()), language != .unknown else {
            throw APIError.field(name, "unknown language '\(text)' (expected en or fr)")
        }
        return language
    }

    func date(_ name: String) throws(APIError) -> CalendarDate? {
        guard let text = try string(name), !text.isEmpty else { return nil }
        guard let date = CalendarDate(iso: String(text.prefix(10))) else { throw APIError.field(name, "'\(text)' is not a date in the form YYYY-MM-DD") }
        return date
    }

    /// A list of names: a JSON array of strings, or one comma-separated string (as `--types`).
    func names(_ name: String) throws(APIError) -> Set<String>? {
        switch object[name] {
        case nil, is NSNull: return nil
        case let value as String: return Set(value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        case let values as [Any]:
            var result = Set<String>()
            for value in values {
                guard let text = value as? String else { throw APIError.field(name, "must be an array of strings or a comma-separated string") }
                result.insert(text)
            }
            return result
        default: throw APIError.field(name, "must be an array of strings or a comma-separated string")
        }
    }

    /// Rule file texts by path relative to the rules directory (the workbench's edited files).
    func ruleOverrides(_ name: String) throws(APIError) -> [String: String] {
        switch object[name] {
        case nil, is NSNull: return [:]
        case let map as [String: Any]:
            var result: [String: String] = [:]
            for (path, value) in map {
                guard let text = value as? String else { throw APIError.field(name, "the value for '\(path)' must be a string (the rule file's text)") }
                guard RulePath.isSafe(path) else { throw APIError.field(name, "'\(path)' is not a rule file path inside the rules directory (relative, ending in .glean, no '..')") }
                result[path] = text
            }
            return result
        default: throw APIError.field(name, "must be an object of rule file path to text")
        }
    }
}

/// Paths of rule files relative to `--rules`, as the workbench names them.
enum RulePath {
    /// Relative, `.glean`, no `..` or hidden component, no backslash or NUL: it cannot name a file outside the
    /// rules directory (symbolic links are checked where files are written).
    static func isSafe(_ path: String) -> Bool {
        guard path.hasSuffix(".glean"), !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\u{0}"), path.utf8.count < 512 else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
    }
}
