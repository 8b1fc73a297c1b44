import ArgumentParser
import Foundation
import Glean

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse and validate the rules and gazetteers, and run the examples written in the rules, without reading any document.",
        discussion: """
        Reports errors and warnings as file:line:column with the source line and a caret (or, with --format json,
        as one JSON object for editors and CI). Warnings: unused macros, rules that can never fire (shadowed by a
        rule that always wins their matches), gazetteer forms shared by entries of different types.
        Exit status: 0 when there is no error (and, with --strict, no warning) and every example passes, 1 otherwise.
        """
    )

    @OptionGroup var pack: PackOptions

    @Option(help: "text (file:line:column: severity: message, with the source line and a caret) or json.")
    var format: CheckFormat = .text

    @Flag(help: "Warnings fail the check too.")
    var strict = false

    func run() throws {
        let rulesDirectory = try pack.rules ?? ShippedPack.locate("Rules")
        let gazetteerDirectory = try pack.gazetteers ?? ShippedPack.locate("Gazetteers")
        var diagnostics: [Diagnostic] = []
        var rulePack: RulePack? = nil
        do {
            let loaded = try RulePack.load(rulesDirectory: rulesDirectory, gazetteerDirectory: gazetteerDirectory, limits: pack.limits)
            rulePack = loaded
            diagnostics = loaded.warnings.filter { $0.severity != .note } + PackLint.diagnostics(loaded)
        } catch {
            diagnostics = error.diagnostics
        }
        var exampleCount = 0
        var exampleFailures = 0
        if let rulePack {
            let checker = ExampleChecker(pack: rulePack)
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
                if let rulePack { diagnostics += consolidation.warnings(emittedTypes: Set(rulePack.rules.filter(\.emitsFact).map(\.emitType))) }
            } catch { diagnostics += error.diagnostics }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let failed = errors > 0 || (strict && warnings > 0)

        var summary: String
        if let rulePack {
            summary = "\(rulePack.rules.count) rules in \(rulePack.phases.count) phases, \(exampleCount) examples \(exampleFailures == 0 ? "pass" : "(\(exampleFailures) fail)"); \(rulePack.gazetteer.entries.count) gazetteer entries (\(rulePack.gazetteer.forms.count) forms)"
        } else {
            summary = "the rule pack does not load"
        }
        summary += "; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"

        switch format {
        case .json:
            print(CheckReport.json(diagnostics, summary: summary, failed: failed))
        case .text:
            for diagnostic in diagnostics { Terminal.printError(diagnostic.rendered) }
            if failed {
                throw CommandFailure(summary + (errors == 0 ? " (--strict: warnings fail)" : ""))
            }
            print("ok: " + summary)
        }
        if failed { throw ExitCode(1) }
    }
}

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `glean check --format json`: `{"ok": …, "summary": …, "diagnostics": [{"severity", "code", "message", "file",
/// "line", "column", "source_line"}]}`, one object on one line.
enum CheckReport {
    static func json(_ diagnostics: [Diagnostic], summary: String, failed: Bool) -> String {
        var writer = JSONWriter()
        writer.appendRaw("{\"ok\":")
        if failed { writer.appendRaw("false") } else { writer.appendRaw("true") }
        writer.appendRaw(",\"summary\":")
        writer.appendString(summary)
        writer.appendRaw(",\"errors\":")
        writer.appendInt(diagnostics.filter { $0.severity == .error }.count)
        writer.appendRaw(",\"warnings\":")
        writer.appendInt(diagnostics.filter { $0.severity == .warning }.count)
        writer.appendRaw(",\"diagnostics\":[")
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { writer.appendRaw(",") }
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
        writer.appendRaw("]}")
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
