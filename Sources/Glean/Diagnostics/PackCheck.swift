import Foundation

/// What `glean check` finds in a rule pack without reading any document: load errors and warnings, lint
/// warnings, failing rule examples and consolidation configuration problems. Shared by the CLI and
/// `glean serve`'s `POST /v1/check`.
public struct PackCheck {
    public var diagnostics: [Diagnostic] = []
    /// The pack, when it loads.
    public var pack: RulePack?
    public var exampleCount = 0
    public var exampleFailures = 0

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
    public func failed(strict: Bool) -> Bool { errors > 0 || (strict && warnings > 0) }

    /// - Parameter overrides: rule file texts replacing those on disk (see `RulePack.load`).
    public init(rulesDirectory: String, gazetteerDirectory: String, limits: PackLimits = .standard, overrides: [String: String] = [:]) {
        do {
            let loaded = try RulePack.load(rulesDirectory: rulesDirectory, gazetteerDirectory: gazetteerDirectory, limits: limits, overrides: overrides)
            pack = loaded
            diagnostics = loaded.warnings.filter { $0.severity != .note } + PackLint.diagnostics(loaded)
        } catch {
            diagnostics = error.diagnostics
        }
        if let pack {
            let checker = ExampleChecker(pack: pack)
            exampleCount = checker.exampleCount
            let failures = checker.failures()
            exampleFailures = failures.count
            diagnostics += failures
        }
        // The consolidation configuration kept with the rules (docs/consolidation.md) is checked too.
        let consolidationFile = rulesDirectory + "/consolidation.yaml"
        if FileManager.default.fileExists(atPath: consolidationFile) {
            do {
                let consolidation = try ConsolidationConfig.load(path: consolidationFile)
                if let pack { diagnostics += consolidation.warnings(emittedTypes: Set(pack.rules.filter(\.emitsFact).map(\.emitType))) }
            } catch { diagnostics += error.diagnostics }
        }
    }

    /// The closing line of `glean check`.
    public var summary: String {
        var summary: String
        if let pack {
            summary = "\(pack.rules.count) rules in \(pack.phases.count) phases, \(exampleCount) examples \(exampleFailures == 0 ? "pass" : "(\(exampleFailures) fail)"); \(pack.gazetteer.entries.count) gazetteer entries (\(pack.gazetteer.forms.count) forms)"
        } else {
            summary = "the rule pack does not load"
        }
        summary += "; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        return summary
    }
}

/// `glean check --format json`: `{"ok": …, "summary": …, "diagnostics": [{"severity", "code", "message", "file",
/// "line", "column", "source_line"}]}`, one object on one line.
public enum CheckReport {
    public static func json(_ diagnostics: [Diagnostic], summary: String, failed: Bool) -> String {
        var writer = JSONWriter()
        writer.appendRaw("{\"ok\":")
        writer.appendBool(!failed)
        writer.appendRaw(",\"summary\":")
        writer.appendString(summary)
        writer.appendRaw(",\"errors\":")
        writer.appendInt(diagnostics.filter { $0.severity == .error }.count)
        writer.appendRaw(",\"warnings\":")
        writer.appendInt(diagnostics.filter { $0.severity == .warning }.count)
        writer.appendRaw(",\"diagnostics\":")
        writer.appendArray(diagnostics) { writer, diagnostic in append(diagnostic, to: &writer) }
        writer.appendRaw("}")
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// One diagnostic as `{"severity", "code", "message", "file"?, "line"?, "column"?, "source_line"?}`.
    public static func append(_ diagnostic: Diagnostic, to writer: inout JSONWriter) {
        writer.appendRaw("{\"severity\":")
        writer.appendString(diagnostic.severity.rawValue)
        writer.appendRaw(",\"code\":")
        writer.appendString(diagnostic.code)
        writer.appendRaw(",\"message\":")
        writer.appendString(diagnostic.message)
        if let location = diagnostic.location {
            writer.appendRaw(",\"file\":")
            writer.appendString(location.file)
            writer.appendRaw(",\"line\":")
            writer.appendInt(location.line)
            writer.appendRaw(",\"column\":")
            writer.appendInt(location.column)
        }
        if let line = diagnostic.sourceLine {
            writer.appendRaw(",\"source_line\":")
            writer.appendString(line)
        }
        writer.appendRaw("}")
    }
}
