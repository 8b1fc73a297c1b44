import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// How input files are read.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Each file is one document (UTF-8 text).
    case text
    /// Each line is a document: `{"id": …, "text": …, "lang": …, "reference_date": …}`, maybe with its reading
    /// options `"forward_dates": true`, `"date_order": "dmy"`.
    case jsonl
    /// Each file is one HTML page: markup is stripped before matching, spans index the page's bytes.
    case html
}

/// Turns the paths a user gives into documents, in a stable order: files as given, directories walked
/// recursively (sorted, files matching the glob), `-` for standard input. Problems become diagnostics and the
/// walk goes on.
public struct DocumentSource {
    public var paths: [String]
    public var format: InputFormat
    public var glob: String
    public var language: Language?
    public var referenceDate: CalendarDate?

    public init(paths: [String], format: InputFormat, glob: String = "*.txt", language: Language? = nil, referenceDate: CalendarDate? = nil) {
        self.paths = paths
        self.format = format
        self.glob = glob
        self.language = language
        self.referenceDate = referenceDate
    }

    /// Calls `body` with each document or problem, in input order.
    public func forEach(_ body: (Result<Document, Diagnostic>) -> Void) {
        for path in paths {
            if path == "-" {
                if format == .jsonl {
                    // A filter: documents go out while later lines are still coming in.
                    streamLines(of: FileHandle.standardInput.fileDescriptor, name: "-", body)
                    continue
                }
                let data = FileHandle.standardInput.readDataToEndOfFile()
                emit(bytes: [UInt8](data), name: "-", body)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let problem = DocumentSource.isSymbolicLink(path) ? "a broken symbolic link or a symbolic link loop" : "no such file or directory"
                body(.failure(Diagnostic(.error, "\(path): \(problem)", code: "io")))
                continue
            }
            if isDirectory.boolValue {
                for file in files(under: path, body) { read(file, body) }
            } else {
                read(path, body)
            }
        }
    }

    /// The total size of the inputs when it can be known without reading them (not for standard input).
    public func totalBytes() -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue ? self.files(under: path, { _ in }) : [path]
            for file in files {
                total += ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0
            }
        }
        return total
    }

    private func read(_ path: String, _ body: (Result<Document, Diagnostic>) -> Void) {
        if format == .jsonl {
            // Line by line, so memory stays bounded by the longest line, not the size of the file.
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                body(.failure(Diagnostic(.error, "\(path): cannot read the file (check its permissions)", code: "io")))
                return
            }
            defer { close(descriptor) }
            streamLines(of: descriptor, name: path, body)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            body(.failure(Diagnostic(.error, "\(path): cannot read the file (check its permissions)", code: "io")))
            return
        }
        emit(bytes: [UInt8](data), name: path, body)
    }

    private func emit(bytes: [UInt8], name: String, _ body: (Result<Document, Diagnostic>) -> Void) {
        switch format {
        case .text, .html:
            switch DocumentSource.decodeText(bytes) {
            case .success(let text):
                let markup: TextMarkup = format == .html || DocumentSource.looksLikeHTML(name: name, text) ? .html : .plain
                body(.success(Document(id: name, bytes: text, language: language, referenceDate: referenceDate, markup: markup)))
            case .failure(let reason): body(.failure(Diagnostic(.warning, "\(name): skipped: \(reason)", code: "binary")))
            }
        case .jsonl:
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                lineNumber += 1
                emitLine(bytes[start..<end], name: name, lineNumber: lineNumber, body)
                start = end + 1
            }
        }
    }

    private func emitLine(_ line: ArraySlice<UInt8>, name: String, lineNumber: Int, _ body: (Result<Document, Diagnostic>) -> Void) {
        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
        let (document, diagnostics) = DocumentSource.parseJSONLine(Array(line), source: name, line: lineNumber, language: language, referenceDate: referenceDate)
        for diagnostic in diagnostics { body(.failure(diagnostic)) }
        if let document { body(.success(document)) }
    }

    /// Reads JSON Lines documents from a file descriptor (a file, a pipe, a socket) as they arrive, as
    /// `--input-format jsonl` does: each document, or each problem (a skipped line, an optional field left out).
    public func forEachJSONLine(readingFrom descriptor: Int32, name: String, _ body: (Result<Document, Diagnostic>) -> Void) {
        streamLines(of: descriptor, name: name, body)
    }

    /// Reads JSON Lines from a file descriptor in blocks and hands on each complete line as it arrives.
    private func streamLines(of descriptor: Int32, name: String, _ body: (Result<Document, Diagnostic>) -> Void) {
        var pending: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var lineNumber = 0
        while true {
            let count = block.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 {
                body(.failure(Diagnostic(.error, "\(name): read error (\(String(cString: strerror(errno))))", code: "io")))
                return
            }
            if count == 0 { break }
            var lineStart = 0
            while lineStart < count {
                let newline = block.withUnsafeBytes { buffer -> Int? in
                    memchr(buffer.baseAddress! + lineStart, 0x0A, count - lineStart).map { buffer.baseAddress!.distance(to: UnsafeRawPointer($0)) }
                }
                guard let newline else { break }
                lineNumber += 1
                if pending.isEmpty {
                    emitLine(block[lineStart..<newline], name: name, lineNumber: lineNumber, body)
                } else {
                    pending.append(contentsOf: block[lineStart..<newline])
                    emitLine(pending[...], name: name, lineNumber: lineNumber, body)
                    pending.removeAll(keepingCapacity: false)
                }
                lineStart = newline + 1
            }
            pending.append(contentsOf: block[lineStart..<count])
        }
        if !pending.isEmpty {
            lineNumber += 1
            emitLine(pending[...], name: name, lineNumber: lineNumber, body)
        }
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// A text file is read as HTML when it is named `*.html`/`*.htm` or starts with `<!DOCTYPE html` or `<html`.
    static func looksLikeHTML(name: String, _ bytes: [UInt8]) -> Bool {
        let lowercasedName = name.lowercased()
        if lowercasedName.hasSuffix(".html") || lowercasedName.hasSuffix(".htm") { return true }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 14)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    struct UnreadableText: Error, CustomStringConvertible {
        var description: String
    }

    /// Text files are UTF-8 (invalid bytes are replaced later, with a warning). UTF-16 with a byte-order mark is
    /// converted to UTF-8; a file with NUL bytes in its first 8 KB is binary and skipped.
    static func decodeText(_ bytes: [UInt8]) -> Result<[UInt8], UnreadableText> {
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            guard let text = String(data: Data(bytes), encoding: .utf16) else {
                return .failure(UnreadableText(description: "it starts with a UTF-16 byte-order mark but is not valid UTF-16; convert it to UTF-8"))
            }
            return .success(Array(text.utf8))
        }
        if bytes.prefix(8192).contains(0) {
            return .failure(UnreadableText(description: "binary file (NUL bytes in the first 8 KB); not extracted"))
        }
        return .success(bytes)
    }

    /// Reads one JSON Lines document. Only a line that is not a JSON object or has no `"text"` string is skipped
    /// (`document` nil, an error); an optional field that cannot be read (`id`, `lang`, `reference_date`) is
    /// left out with a warning naming the line and the field, so the document's facts are not lost with it.
    public static func parseJSONLine(_ line: [UInt8], source: String, line lineNumber: Int, language: Language?, referenceDate: CalendarDate?) -> (document: Document?, diagnostics: [Diagnostic]) {
        let location = SourceLocation(file: source, line: lineNumber, column: 1)
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return (nil, [Diagnostic(.error, "not a JSON object; line skipped", code: "input", at: location)])
        }
        guard let text = object["text"] as? String else {
            return (nil, [Diagnostic(.error, "missing \"text\" (a string); line skipped", code: "input", at: location)])
        }
        var warnings: [Diagnostic] = []
        func ignore(_ field: String, _ problem: String) {
            warnings.append(Diagnostic(.warning, "\"\(field)\" \(problem); the document is extracted without it", code: "input-field", at: location))
        }
        func shown(_ value: Any) -> String {
            let text = (value as? String).map { "'\($0)'" } ?? "\(value)"
            return text.count > 60 ? String(text.prefix(57)) + "..." : text
        }
        var id = "\(source):\(lineNumber)"
        switch object["id"] {
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        case nil, is NSNull: break
        case let value?: ignore("id", "\(shown(value)) is not a string or a number (the id used is \(id))")
        }
        var documentLanguage = language
        switch object["lang"] {
        case let lang as String where !lang.isEmpty:
            if let parsed = Language(rawValue: lang.lowercased()), parsed != .unknown {
                documentLanguage = language ?? parsed
            } else {
                ignore("lang", "\(shown(lang)) is not a known language (en or fr; the language is detected)")
            }
        case nil, is NSNull, is String: break
        case let value?: ignore("lang", "\(shown(value)) is not a string (en or fr; the language is detected)")
        }
        var date = referenceDate
        var time: Int? = nil
        switch object["reference_date"] {
        case let reference as String where !reference.isEmpty:
            if let parsed = CalendarDate.reference(reference) {
                date = referenceDate ?? parsed.date
                // The time belongs to the document's day only, not to a date given for the whole run.
                if referenceDate == nil { time = parsed.minuteOfDay }
            } else if let parsed = CalendarDate(iso: String(reference.prefix(10))) {
                date = referenceDate ?? parsed
            } else {
                ignore("reference_date", "\(shown(reference)) is not a date in the form YYYY-MM-DD")
            }
        case nil, is NSNull, is String: break
        case let value?: ignore("reference_date", "\(shown(value)) is not a string in the form YYYY-MM-DD")
        }
        // The reading options (docs/facts.md, "Reading options"); a flag for the whole run fills what a line leaves out.
        var reading = DateReading()
        switch object["forward_dates"] {
        // JSON true and false are the NSNumbers of type char (`c`); 1 and 0 are not accepted for them.
        case let value as NSNumber where String(cString: value.objCType) == "c": reading.forwardDates = value.boolValue
        case nil, is NSNull: break
        case let value?: ignore("forward_dates", "\(shown(value)) is not true or false")
        }
        switch object["date_order"] {
        case let order as String where DateReading.Order(rawValue: order.lowercased()) != nil: reading.dateOrder = DateReading.Order(rawValue: order.lowercased())
        case nil, is NSNull: break
        case let value?: ignore("date_order", "\(shown(value)) is not \"dmy\" or \"mdy\"")
        }
        var document = Document(id: id, text: text, language: documentLanguage, referenceDate: date, referenceTime: time)
        document.dateReading = reading
        return (document, warnings)
    }

    private func files(under directory: String, _ body: (Result<Document, Diagnostic>) -> Void) -> [String] {
        var result: [String] = []
        var visited = Set<String>()
        func walk(_ folder: String) {
            let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder)).map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: folder).deletingLastPathComponent()).standardizedFileURL.resolvingSymlinksInPath().path }
                ?? URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else {
                body(.failure(Diagnostic(.warning, "\(folder): skipped: a symbolic link to a directory already read (\(real))", code: "symlink-loop")))
                return
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                body(.failure(Diagnostic(.error, "\(folder): cannot list the directory (check its permissions)", code: "io")))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    if DocumentSource.isSymbolicLink(path) {
                        body(.failure(Diagnostic(.warning, "\(path): skipped: a broken symbolic link or a symbolic link loop", code: "symlink-loop")))
                    }
                    continue
                }
                if isDirectory.boolValue { walk(path) } else if fnmatch(glob, name, 0) == 0 { result.append(path) }
            }
        }
        walk(directory)
        return result
    }
}
