// Fuzzes extraction: arbitrary bytes (invalid UTF-8, NULs, markup, huge tokens) as a document, extracted with the
// shipped rule pack (Rules/ and Gazetteers/ of the repository, or $GLEAN_HOME). The first byte picks the
// language (en, fr, detect) so every rule gets to run.
import CFuzzerDriver
import Foundation
import Glean

let home = ProcessInfo.processInfo.environment["GLEAN_HOME"] ?? FileManager.default.currentDirectoryPath
let pack: RulePack = {
    do {
        return try RulePack.load(rulesDirectory: home + "/Rules", gazetteerDirectory: home + "/Gazetteers")
    } catch {
        fatalError("cannot load the shipped pack from \(home) (run from the repository root or set GLEAN_HOME):\n\(error)")
    }
}()
let extractor = Extractor(pack: pack)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let language: Language? = switch data[0] % 3 { case 0: .en; case 1: .fr; default: nil }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let result = extractor.extract(Document(id: "fuzz", bytes: bytes, language: language))
    // Provenance must hold for every fact: the span is inside the document and its text is what it covers.
    for fact in result.facts {
        precondition(fact.byteSpan.start >= 0 && fact.byteSpan.start <= fact.byteSpan.end && fact.byteSpan.end <= bytes.count, "span outside the document")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzDocument))
