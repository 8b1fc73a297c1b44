// Fuzzes the JSON Lines document reader (`--input-format jsonl`): arbitrary bytes as a JSON Lines stream, read
// through a pipe by the same code that reads files and standard input, in blocks, line by line.
import CFuzzerDriver
import Foundation
import Glean

nonisolated(unsafe) let reader = DocumentSource(paths: [], format: .jsonl)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The input fits in a pipe's buffer (-max_len is below 64 KB), so it is written whole before reading.
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0, "pipe() failed")
    let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    precondition(written == size, "the input did not fit in the pipe")
    close(ends[1])
    defer { close(ends[0]) }

    var documents = 0, skipped = 0
    var lastLine = 0
    var warnedLines = Set<Int>()
    reader.forEachJSONLine(readingFrom: ends[0], name: "fuzz") { item in
        switch item {
        case .success(let document):
            documents += 1
            precondition(document.bytes.count <= size, "a document longer than its input")
        case .failure(let diagnostic):
            let line = diagnostic.location?.line ?? 0
            precondition(line >= 1, "a problem without its line: \(diagnostic)")
            precondition(line >= lastLine, "lines out of order")
            lastLine = line
            switch diagnostic.code {
            case "input": skipped += 1; precondition(diagnostic.severity == .error)
            case "input-field": warnedLines.insert(line); precondition(diagnostic.severity == .warning)
            default: preconditionFailure("unexpected problem: \(diagnostic)")
            }
        }
    }
    // Every line that is not blank is either a document or a skipped line, never both, never neither.
    var lines = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) where !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
        lines += 1
    }
    precondition(documents + skipped == lines, "\(lines) lines gave \(documents) documents and \(skipped) skipped lines")
    precondition(warnedLines.count <= documents, "a warning about a line that gave no document")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzJSONLines))
