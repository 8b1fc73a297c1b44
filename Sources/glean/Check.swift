import ArgumentParser
import Foundation
import Glean

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse and validate the rules and gazetteers, and run the examples written in the rules, without reading any document.",
        discussion: """
        Reports errors and warnings as file:line:column with the source line and a caret (or, with --format json,
        as one JSON object for editors and CI). Warnings: unused macros, rules that can never fire (shadowed by a
        rule that always wins their matches), gazetteer forms shared by entries of different types. Notes (they do
        not fail --strict): regex rules without a gate, which scan the whole text of every document.
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
        let check = PackCheck(rulesDirectory: rulesDirectory, gazetteerDirectory: gazetteerDirectory, limits: pack.limits)
        let diagnostics = check.diagnostics
        let errors = check.errors
        let failed = check.failed(strict: strict)
        let summary = check.summary

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
