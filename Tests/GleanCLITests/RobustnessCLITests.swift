import Foundation
import GRDB
import Testing

/// The real `glean` against hostile inputs, rules and outputs: each case checks the message, the exit status and
/// that the facts of the good documents of the same run are all there.
@Suite("Robustness: glean on hostile inputs and outputs")
struct RobustnessCLITests {
    static let good = "Morocco and Japan signed an agreement."

    func countries(_ outcome: CLI.Outcome) throws -> [String] {
        try CLI.facts(outcome).filter { $0["type"] as? String == "Country" }.map { ($0["doc"] as! String).components(separatedBy: "/").last! }
    }

    @Test func usageErrorsExitWithStatus2() throws {
        let zeroJobs = try CLI.run(["extract", "--jobs", "0", "seeds/"])
        #expect(zeroJobs.status == 2)
        #expect(zeroJobs.stderr.contains("Error: --jobs must be at least 1"))
        #expect(zeroJobs.stderr.contains("Usage: glean extract"))
        let unknown = try CLI.run(["extract", "--no-such-flag", "seeds/"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Unknown option '--no-such-flag'"))
        #expect(try CLI.run(["no-such-command"]).status == 2)
        #expect(try CLI.run(["extract", "--help"]).status == 0)
    }

    @Test func closedPipeEndsQuietly() throws {
        // Enough output to fill the pipe several times over once `head` has gone.
        var input = ""
        for index in 0..<3000 { input += "{\"id\": \"d\(index)\", \"text\": \"Morocco, Japan, Kazakhstan and Spain.\"}\n" }
        let folder = try CLI.temporaryDirectory()
        try input.write(to: folder.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let script = "\"$0\" extract --jobs 2 --input-format jsonl \"$1\" | head -1; exit ${PIPESTATUS[0]}"
        let outcome = try CLI.runShell(script, arguments: [CLI.executable.path, folder.appendingPathComponent("in.jsonl").path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.split(separator: "\n").count == 1)
        #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
    }

    @Test func htmlInputIsStrippedAndSpansIndexThePage() throws {
        let folder = try CLI.temporaryDirectory()
        let page = "<html><head><title>x</title><script>var s = 'Spain';</script></head><body><p>Morocco &amp; <b>Japan</b> met.</p><!-- Kazakhstan --></body></html>"
        try page.write(to: folder.appendingPathComponent("page.htm"), atomically: true, encoding: .utf8)
        try ("<!DOCTYPE html>\n" + page).write(to: folder.appendingPathComponent("sniffed.txt"), atomically: true, encoding: .utf8)
        for arguments in [["--input-format", "html", folder.path], [folder.appendingPathComponent("page.htm").path], [folder.appendingPathComponent("sniffed.txt").path]] {
            let outcome = try CLI.run(["extract", "--types", "Country"] + arguments)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let facts = try CLI.facts(outcome)
            #expect(facts.map { $0["text"] as? String } == ["Morocco", "Japan"], "\(arguments)")
            for fact in facts {
                let file = try String(contentsOfFile: fact["doc"] as! String, encoding: .utf8)
                let span = fact["span"] as! [String: Int]
                let scalars = Array(file.unicodeScalars)[span["start"]!..<span["end"]!]
                #expect(String(String.UnicodeScalarView(scalars)) == fact["text"] as? String)
            }
        }
    }

    @Test func unreadableFilesAndDirectoriesAreReportedAndTheRestExtracted() throws {
        let folder = try CLI.temporaryDirectory()
        try Self.good.write(to: folder.appendingPathComponent("a-good.txt"), atomically: true, encoding: .utf8)
        // A socket cannot be opened for reading, not even by root.
        try CLI.makeSocket(at: folder.appendingPathComponent("b-socket.txt").path)
        try Self.good.write(to: folder.appendingPathComponent("c-good.txt"), atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["extract", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("b-socket.txt: cannot read the file (check its permissions)"))
        #expect(outcome.stderr.contains("1 input unreadable"))
        #expect(outcome.stderr.contains("1 input was not extracted (see above); the facts of the others were written"))
        #expect(try countries(outcome) == ["a-good.txt", "a-good.txt", "c-good.txt", "c-good.txt"])
    }

    @Test(.enabled(if: geteuid() != 0, "permissions do not stop root"))
    func unreadableDirectory() throws {
        let folder = try CLI.temporaryDirectory()
        try Self.good.write(to: folder.appendingPathComponent("a-good.txt"), atomically: true, encoding: .utf8)
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        let outcome = try CLI.run(["extract", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("locked: cannot list the directory (check its permissions)"))
        #expect(try countries(outcome) == ["a-good.txt", "a-good.txt"])
    }

    @Test func symbolicLinkLoopsAreReadOnce() throws {
        let folder = try CLI.temporaryDirectory()
        try Self.good.write(to: folder.appendingPathComponent("a-good.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self.txt").path, withDestinationPath: "self.txt")
        let outcome = try CLI.run(["extract", folder.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("loop: skipped: a symbolic link to a directory already read"))
        #expect(outcome.stderr.contains("self.txt: skipped: a broken symbolic link or a symbolic link loop"))
        #expect(try countries(outcome) == ["a-good.txt", "a-good.txt"])
        let direct = try CLI.run(["extract", folder.appendingPathComponent("self.txt").path, folder.appendingPathComponent("a-good.txt").path])
        #expect(direct.status == 1)
        #expect(direct.stderr.contains("self.txt: a broken symbolic link or a symbolic link loop"))
        #expect(try countries(direct) == ["a-good.txt", "a-good.txt"])
    }

    @Test func binaryAndTooLargeDocumentsAreCountedInTheSummary() throws {
        let folder = try CLI.temporaryDirectory()
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: folder.appendingPathComponent("a-binary.txt"))
        try Self.good.write(to: folder.appendingPathComponent("b-good.txt"), atomically: true, encoding: .utf8)
        try String(repeating: "Spain ", count: 100).write(to: folder.appendingPathComponent("c-large.txt"), atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["extract", "--max-doc-bytes", "400", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("a-binary.txt: skipped: binary file (NUL bytes in the first 8 KB); not extracted"))
        #expect(outcome.stderr.contains("c-large.txt: skipped: 600 bytes is more than --max-doc-bytes 400"))
        #expect(outcome.stderr.contains("1 document skipped as too large; 1 binary file skipped"))
        #expect(try countries(outcome) == ["b-good.txt", "b-good.txt"])
    }

    @Test func longLineWithoutNewline() throws {
        // 2 MB on one line (scripts/hostile-inputs.sh runs 200 MB).
        let folder = try CLI.temporaryDirectory()
        var text = "Morocco " + String(repeating: "words and more words without a break ", count: 2 * 1024 * 1024 / 38) + " Japan"
        try text.write(to: folder.appendingPathComponent("long.txt"), atomically: true, encoding: .utf8)
        text = ""
        try Self.good.write(to: folder.appendingPathComponent("short.txt"), atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["extract", "--types", "Country", folder.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try countries(outcome) == ["long.txt", "long.txt", "short.txt", "short.txt"])
    }

    @Test func catastrophicRegexRuleIsAWarningAndTheOtherRulesRun() throws {
        let folder = try CLI.temporaryDirectory()
        let rules = folder.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try """
        rule bad.backtracking {
          regex: /(\\w+\\s?)+[;:]/
          emit Thing { }
        }
        rule good.country {
          pattern: c:gaz:Country
          emit Country { id: c.id }
        }

        """.write(to: rules.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        try (Self.good + " " + String(repeating: "word ", count: 40)).write(to: folder.appendingPathComponent("doc.txt"), atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["extract", "--rules", rules.path, "--regex-match-limit", "100000", folder.appendingPathComponent("doc.txt").path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("main.glean:1:6: warning: \(folder.path)/doc.txt: rule 'bad.backtracking' skipped: match limit exceeded"))
        #expect(try countries(outcome) == ["doc.txt", "doc.txt"])
    }

    @Test func includeCycleIsAnErrorWithItsLocation() throws {
        let folder = try CLI.temporaryDirectory()
        try "include \"other.glean\"\n".write(to: folder.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        try "\n\ninclude \"main.glean\"\n".write(to: folder.appendingPathComponent("other.glean"), atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["extract", "--rules", folder.path, "seeds/"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("other.glean:3:1: error: include cycle: main.glean -> other.glean -> main.glean"))
    }

    // MARK: Interrupted runs

    /// Starts `glean extract` on a file, then standard input, which stays open: glean extracts the file, writes
    /// its facts, then waits for the rest of its input until it is interrupted.
    func interruptedRun(_ output: [String], waitFor written: URL) throws -> Int32 {
        let folder = try CLI.temporaryDirectory()
        try Self.good.write(to: folder.appendingPathComponent("a-good.txt"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["extract", "--jobs", "1", "-q"] + output + [folder.appendingPathComponent("a-good.txt").path, "-"]
        process.currentDirectoryURL = CLI.repositoryRoot
        process.standardError = FileHandle.nullDevice
        let input = Pipe()
        process.standardInput = input
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline && !CLI.hasNonEmptyFile(written) && process.isRunning { usleep(50_000) }
        #expect(CLI.hasNonEmptyFile(written), "glean never wrote its first facts")
        usleep(300_000)
        process.interrupt()
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        return process.terminationStatus
    }

    @Test func sigintLeavesNoPartialOutputFile() throws {
        let folder = try CLI.temporaryDirectory()
        let final = folder.appendingPathComponent("facts.jsonl")
        try "previous run\n".write(to: final, atomically: true, encoding: .utf8)
        let status = try interruptedRun(["-o", final.path], waitFor: folder)
        #expect(status == 130)
        #expect(try String(contentsOf: final, encoding: .utf8) == "previous run\n", "the old file is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["facts.jsonl"], "no temporary file is left")
    }

    @Test func sigintLeavesNoPartialCSVFiles() throws {
        let folder = try CLI.temporaryDirectory().appendingPathComponent("csv")
        let status = try interruptedRun(["--format", "csv", "-o", folder.path + "/"], waitFor: folder)
        #expect(status == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "no CSV and no spool file is left")
    }

    @Test func sigintLeavesAConsistentDatabase() throws {
        let folder = try CLI.temporaryDirectory()
        let database = folder.appendingPathComponent("facts.sqlite")
        // The database is written in transactions, in place (re-runs are incremental): wait for it to exist.
        let status = try interruptedRun(["--format", "sqlite", "-o", database.path], waitFor: folder)
        #expect(status == 130)
        let queue = try DatabaseQueue(path: database.path)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            // Every document in the database has all its facts.
            let incomplete = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents d WHERE fact_count != (SELECT count(*) FROM facts f WHERE f.doc = d.id)")
            #expect(incomplete == 0)
        }
    }
}

extension CLI {
    /// Runs a bash script (`$0`, `$1`, … are `arguments`).
    static func runShell(_ script: String, arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script] + arguments
        process.currentDirectoryURL = repositoryRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A UNIX socket file at `path` (the socket itself is closed; the file stays).
    static func makeSocket(at path: String) throws {
        let socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw CLIError("socket() failed") }
        defer { close(socketDescriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw CLIError("socket path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw CLIError("bind() failed for \(path)") }
    }

    /// Whether `url` is a non-empty file, or a folder holding one (hidden files included).
    static func hasNonEmptyFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return false }
        if !isDirectory.boolValue { return ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int ?? 0) > 0 }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.contains { name in
            let path = url.appendingPathComponent(name).path
            return ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0) > 0 && name != "facts.jsonl"
        }
    }
}
