import ArgumentParser
import Glean

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse and validate the rules and gazetteers without reading any document.")

    @OptionGroup var pack: PackOptions

    func run() throws {
        let rulePack = try pack.loadPack()
        let rules = rulePack.rules.count
        print("ok: \(rules) rules in \(rulePack.phases.count) phases, \(rulePack.gazetteer.entries.count) gazetteer entries (\(rulePack.gazetteer.forms.count) forms)")
    }
}
