import Foundation
import GRDB
import Testing

/// Issue 18, with the real `glean`: outputs that are not regular files are written through, never replaced;
/// write errors are reported; a killed SQLite run is consistent and completed by the next run; unreadable
/// optional JSON Lines fields cost only the field; rule packs stay in their folders and within their limits.
@Suite("Safety: outputs, inputs and untrusted packs")
struct SafetyCLITests {
    static let seed = "seeds/002_5c21f02e3c951309.txt"

    /// The facts of the seed as written to standard output: what every other output must hold.
    static let expected: String = {
        let outcome = try! CLI.run(["extract", "-q", seed])
        precondition(outcome.status == 0 && !outcome.stdout.isEmpty, outcome.stderr)
        return outcome.stdout
    }()

    func fileKind(_ path: String) -> mode_t? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }

    // MARK: Outputs

    /// A character device made with mknod in a temporary folder: `1 3` is /dev/null's, `1 7` /dev/full's.
    func makeDevice(_ minor: Int, in folder: URL) throws -> String? {
        let path = folder.appendingPathComponent("device-\(minor)").path
        let made = try CLI.runShell("mknod \"$0\" c 1 \"$1\"", arguments: [path, String(minor)])
        guard made.status == 0 else { return nil }
        // A folder on a file system mounted nodev holds the node but cannot open it.
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { return nil }
        close(descriptor)
        return path
    }

    @Test(.enabled(if: geteuid() == 0, "mknod needs root; the character-device output test is skipped"))
    func aCharacterDeviceStaysADeviceAndTheStatusReflectsTheWrite() throws {
        let folder = try CLI.temporaryDirectory()
        guard let null = try makeDevice(3, in: folder), let full = try makeDevice(7, in: folder) else {
            print("skipped: the temporary folder cannot hold usable device nodes (mounted nodev?)")
            return
        }
        let toNull = try CLI.run(["extract", "-q", "--output", null, Self.seed])
        #expect(toNull.status == 0, "\(toNull.stderr)")
        #expect(fileKind(null) == S_IFCHR, "the device was replaced")
        let toFull = try CLI.run(["extract", "-q", "--output", full, Self.seed])
        #expect(toFull.status == 1)
        #expect(toFull.stderr.contains("cannot write '\(full)': No space left on device"), "\(toFull.stderr)")
        #expect(fileKind(full) == S_IFCHR, "the device was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["device-3", "device-7"], "no temporary file is left")
    }

    @Test func devFullAsStandardOutputExits1() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { print("skipped: no /dev/full"); return }
        let outcome = try CLI.runShell("\"$0\" extract -q \"$1\" > /dev/full", arguments: [CLI.executable.path, Self.seed])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("cannot write standard output: No space left on device"), "\(outcome.stderr)")
    }

    @Test func aFIFOWithAReaderReceivesAllFactsAndStaysAFIFO() throws {
        let folder = try CLI.temporaryDirectory()
        let fifo = folder.appendingPathComponent("facts.fifo").path, received = folder.appendingPathComponent("received.jsonl").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let script = "cat \"$2\" > \"$3\" & reader=$!; \"$0\" extract -q --output \"$2\" \"$1\"; status=$?; wait $reader; exit $status"
        let outcome = try CLI.runShell(script, arguments: [CLI.executable.path, Self.seed, fifo, received])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try String(contentsOfFile: received, encoding: .utf8) == Self.expected)
        #expect(fileKind(fifo) == S_IFIFO, "the FIFO was replaced")
    }

    @Test func aFIFOWhoseReaderLeavesIsAWriteError() throws {
        let folder = try CLI.temporaryDirectory()
        let fifo = folder.appendingPathComponent("facts.fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        var input = ""
        for index in 0..<3000 { input += "{\"id\": \"d\(index)\", \"text\": \"Morocco, Japan, Kazakhstan and Spain.\"}\n" }
        try input.write(to: folder.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let script = "head -c 100 \"$2\" > /dev/null & \"$0\" extract -q --jobs 1 --input-format jsonl --output \"$2\" \"$1\"; status=$?; wait; exit $status"
        let outcome = try CLI.runShell(script, arguments: [CLI.executable.path, folder.appendingPathComponent("in.jsonl").path, fifo])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("cannot write '\(fifo)': Broken pipe"), "\(outcome.stderr)")
        #expect(fileKind(fifo) == S_IFIFO)
    }

    @Test func aSymbolicLinkStaysAndItsTargetGetsTheFacts() throws {
        let folder = try CLI.temporaryDirectory()
        let targets = folder.appendingPathComponent("targets"), links = folder.appendingPathComponent("links")
        try FileManager.default.createDirectory(at: targets, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        let existing = targets.appendingPathComponent("existing.jsonl").path
        try "previous run\n".write(toFile: existing, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: links.appendingPathComponent("to-existing").path, withDestinationPath: "../targets/existing.jsonl")
        // A dangling link: the file is created where it points.
        try FileManager.default.createSymbolicLink(atPath: links.appendingPathComponent("to-new").path, withDestinationPath: targets.appendingPathComponent("new.jsonl").path)
        for (link, target) in [("to-existing", existing), ("to-new", targets.appendingPathComponent("new.jsonl").path)] {
            let path = links.appendingPathComponent(link).path
            let outcome = try CLI.run(["extract", "-q", "--output", path, Self.seed])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(fileKind(path) == S_IFLNK, "the link \(link) was replaced")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == Self.expected)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: links.path).sorted() == ["to-existing", "to-new"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: targets.path).sorted() == ["existing.jsonl", "new.jsonl"], "no temporary file is left")
    }

    @Test func aMissingFolderOrADirectoryIsAUsageErrorBeforeAnythingIsRead() throws {
        let folder = try CLI.temporaryDirectory()
        // Neither the rules nor the input exist: had glean loaded or read them first, it would say so.
        for (output, reason) in [(folder.appendingPathComponent("missing/facts.jsonl").path, "does not exist"), (folder.path, "is a directory")] {
            let outcome = try CLI.run(["extract", "--rules", "/nonexistent-rules", "--output", output, "no-such-input.txt"])
            #expect(outcome.status == 2, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("--output '\(output)'") && outcome.stderr.contains(reason), "\(outcome.stderr)")
            #expect(!outcome.stderr.contains("no-such-input") && !outcome.stderr.contains("nonexistent-rules"), "\(outcome.stderr)")
        }
        let database = try CLI.run(["extract", "--format", "sqlite", "--output", folder.appendingPathComponent("missing/facts.sqlite").path, "no-such-input.txt"])
        #expect(database.status == 2)
        // `glean consolidate` checks its --output the same way before reading the facts.
        for output in [folder.appendingPathComponent("missing/records.jsonl").path, folder.path] {
            let outcome = try CLI.run(["consolidate", "--output", output, "no-such-facts.jsonl"])
            #expect(outcome.status == 2, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("--output '\(output)'") && !outcome.stderr.contains("no-such-facts"), "\(outcome.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aWriteErrorOnAFileLeavesThePreviousFileAndNoTemporaryFile() throws {
        // A file-size limit makes write(2) fail (EFBIG) past 1 KB, as a full disk would with ENOSPC; SIGXFSZ is
        // ignored so the write returns the error instead of killing the process.
        let folder = try CLI.temporaryDirectory()
        let final = folder.appendingPathComponent("facts.jsonl").path
        try "previous run\n".write(toFile: final, atomically: true, encoding: .utf8)
        let script = "trap '' XFSZ; ulimit -f 1; exec \"$0\" extract -q --output \"$2\" \"$1\""
        let outcome = try CLI.runShell(script, arguments: [CLI.executable.path, Self.seed, final])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("cannot write '\(final)': File too large; the file was not changed"), "\(outcome.stderr)")
        #expect(try String(contentsOfFile: final, encoding: .utf8) == "previous run\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["facts.jsonl"], "no temporary file is left")
    }

    @Test func aUnixSocketIsWrittenThrough() throws {
        let folder = try CLI.temporaryDirectory()
        let path = folder.appendingPathComponent("facts.sock").path
        let listener = try CLI.listeningSocket(at: path)
        defer { close(listener) }
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            defer { done.signal() }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(connection, &buffer, buffer.count)
                if count <= 0 { break }
                received.append(contentsOf: buffer[0..<count])
            }
            close(connection)
        }
        let outcome = try CLI.run(["extract", "-q", "--output", path, Self.seed])
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(String(decoding: received, as: UTF8.self) == Self.expected)
        #expect(fileKind(path) == S_IFSOCK)
    }

    // MARK: SQLite and kill -9

    @Test func aKilledSQLiteRunLeavesAConsistentDatabaseThatTheNextRunCompletes() throws {
        let folder = try CLI.temporaryDirectory()
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let seed = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent(Self.seed), encoding: .utf8)
        let count = 400
        for index in 0..<count { try (seed + "\n\(index)\n").write(to: corpus.appendingPathComponent("doc\(index).txt"), atomically: false, encoding: .utf8) }
        let database = folder.appendingPathComponent("facts.sqlite").path
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["extract", "-q", "--jobs", "1", "--format", "sqlite", "-o", database, corpus.path]
        process.currentDirectoryURL = CLI.repositoryRoot
        try process.run()
        // Killed once a batch is committed, mid-run: the database has grown past its empty schema and no rollback
        // journal is there (pages reach the database file only inside a transaction, with its journal, or at commit).
        let deadline = Date().addingTimeInterval(600)
        func committed() -> Bool {
            let size = (try? FileManager.default.attributesOfItem(atPath: database))?[.size] as? Int ?? 0
            return size > 100_000 && !FileManager.default.fileExists(atPath: database + "-journal")
        }
        while process.isRunning && Date() < deadline && !committed() { usleep(5_000) }
        let killedMidRun = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidRun, "the run ended before it could be killed; use a larger corpus")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
        func state() throws -> (documents: Int, facts: Int, consistent: Bool) {
            let queue = try DatabaseQueue(path: database)
            return try queue.read { db in
                let integrity = try String.fetchOne(db, sql: "PRAGMA integrity_check")
                let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents")!
                let facts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM facts")!
                let mismatched = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents d WHERE d.fact_count != (SELECT COUNT(*) FROM facts f WHERE f.doc = d.id)")!
                let orphans = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = f.doc)")!
                return (documents, facts, integrity == "ok" && mismatched == 0 && orphans == 0)
            }
        }
        let killed = try state()
        #expect(killed.consistent)
        #expect(killed.documents > 0 && killed.documents < count, "killed with \(killed.documents) documents")
        let rerun = try CLI.run(["extract", "--format", "sqlite", "-o", database, corpus.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("\(killed.documents) unchanged documents skipped"), "\(rerun.stderr)")
        let completed = try state()
        #expect(completed.consistent)
        #expect(completed.documents == count)
        let perDocument = try CLI.facts(try CLI.run(["extract", "-q", corpus.appendingPathComponent("doc0.txt").path])).count
        #expect(completed.facts == count * perDocument)
    }

    // MARK: JSON Lines inputs

    @Test func anUnreadableOptionalFieldIsAWarningAndTheDocumentIsExtracted() throws {
        let text = "Morocco and Japan signed an agreement."
        let malformedDate = "{\"id\": \"a\", \"text\": \"\(text)\", \"reference_date\": \"03-02-2009\"}\n"
        let alone = try CLI.run(["extract", "--input-format", "jsonl", "--types", "Country", "-"], stdin: malformedDate)
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(try CLI.facts(alone).map { $0["text"] as? String } == ["Morocco", "Japan"])
        #expect(alone.stderr.contains("-:1:1: warning: \"reference_date\" '03-02-2009' is not a date in the form YYYY-MM-DD; the document is extracted without it"), "\(alone.stderr)")
        #expect(alone.stderr.contains("1 warning") && alone.stderr.contains("1 unreadable optional field ignored"), "\(alone.stderr)")

        let mixed = malformedDate
            + "{\"id\": \"b\", \"text\": \"\(text)\", \"lang\": \"xx\"}\n"
            + "{\"id\": [1], \"text\": \"\(text)\", \"reference_date\": 20090302}\n"
            + "not json\n"
            + "{\"id\": \"e\", \"reference_date\": \"2009-03-02\"}\n"
        let outcome = try CLI.run(["extract", "--input-format", "jsonl", "--types", "Country", "-"], stdin: mixed)
        #expect(outcome.status == 1, "lines were skipped")
        #expect(try CLI.facts(outcome).map { $0["doc"] as! String } == ["a", "a", "b", "b", "-:3", "-:3"])
        #expect(outcome.stderr.contains("-:2:1: warning: \"lang\" 'xx' is not a known language"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("-:3:1: warning: \"id\" [1] is not a string or a number") || outcome.stderr.contains("-:3:1: warning: \"id\""), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("-:3:1: warning: \"reference_date\" 20090302 is not a string"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("-:4:1: error: not a JSON object; line skipped"))
        #expect(outcome.stderr.contains("-:5:1: error: missing \"text\" (a string); line skipped"))
        #expect(outcome.stderr.contains("2 JSON lines skipped") && outcome.stderr.contains("4 unreadable optional fields ignored"), "\(outcome.stderr)")
    }

    // MARK: Untrusted packs

    /// `root/rules/main.glean` holding `main`, `root/gaz/countries.yaml`, and `extra` files relative to `root`.
    func pack(main: String, extra: [String: String] = [:]) throws -> (root: URL, rules: String, gazetteers: String) {
        let root = try CLI.temporaryDirectory()
        let rules = root.appendingPathComponent("rules"), gazetteers = root.appendingPathComponent("gaz")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: gazetteers, withIntermediateDirectories: true)
        try main.write(to: rules.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        try Self.gazetteer.write(to: gazetteers.appendingPathComponent("countries.yaml"), atomically: true, encoding: .utf8)
        for (name, text) in extra {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return (root, rules.path, gazetteers.path)
    }

    static let gazetteer = "type: Country\nentries:\n  - id: MA\n    name: Morocco\n    names:\n      en: [Morocco]\n  - id: JP\n    name: Japan\n    names:\n      en: [Japan]\n"
    static let rule = "rule country {\n  pattern: c:gaz:Country\n  emit Country { id: c.id }\n}\n"

    func extract(_ pack: (root: URL, rules: String, gazetteers: String), _ flags: [String] = []) throws -> CLI.Outcome {
        try CLI.run(["extract", "--rules", pack.rules, "--gazetteers", pack.gazetteers] + flags + ["--text", "Morocco and Japan."])
    }

    @Test func includesOutsideThePackAreRefusedWithTheirLocation() throws {
        for target in ["../../etc/passwd", "/etc/hostname"] {
            let pack = try pack(main: Self.rule + "include \"\(target)\"\n")
            let outcome = try extract(pack)
            #expect(outcome.status == 1)
            #expect(outcome.stdout.isEmpty)
            #expect(outcome.stderr.contains("main.glean:5:1: error: include '\(target)'"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("--allow-outside-includes"))
        }
        let pack = try pack(main: "include \"../shared/countries.glean\"\n", extra: ["shared/countries.glean": Self.rule])
        let refused = try extract(pack)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("main.glean:1:1: error: include '../shared/countries.glean' is outside the rule pack's folder"), "\(refused.stderr)")
        let allowed = try extract(pack, ["--allow-outside-includes"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try CLI.facts(allowed).map { $0["text"] as? String } == ["Morocco", "Japan"])
    }

    @Test func eachPackLimitHasAFlagAndAClearError() throws {
        let pack = try pack(main: "include \"more.glean\"\n" + Self.rule, extra: [
            "rules/more.glean": "rule year {\n  regex: /(?<y>(19|20)[0-9]{2})/\n  emit Year { value: y.text }\n}\n",
        ])
        #expect(try extract(pack).status == 0)
        let cases: [(flags: [String], message: String)] = [
            (["--max-pack-files", "2"], "main.glean:1:1: error: the pack has more than 2 files (rule and gazetteer files; the limit, raise it with --max-pack-files)"),
            (["--max-pack-bytes", "200"], "the pack is more than 200 bytes (rule and gazetteer files; the limit, raise it with --max-pack-bytes)"),
            (["--max-rules", "1"], "main.glean:2:6: error: more than 1 rules in the pack (the limit; raise it with --max-rules)"),
            (["--max-regex-length", "10"], "more.glean:2:11: error: the regex is 21 bytes long, more than the limit of 10 (raise it with --max-regex-length)"),
            (["--max-gazetteer-entries", "1"], "countries.yaml:7:"),
        ]
        for (flags, message) in cases {
            let outcome = try extract(pack, flags)
            #expect(outcome.status == 1, "\(flags)")
            #expect(outcome.stderr.contains(message), "\(flags): \(outcome.stderr)")
        }
        let zero = try extract(pack, ["--max-rules", "0"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--max-rules must be positive"))
    }
}

extension CLI {
    /// A listening UNIX socket at `path`; the caller closes it.
    static func listeningSocket(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw CLIError("socket() failed") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw CLIError("socket path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else { close(descriptor); throw CLIError("bind() or listen() failed for \(path)") }
        return descriptor
    }
}
