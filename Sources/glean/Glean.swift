import ArgumentParser
import Foundation
import Glean

@main
struct GleanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glean",
        abstract: "Rule-based information extraction: typed facts from news text with rule files and gazetteers.",
        subcommands: [Extract.self, Check.self, Test.self, Eval.self, Consolidate.self, Explain.self, Bench.self, Stats.self, Serve.self],
        defaultSubcommand: nil
    )

    /// Runs the command with Glean's exit codes (docs/limits.md): 0 success, 1 errors in the input or the rules,
    /// 2 bad usage (swift-argument-parser's own code for that is 64).
    static func main() async {
        ExitStatus.installSignalHandlers()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// Exit statuses and the signals that end a run early.
enum ExitStatus {
    static let usage: Int32 = 2

    /// A closed standard output (`glean extract … | head -1`) ends the run quietly: writes then fail with EPIPE
    /// instead of killing the process, and `OutputSink` exits with status 0 at the first one. SIGINT and SIGTERM
    /// remove the temporary output file before exiting, so no partial file is left behind, not even under a
    /// temporary name.
    static func installSignalHandlers() {
        signal(SIGPIPE, SIG_IGN)
        TemporaryFiles.prepareForSignals()
        // A parent may start us with these blocked (the mask is inherited); unblock them before any thread starts.
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        sigaddset(&interrupts, SIGINT)
        sigaddset(&interrupts, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &interrupts, nil)
        for interrupt in [SIGINT, SIGTERM] {
            signal(interrupt) { received in
                TemporaryFiles.removeAllForSignal()
                // Conventional status of a run ended by a signal: 128 + its number.
                _exit(128 + received)
            }
        }
    }
}

/// Options every command that loads a rule pack shares.
struct PackOptions: ParsableArguments {
    @Option(help: "Directory of rule files (main.glean and its includes, or every *.glean). Default: the shipped Rules/.")
    var rules: String?

    @Option(help: "Directory of gazetteer files (*.yaml, *.tsv). Default: the shipped Gazetteers/.")
    var gazetteers: String?

    @Flag(name: .customLong("allow-outside-includes"), help: "Let include lines and gazetteer files reach outside the rules and gazetteer folders (absolute paths, '..', symbolic links). Only for a pack you trust.")
    var allowOutsideIncludes = false

    @Option(name: .customLong("max-pack-files"), help: "Most rule and gazetteer files a pack may have.")
    var maxPackFiles: Int = PackLimits.standard.maximumFiles

    @Option(name: .customLong("max-pack-bytes"), help: "Most bytes of rule and gazetteer files a pack may have.")
    var maxPackBytes: Int = PackLimits.standard.maximumBytes

    @Option(name: .customLong("max-rules"), help: "Most rules a pack may have.")
    var maxRules: Int = PackLimits.standard.maximumRules

    @Option(name: .customLong("max-regex-length"), help: "Most bytes in one regex of a rule.")
    var maxRegexLength: Int = PackLimits.standard.maximumRegexLength

    @Option(name: .customLong("max-gazetteer-entries"), help: "Most gazetteer entries a pack may have.")
    var maxGazetteerEntries: Int = PackLimits.standard.maximumGazetteerEntries

    func validate() throws {
        for (value, flag) in [(maxPackFiles, "--max-pack-files"), (maxPackBytes, "--max-pack-bytes"), (maxRules, "--max-rules"),
                              (maxRegexLength, "--max-regex-length"), (maxGazetteerEntries, "--max-gazetteer-entries")] where value < 1 {
            throw ValidationError("\(flag) must be positive")
        }
    }

    var limits: PackLimits {
        var limits = PackLimits()
        limits.allowsOutsideIncludes = allowOutsideIncludes
        limits.maximumFiles = maxPackFiles
        limits.maximumBytes = maxPackBytes
        limits.maximumRules = maxRules
        limits.maximumRegexLength = maxRegexLength
        limits.maximumGazetteerEntries = maxGazetteerEntries
        return limits
    }

    func loadPack() throws -> RulePack {
        let rulesDirectory = try rules ?? ShippedPack.locate("Rules")
        let gazetteerDirectory = try gazetteers ?? ShippedPack.locate("Gazetteers")
        do {
            let pack = try RulePack.load(rulesDirectory: rulesDirectory, gazetteerDirectory: gazetteerDirectory, limits: limits)
            for warning in pack.warnings where warning.severity == .warning { Terminal.printError(warning.rendered) }
            return pack
        } catch {
            for diagnostic in error.diagnostics { Terminal.printError(diagnostic.rendered) }
            let count = error.errors.count
            throw CommandFailure("\(count) error\(count == 1 ? "" : "s") in the rule pack; nothing was extracted")
        }
    }
}

/// Finds the shipped `Rules/` and `Gazetteers/`: `$GLEAN_HOME`, the working directory, or a folder above the
/// executable (so `.build/release/glean` finds the repository's pack).
enum ShippedPack {
    static func locate(_ name: String) throws -> String {
        var candidates: [String] = []
        if let home = ProcessInfo.processInfo.environment["GLEAN_HOME"] { candidates.append(home + "/" + name) }
        candidates.append(name)
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent(name).path)
            folder = folder.deletingLastPathComponent()
        }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue { return candidate }
        }
        throw CommandFailure("cannot find the shipped \(name)/ directory; pass --\(name.lowercased()) DIR or set GLEAN_HOME")
    }
}

/// A failure already explained on stderr; exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

enum Terminal {
    /// Writes to standard error, ignoring failures (a closed stderr must not crash the run).
    static func printError(_ text: String) { writeError(text + "\n") }

    static func writeError(_ text: String) {
        var line = text
        line.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { if errno == EINTR { continue } else { return } }
                offset += written
            }
        }
    }
}

/// How undirected and numeric dates are read (`glean extract`, `glean explain`); a JSON Lines line's own keys win
/// for its document. See docs/facts.md, "Reading options".
struct DateReadingOptions: ParsableArguments {
    @Flag(name: .customLong("forward-dates"), help: "Read undirected dates forward (scheduling text): a bare weekday, a day and month without a year, a month alone, a clock time alone are the next one on or after the reference. A JSON Lines line's \"forward_dates\" wins for its document. See docs/facts.md, Reading options.")
    var forwardDates = false

    @Option(name: .customLong("date-order"), help: "The order of numeric dates in English text: dmy (6/10/2018 is 6 October) or mdy (10 June). Default: slashes month first, dots and dashes with a year day first. French is read day first. A JSON Lines line's \"date_order\" wins for its document.")
    var dateOrder: DateReading.Order?

    /// The run's options, filling what a document's own keys leave out.
    var reading: DateReading { DateReading(forwardDates: forwardDates ? true : nil, dateOrder: dateOrder) }
}

