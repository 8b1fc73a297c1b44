// Fuzzes the rule language: lexing, parsing and compiling arbitrary bytes as a rule file, against a small
// gazetteer so `gaz:` and `@` references can resolve. Errors are expected; crashes, hangs and leaks are not.
import CFuzzerDriver
import Foundation
import Glean

nonisolated(unsafe) let gazetteer = """
type: Country
entries:
  - id: MA
    names: [Morocco, Maroc]
  - id: JP
    names: [Japan, Japon]
"""

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let pack = try RulePack.build(rules: [(path: "fuzz.glean", text: text)], gazetteers: [(path: "countries.yaml", text: gazetteer)])
        // A pack that compiles must also run: extract a sentence with it.
        _ = Extractor(pack: pack).extract(Document(id: "fuzz", text: "Morocco and Japan signed 3 agreements worth 12 million dollars on 8 August 2024."))
    } catch {
        // Every error must carry text a user can act on.
        precondition(!error.diagnostics.isEmpty, "an empty diagnostic list was thrown")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzRuleFile))
