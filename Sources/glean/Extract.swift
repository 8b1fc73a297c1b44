import ArgumentParser
import Foundation
import Glean

extension Language: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension DateReading.Order: ExpressibleByArgument {}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract facts from documents and write them as JSON Lines (or JSON, CSV).",
        discussion: """
        PATH is a file, a directory (walked recursively for files matching --glob) or - for standard input.
        Exit status: 0 on success; 1 when the rule pack has errors, or an input could not be read or was skipped
        (binary, too large, a malformed JSON line), the facts of the others being written; 2 on bad usage;
        130 when interrupted (no partial output file is left). See docs/limits.md.
        """
    )

    @Argument(help: "Files, directories or - (standard input).")
    var paths: [String] = []

    @Option(help: "Extract from this text instead of files (its document id is \"text\").")
    var text: String?

    @OptionGroup var pack: PackOptions

    @Option(name: .customLong("input-format"), help: "text (one document per file; *.html files and pages starting with <html are read as HTML), jsonl (one {\"id\",\"text\",\"lang\",\"reference_date\"} object per line; also \"forward_dates\", \"date_order\") or html (markup stripped, spans index the page).")
    var inputFormat: InputFormat = .text

    @Option(help: "Files to read in directories (shell pattern). Default: *.txt, or *.htm* with --input-format html.")
    var glob: String?

    @Option(help: "Document language (en or fr) instead of detecting it.")
    var lang: Language?

    @Option(name: .customLong("reference-date"), help: "The date relative expressions resolve against (YYYY-MM-DD).")
    var referenceDate: String?

    @OptionGroup var dateReading: DateReadingOptions

    @Option(help: "Only these fact types, comma-separated (e.g. Date,Money).")
    var types: String?

    @Option(help: "Output format: jsonl, json, csv or sqlite (sqlite needs --output FILE).")
    var format: ExtractFormat = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output. With --format csv and a directory (or a path ending in /), one CSV file per fact type with the fields as columns.")
    var output: String?

    @Option(help: "Documents processed in parallel (default: the number of cores). The output order is the input order whatever the number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-doc-bytes"), help: "Skip (with a warning) documents larger than this many bytes.")
    var maxDocBytes: Int = 64 * 1024 * 1024

    @Option(name: .customLong("regex-match-limit"), help: "PCRE2 backtracking steps one match attempt of a regex rule may take; past it the rule is skipped for that document with a warning.")
    var regexMatchLimit: UInt32 = 1_000_000

    @Option(name: .customLong("step-budget"), help: "Matching steps a token-pattern rule may take on one document, plus --step-budget-per-token for each of its tokens; past it the rule stops there with a warning.")
    var stepBudget: Int = 2_000_000

    @Option(name: .customLong("step-budget-per-token"), help: "Extra matching steps a token-pattern rule may take per token of the document (0: the budget does not grow with the document).")
    var stepBudgetPerToken: Int = 100

    @Flag(name: .shortAndLong, help: "No progress line and no summary on standard error.")
    var quiet = false

    @Flag(help: "Write consolidated records (one per event, agreement or figure, with all its sources) instead of facts; with --format sqlite, add the consolidated tables. See docs/consolidation.md.")
    var consolidate = false

    @Option(name: .customLong("consolidation-config"), help: "With --consolidate: the consolidation configuration (default: the shipped Rules/consolidation.yaml).")
    var consolidationConfig: String?

    func validate() throws {
        if paths.isEmpty && text == nil { throw ValidationError("give at least one PATH (a file, a directory or - for standard input), or --text") }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date '\(referenceDate)' is not a date in the form YYYY-MM-DD")
        }
        if lang == .unknown { throw ValidationError("--lang must be en or fr") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxDocBytes < 1 { throw ValidationError("--max-doc-bytes must be positive") }
        if regexMatchLimit < 1 { throw ValidationError("--regex-match-limit must be positive") }
        if stepBudget < 1 { throw ValidationError("--step-budget must be positive") }
        if stepBudgetPerToken < 0 { throw ValidationError("--step-budget-per-token must be 0 or more") }
        if format == .sqlite && (output == nil || output == "-") { throw ValidationError("--format sqlite needs --output FILE (the database)") }
        if consolidate && format == .csv { throw ValidationError("--consolidate writes jsonl, json or sqlite, not csv") }
        // Where the output goes is checked before the pack is loaded or any document read (docs/limits.md).
        if let output, !(format == .csv && (output.hasSuffix("/") || isDirectory(output))) {
            try OutputSink.validate(output, database: format == .sqlite)
        }
    }

    func run() throws {
        let rulePack = try pack.loadPack()
        let consolidation = consolidate ? try ConsolidationSupport.loadConfig(consolidationConfig) : nil
        var consolidationInput: [SourcedFact] = []
        let wantedTypes = types.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        let date = referenceDate.flatMap(CalendarDate.init(iso:))
        let source = DocumentSource(paths: paths, format: inputFormat, glob: glob ?? (inputFormat == .html ? "*.htm*" : "*.txt"), language: lang, referenceDate: date)
        let read: ((Result<Document, Diagnostic>) -> Void) -> Void
        if let text {
            read = { body in body(.success(Document(id: "text", text: text, language: lang, referenceDate: date, markup: inputFormat == .html ? .html : .plain))) }
        } else {
            read = source.forEach
        }
        // The run's reading options fill what a document's own keys leave out.
        let reading = dateReading.reading
        let produce: ((Result<Document, Diagnostic>) -> Void) -> Void = { body in
            read { input in
                guard case .success(var document) = input else { body(input); return }
                document.dateReading = document.dateReading.filled(from: reading)
                body(.success(document))
            }
        }

        // Where facts go: a stream of JSON/CSV bytes, or a database.
        var store: SQLiteStore? = nil
        var sink: OutputSink? = nil
        var writer: FactWriter? = nil
        var csvDirectory: CSVDirectoryWriter? = nil
        if format == .csv, let output, output.hasSuffix("/") || isDirectory(output) {
            csvDirectory = try CSVDirectoryWriter(directory: output)
        } else if format == .sqlite, let output {
            do { store = try SQLiteStore(path: output, packFingerprint: rulePack.fingerprint) } catch {
                throw CommandFailure("cannot open the database '\(output)': \(error)")
            }
        } else if consolidation == nil {
            let opened = try OutputSink(path: output)
            sink = opened
            writer = FactWriter(format: format.streamFormat!) { bytes in opened.write(bytes) }
            writer?.begin()
        }

        var statistics = RunStatistics()
        let progress = Progress(enabled: !quiet && isatty(2) == 1, totalBytes: text == nil && paths.allSatisfy({ $0 != "-" }) ? source.totalBytes() : nil)
        var failure: Error? = nil
        let runner = ParallelRunner(pack: rulePack, jobs: jobs)
        runner.hashesContent = store != nil
        runner.regexMatchLimit = regexMatchLimit
        runner.stepBudgetPerRule = stepBudget
        runner.stepBudgetPerToken = stepBudgetPerToken
        runner.run(produce: { consume in
            produce { input in
                guard case .success(let document) = input else { consume(input); return }
                if document.bytes.count > maxDocBytes {
                    consume(.failure(Diagnostic(.warning, "\(document.id): skipped: \(document.bytes.count) bytes is more than --max-doc-bytes \(maxDocBytes)", code: "too-large")))
                    return
                }
                if let store, store.isUpToDate(id: document.id, contentHash: SQLiteStore.contentHash(document.bytes)) {
                    statistics.unchanged += 1
                    return
                }
                consume(input)
            }
        }, emit: { item in
            switch item {
            case .problem(let diagnostic):
                switch diagnostic.code {
                case "too-large": statistics.skipped += 1
                case "binary": statistics.binarySkipped += 1
                case "symlink-loop": statistics.warnings += 1 // nothing is lost: the target is read once
                case "input-field": statistics.warnings += 1; statistics.ignoredFields += 1 // the document is still extracted
                case "input": statistics.inputErrors += 1; statistics.skippedLines += 1
                default: statistics.inputErrors += 1
                }
                progress.clear()
                Terminal.printError(diagnostic.rendered)
            case .result(let result, let bytes, let contentHash):
                statistics.documents += 1
                statistics.bytes += bytes
                statistics.warnings += result.warnings.count
                if !result.warnings.isEmpty { progress.clear() }
                for warning in result.warnings { Terminal.printError(warning.rendered) }
                var filtered = result
                if let wantedTypes { filtered.facts = result.facts.filter { wantedTypes.contains($0.type) } }
                for fact in filtered.facts { statistics.factsByType[fact.type, default: 0] += 1 }
                if consolidation != nil && store == nil { consolidationInput += filtered.facts.map { SourcedFact(fact: $0, language: result.language) } }
                if let store {
                    do { try store.add(filtered, path: result.document, contentHash: contentHash ?? "") } catch { failure = failure ?? error }
                } else if let csvDirectory {
                    do { try csvDirectory.write(filtered.facts) } catch { failure = failure ?? error }
                } else {
                    writer?.write(filtered.facts)
                }
            }
            progress.update(statistics)
        })
        progress.clear()
        if let store { try store.flush() }
        writer?.end()
        try sink?.finish()
        try csvDirectory?.finish()
        if let failure { throw CommandFailure("writing the database failed: \(failure)") }
        if let consolidation {
            // With a database, every document counts, including those an incremental run skipped as unchanged.
            let facts = try store.map { try $0.allFacts() } ?? consolidationInput
            let records = Consolidator(config: consolidation).consolidate(facts)
            if let store { try store.replaceConsolidated(records) } else {
                try ConsolidationSupport.write(records, format: format == .json ? .json : .jsonl, output: output)
            }
            if !quiet { Terminal.printError(ConsolidationSupport.summary(facts: facts.count, records: records)) }
        }
        if !quiet { Terminal.printError(statistics.summary) }
        let unreadable = statistics.inputErrors + statistics.skipped + statistics.binarySkipped
        if unreadable > 0 {
            throw CommandFailure("\(unreadable) input\(unreadable == 1 ? " was" : "s were") not extracted (see above); the facts of the others were written")
        }
    }
}

private func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
}

/// `--format`: the streaming formats of the library, plus a SQLite database.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json, csv, sqlite
    var streamFormat: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// The progress line on a terminal's standard error, redrawn at most ten times a second.
final class Progress {
    let enabled: Bool
    let totalBytes: Int?
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    func update(_ statistics: RunStatistics) {
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        Terminal.writeError("\r\u{1B}[K" + statistics.progressLine(totalBytes: totalBytes))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        Terminal.writeError("\r\u{1B}[K")
        drawn = false
    }
}

/// Where `--output` goes (see `OutputTarget`): standard output; a regular file written under a temporary name
/// and renamed when complete, so an interrupted run never leaves a half-written file under the final name (and
/// SIGINT removes the temporary file); or a device, FIFO or socket written through as it is.
/// Writes go straight to the file descriptor: a closed standard output (`| head -1`) ends the run quietly with
/// status 0; any other write error (a full disk, `/dev/full`, a FIFO whose reader went away) ends it at once
/// with status 1, naming the path and the reason, and removes the temporary file.
final class OutputSink {
    private let descriptor: Int32
    /// The path as the user gave it, for messages.
    private let displayPath: String?
    /// With a temporary file: the real path it is renamed onto.
    private let finalPath: String?
    private let temporaryPath: String?

    /// Refuses an `--output` that cannot be written (a directory, a missing folder; a device, FIFO or socket for a
    /// database) before the pack is loaded or any input read, so a long run does not fail at its end.
    static func validate(_ path: String, database: Bool) throws {
        let target: OutputTarget
        do { target = try OutputTarget.resolve(path) } catch { throw ValidationError(error.description) }
        guard database else { return }
        switch target {
        case .writeThrough, .socket: throw ValidationError("--output '\(path)': a database must be a regular file")
        case .standardOutput, .replaceFile: break
        }
    }

    init(path: String?) throws {
        let target: OutputTarget
        do { target = try OutputTarget.resolve(path) } catch { throw ValidationError(error.description) }
        displayPath = path
        switch target {
        case .standardOutput:
            descriptor = STDOUT_FILENO
            finalPath = nil
            temporaryPath = nil
        case .replaceFile(let realPath):
            let folder = (realPath as NSString).deletingLastPathComponent
            let name = (realPath as NSString).lastPathComponent
            // In the target's own folder, so the rename stays on one file system; hidden, so a listing does not show it.
            let temporary = (folder == "/" ? "" : folder) + "/.\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)"
            let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard opened >= 0 else {
                throw CommandFailure("cannot write '\(path ?? realPath)': \(String(cString: strerror(errno))) (creating \(temporary); check the folder is writable)")
            }
            TemporaryFiles.register(temporary)
            descriptor = opened
            finalPath = realPath
            temporaryPath = temporary
        case .writeThrough(let special):
            // No O_CREAT or O_TRUNC: a device or FIFO is used as it is. A FIFO blocks here until a reader opens it.
            let opened = open(special, O_WRONLY | O_CLOEXEC)
            guard opened >= 0 else { throw CommandFailure("cannot write '\(special)': \(String(cString: strerror(errno)))") }
            descriptor = opened
            finalPath = nil
            temporaryPath = nil
        case .socket(let socketPath):
            descriptor = try OutputSink.connect(socketPath)
            finalPath = nil
            temporaryPath = nil
        }
    }

    private static func connect(_ path: String) throws -> Int32 {
        let handle = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard handle >= 0 else { throw CommandFailure("cannot write '\(path)': \(String(cString: strerror(errno)))") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(handle)
            throw CommandFailure("cannot write '\(path)': the socket path is too long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(handle, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(handle)
            throw CommandFailure("cannot write '\(path)': \(reason) (connecting to the socket)")
        }
        return handle
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 { offset += written; continue }
                if written < 0 && errno == EINTR { continue }
                let code = written == 0 ? EIO : errno
                if code == EPIPE && displayPath == nil {
                    // The reader of standard output has gone (`| head`): what it wanted is written; stop without a word.
                    exit(0)
                }
                fail(String(cString: strerror(code)))
            }
        }
    }

    /// Ends the run on a write error: what is written so far is not worth finishing, and a temporary file must
    /// not stay behind.
    private func fail(_ reason: String) -> Never {
        if let temporaryPath {
            unlink(temporaryPath)
            TemporaryFiles.forget(temporaryPath)
        }
        let what = displayPath.map { "'\($0)'" } ?? "standard output"
        let unchanged = temporaryPath == nil ? "" : "; the file was not changed"
        Terminal.printError("Error: cannot write \(what): \(reason)\(unchanged)")
        exit(1)
    }

    func finish() throws {
        guard let finalPath, let temporaryPath else {
            if descriptor != STDOUT_FILENO && close(descriptor) != 0 { fail(String(cString: strerror(errno))) }
            return
        }
        // On disk before the rename, so a crash right after cannot leave an empty or short file under the final name.
        if fsync(descriptor) != 0 && errno != EINVAL { fail(String(cString: strerror(errno))) }
        if close(descriptor) != 0 { fail(String(cString: strerror(errno))) }
        // rename(2) replaces an existing file atomically.
        guard rename(temporaryPath, finalPath) == 0 else { fail(String(cString: strerror(errno))) }
        TemporaryFiles.forget(temporaryPath)
    }
}
