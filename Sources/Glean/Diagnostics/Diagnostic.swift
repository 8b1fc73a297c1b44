/// A finding about a rule file, a gazetteer or a document: what is wrong, where, and what to do.
/// The library returns diagnostics as values; the command-line tool prints them.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { switch self { case .note: 0; case .warning: 1; case .error: 2 } }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The source line the location points into, for the caret display.
    public var sourceLine: String?
    /// A short code a tool can match on, e.g. `syntax`, `unknown-gazetteer-type`, `regex`.
    public var code: String

    public init(_ severity: Severity, _ message: String, code: String, at location: SourceLocation? = nil, sourceLine: String? = nil) {
        self.severity = severity
        self.message = message
        self.code = code
        self.location = location
        self.sourceLine = sourceLine
    }

    public static func error(_ message: String, code: String, at offset: Int, in file: SourceFile) -> Diagnostic {
        let location = file.location(ofByte: offset)
        return Diagnostic(.error, message, code: code, at: location, sourceLine: file.lineText(location.line))
    }

    public static func warning(_ message: String, code: String, at offset: Int, in file: SourceFile) -> Diagnostic {
        let location = file.location(ofByte: offset)
        return Diagnostic(.warning, message, code: code, at: location, sourceLine: file.lineText(location.line))
    }

    /// `file:line:column: error: message`, then the source line and a caret under the column.
    public var rendered: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let sourceLine, let location {
            text += "\n" + sourceLine + "\n"
            // Keep tabs so the caret lines up under the same character in a terminal.
            var prefix = ""
            for (index, character) in sourceLine.unicodeScalars.enumerated() where index < location.column - 1 {
                prefix += character == "\t" ? "\t" : " "
            }
            text += prefix + "^"
        }
        return text
    }

    public var description: String { rendered }
}

/// Several diagnostics thrown together (loading stops at the end of a phase of checking, not at the first error).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var description: String { diagnostics.map(\.rendered).joined(separator: "\n") }
}
