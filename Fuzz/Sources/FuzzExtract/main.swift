// Fuzzes extraction: arbitrary bytes (invalid UTF-8, NULs, markup, huge tokens) as a document, extracted with the
// shipped rule pack (Rules/ and Gazetteers/ of the repository, or $GLEAN_HOME). The first byte picks the
// language (en, fr, detect) so every rule gets to run.
import CFuzzerDriver
import Foundation
import Glean

let home = ProcessInfo.processInfo.environment["GLEAN_HOME"] ?? FileManager.default.currentDirectoryPath
nonisolated(unsafe) let pack: RulePack = {
    do {
        return try RulePack.load(rulesDirectory: home + "/Rules", gazetteerDirectory: home + "/Gazetteers")
    } catch {
        fatalError("cannot load the shipped pack from \(home) (run from the repository root or set GLEAN_HOME):\n\(error)")
    }
}()
nonisolated(unsafe) let extractor = Extractor(pack: pack)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let language: Language? = switch data[0] % 3 { case 0: .en; case 1: .fr; default: nil }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let result = extractor.extract(Document(id: "fuzz", bytes: bytes, language: language))
    // Provenance must hold for every fact: spans index the text as decoded (invalid UTF-8 replaced by U+FFFD),
    // and the fact's text is exactly what its span covers.
    let decoded = Array(String(decoding: bytes, as: UTF8.self).utf8)
    for fact in result.facts {
        let span = fact.byteSpan
        precondition(span.start >= 0 && span.start <= span.end && span.end <= decoded.count, "span \(span) outside the document (\(decoded.count) bytes)")
        precondition(String(decoding: decoded[span.start..<span.end], as: UTF8.self) == fact.text, "fact text is not what its span covers")
        precondition(fact.span.start <= fact.span.end, "scalar span reversed")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzDocument))
