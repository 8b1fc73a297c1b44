// Fuzzes the gazetteer loader: arbitrary bytes as a YAML gazetteer (first byte even) or a TSV one (odd), then
// building the phrase automaton and matching a sentence against it, with a rule that refers to the entries.
import CFuzzerDriver
import Foundation
import Glean

nonisolated(unsafe) let rules = """
rule fuzz.any_entry {
  pattern: c:gaz:Country
  emit Country { code: c.id }
}
"""

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGazetteerFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let isTSV = data[0] & 1 == 1
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    let path = isTSV ? "fuzz.tsv" : "fuzz.yaml"
    let country = (path: "countries.yaml", text: "type: Country\nentries:\n  - id: MA\n    names: [Morocco]\n")
    do {
        let pack = try RulePack.build(rules: [(path: "fuzz.glean", text: rules)], gazetteers: [country, (path: path, text: text)])
        // Match the gazetteer's own text: its names occur in it.
        _ = Extractor(pack: pack).extract(Document(id: "fuzz", text: "Morocco. " + String(text.prefix(512))))
    } catch {
        precondition(!error.diagnostics.isEmpty, "an empty diagnostic list was thrown")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzGazetteerFile))
