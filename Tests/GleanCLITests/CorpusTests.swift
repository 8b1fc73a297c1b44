import Foundation
import GRDB
import Testing

@Suite("Corpus runs: parallel, SQLite, limits", .serialized)
struct CorpusTests {
    @Test func oneJobAndTwoJobsGiveIdenticalOutput() throws {
        var inputs = ["seeds/"]
        let devset = CLI.repositoryRoot.appendingPathComponent("../shared/devsets/wikinews_fr").standardizedFileURL.path
        if FileManager.default.fileExists(atPath: devset) { inputs.append(devset) }
        let one = try CLI.run(["extract", "-q", "--jobs", "1"] + inputs)
        let two = try CLI.run(["extract", "-q", "--jobs", "2"] + inputs)
        #expect(one.status == 0 && two.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == two.stdout)
    }

    @Test func sqliteOutputIsQueryableAndIncremental() throws {
        let folder = try CLI.temporaryDirectory()
        let database = folder.appendingPathComponent("facts.sqlite").path
        let first = try CLI.run(["extract", "--format", "sqlite", "-o", database, "seeds/"])
        #expect(first.status == 0, "\(first.stderr)")
        let jsonl = try CLI.run(["extract", "-q", "seeds/"])
        let queue = try DatabaseQueue(path: database)
        let (documents, facts, agreementsWithMorocco) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM facts")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM facts f JOIN fact_fields p ON p.fact = f.id AND p.key = 'parties' AND p.value = 'MA' WHERE f.type = 'Agreement'")!)
        }
        #expect(documents == 5)
        #expect(facts == jsonl.lines.count)
        #expect(agreementsWithMorocco > 0)
        let second = try CLI.run(["extract", "--format", "sqlite", "-o", database, "seeds/"])
        #expect(second.stderr.contains("5 unchanged documents skipped"))
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM facts")! } == facts)
    }

    @Test func anInterruptedRunLeavesAConsistentDatabaseThatTheNextRunCompletes() throws {
        let folder = try CLI.temporaryDirectory()
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let seed = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("seeds/002_5c21f02e3c951309.txt"), encoding: .utf8)
        for index in 0..<400 { try (seed + "\n\(index)\n").write(to: corpus.appendingPathComponent("doc\(index).txt"), atomically: false, encoding: .utf8) }
        let database = folder.appendingPathComponent("facts.sqlite").path
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["extract", "-q", "--jobs", "1", "--format", "sqlite", "-o", database, corpus.path]
        process.currentDirectoryURL = CLI.repositoryRoot
        try process.run()
        Thread.sleep(forTimeInterval: 0.6)
        process.interrupt() // SIGINT
        process.waitUntilExit()
        func consistent() throws -> (Int, Bool) {
            let queue = try DatabaseQueue(path: database)
            return try queue.read { db in
                let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents")!
                let mismatched = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents d WHERE d.fact_count != (SELECT COUNT(*) FROM facts f WHERE f.doc = d.id)")!
                return (documents, mismatched == 0)
            }
        }
        if FileManager.default.fileExists(atPath: database) {
            let (_, isConsistent) = try consistent()
            #expect(isConsistent)
        }
        let rerun = try CLI.run(["extract", "-q", "--format", "sqlite", "-o", database, corpus.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let (documents, isConsistent) = try consistent()
        #expect(documents == 400)
        #expect(isConsistent)
    }

    @Test func documentsAboveTheSizeLimitAreSkippedByName() throws {
        let outcome = try CLI.run(["extract", "--max-doc-bytes", "2500", "--types", "Percent", "seeds/"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("seeds/002_5c21f02e3c951309.txt: skipped: 5297 bytes is more than --max-doc-bytes 2500"))
        #expect(outcome.stderr.contains("documents skipped as too large"))
    }
}

@Suite("Inputs that misbehave")
struct BadInputTests {
    @Test func binaryUTF16AndInvalidUTF8() throws {
        let folder = try CLI.temporaryDirectory()
        try Data([0x4D, 0x00, 0x5A]).write(to: folder.appendingPathComponent("a-binary.txt"))
        try "Le Maroc et le Japon.".data(using: .utf16)!.write(to: folder.appendingPathComponent("b-utf16.txt"))
        try Data("Le Maroc ".utf8 + [0xFF, 0xFE] + Data(" et le Japon.".utf8)).write(to: folder.appendingPathComponent("c-invalid.txt"))
        try Data().write(to: folder.appendingPathComponent("d-empty.txt"))
        let outcome = try CLI.run(["extract", "--types", "Country", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("a-binary.txt: skipped: binary file"))
        #expect(outcome.stderr.contains("c-invalid.txt: byte 9: invalid UTF-8 byte 0xFF; replaced with U+FFFD"))
        let facts = try CLI.facts(outcome)
        #expect(facts.map { ($0["doc"] as! String).components(separatedBy: "/").last! } == ["b-utf16.txt", "b-utf16.txt", "c-invalid.txt", "c-invalid.txt"])
        // Spans count the replacement characters, as Python's errors="replace" does.
        #expect((facts[3]["span"] as! [String: Int])["start"] == 18)
    }
}

@Suite("CSV per fact type")
struct CSVDirectoryTests {
    @Test func oneFilePerTypeWithFlattenedFields() throws {
        let folder = try CLI.temporaryDirectory().appendingPathComponent("csv")
        let outcome = try CLI.run(["extract", "-q", "--format", "csv", "-o", folder.path + "/", "seeds/"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.contains("Money.csv") && names.contains("Country.csv") && !names.contains { $0.hasPrefix(".") })
        let money = try String(contentsOf: folder.appendingPathComponent("Money.csv"), encoding: .utf8).split(separator: "\n")
        #expect(money.first == "doc,rule,start,end,zone,text,amount,currency")
        #expect(money.contains { $0.hasSuffix(",274 million US dollars,274000000,USD") })
    }
}
