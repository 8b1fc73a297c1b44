// Fuzzes the HTML stripper (`--input-format html`): arbitrary bytes as a page. The visible text must be valid
// UTF-8 and every span of it must map back into the page, in order, so facts found in the text index the page.
import CFuzzerDriver
import Foundation
import Glean

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let visible = HTMLVisibleText(page: Array(UnsafeBufferPointer(start: data, count: size)))
    let text = visible.text, page = visible.page
    precondition(String(validating: text, as: UTF8.self) != nil, "the visible text is not valid UTF-8")
    var previousStart = 0, previousEnd = 0
    for offset in 0...text.count {
        let start = visible.pageStart(ofText: offset), end = visible.pageEnd(ofText: offset)
        precondition(start >= 0 && start <= page.count && end >= 0 && end <= page.count, "offset \(offset) maps outside the page")
        precondition(start >= previousStart && end >= previousEnd, "the map goes backwards at \(offset)")
        previousStart = start
        previousEnd = end
        guard offset < text.count else { break }
        // A one-byte span of text covers at least one byte of the page, after its start.
        let spanEnd = visible.pageEnd(ofText: offset + 1)
        precondition(spanEnd > start, "text byte \(offset) maps to an empty stretch of the page")
        // A byte of text from exactly one byte of the page is that byte, or white space that stood for white space.
        if spanEnd - start == 1 && page[start] != text[offset] {
            let spaces: Set<UInt8> = [9, 10, 12, 13, 32]
            precondition(spaces.contains(page[start]) && spaces.contains(text[offset]), "text byte \(offset) (\(text[offset])) is not page byte \(start) (\(page[start]))")
        }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzHTML))
