import ArgumentParser
import Glean

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse and validate the rules and gazetteers, and run the examples written in the rules, without reading any document.",
        discussion: "Exit status: 0 when everything is valid and every example passes, 1 otherwise."
    )

    @OptionGroup var pack: PackOptions

    func run() throws {
        let rulePack = try pack.loadPack()
        let checker = ExampleChecker(pack: rulePack)
        let failures = checker.failures()
        for failure in failures { Terminal.printError(failure.rendered) }
        let rules = rulePack.rules.count
        if !failures.isEmpty {
            throw CommandFailure("\(failures.count) of \(checker.exampleCount) rule examples fail")
        }
        print("ok: \(rules) rules in \(rulePack.phases.count) phases, \(checker.exampleCount) examples pass; \(rulePack.gazetteer.entries.count) gazetteer entries (\(rulePack.gazetteer.forms.count) forms)")
    }
}
