import Foundation
import GRDB
import Testing

/// `glean consolidate` and `glean extract --consolidate` on the seeds: the properties of issue 8, not exact
/// source counts (the rules may find an event once or several times per document).
@Suite("Consolidation of the seeds", .serialized)
struct ConsolidateTests {
    typealias Record = [String: Any]

    static func records(_ outcome: CLI.Outcome) throws -> [Record] { try CLI.facts(outcome) }

    static func fields(_ record: Record) -> [String: Any] { record["fields"] as? [String: Any] ?? [:] }
    static func strings(_ value: Any?) -> Set<String> { Set(value as? [String] ?? []) }
    static func documents(_ record: Record) -> Set<String> {
        Set((record["documents"] as? [String] ?? []).map { String(($0 as NSString).lastPathComponent.prefix(3)) })
    }
    static func meetings(_ records: [Record], kind: String) -> [Record] {
        records.filter { $0["type"] as? String == "Meeting" && fields($0)["kind"] as? String == kind }
    }

    /// The acceptance properties of the issue, on records from any route.
    static func checkSeedProperties(_ records: [Record]) throws {
        let calls = meetings(records, kind: "phone_call").filter { strings(fields($0)["countries"]).isSuperset(of: ["MA", "JP"]) }
        #expect(calls.count == 1, "one phone call between Morocco and Japan: \(calls)")
        let call = try #require(calls.first)
        #expect(strings(fields(call)["participants"]).isSuperset(of: ["nasser_bourita", "kamikawa_yoko"]))
        #expect(fields(call)["date"] as? String == "2024-08-08")
        #expect(documents(call) == ["000", "001"])
        #expect(strings(call["languages"]) == ["en", "fr"])

        let visits = meetings(records, kind: "visit").filter { strings(fields($0)["participants"]).contains("murat_nurtleu") }
        #expect(visits.count == 1, "one visit of Nurtleu: \(visits)")
        let visit = try #require(visits.first)
        #expect(fields(visit)["location"] as? String == "Rabat")
        #expect(documents(visit) == ["002", "003"])

        // The fifth session of consultations is another event.
        #expect(!records.contains { documents($0).contains("004") && fields($0)["kind"] as? String == "visit" })
        #expect(meetings(records, kind: "consultations").contains { documents($0) == ["004"] })

        let memoranda = records.filter { $0["type"] as? String == "Agreement" && fields($0)["kind"] as? String == "memorandum"
            && strings(fields($0)["parties"]) == ["MA", "JP"] }
        #expect(memoranda.count == 1, "one memorandum between Morocco and Japan: \(memoranda)")
        let memorandum = try #require(memoranda.first)
        #expect(documents(memorandum) == ["000", "001"])
        #expect((memorandum["sources"] as? [Any])?.count ?? 0 >= 2)
        #expect(fields(memorandum)["date"] as? String == "2024-05-31")
    }

    @Test func consolidatedFactsFromStandardInput() throws {
        let facts = try CLI.run(["extract", "-q", "seeds/"])
        #expect(facts.status == 0)
        let outcome = try CLI.run(["consolidate", "-"], stdin: facts.stdout)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("records"))
        let records = try Self.records(outcome)
        try Self.checkSeedProperties(records)
        let schemaData = try Data(contentsOf: CLI.repositoryRoot.appendingPathComponent("docs/consolidation.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        for record in records {
            let errors = validate(record, against: schema)
            #expect(errors.isEmpty, "\(record["id"] ?? "?"): \(errors)")
        }
        // Re-runs give the same ids, and extract --consolidate gives the same records.
        let again = try CLI.run(["extract", "-q", "--consolidate", "seeds/"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == outcome.stdout)
    }

    @Test func consolidatedTablesInSQLite() throws {
        let folder = try CLI.temporaryDirectory()
        let database = folder.appendingPathComponent("facts.sqlite").path
        let outcome = try CLI.run(["extract", "-q", "--format", "sqlite", "--consolidate", "-o", database, "seeds/"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let queue = try DatabaseQueue(path: database)
        let (records, unlinked, callSources) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM consolidated")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM consolidated_sources WHERE fact IS NULL")!,
             try String.fetchAll(db, sql: """
                SELECT DISTINCT s.language FROM consolidated c JOIN consolidated_sources s ON s.record = c.id
                WHERE c.type = 'Meeting' AND json_extract(c.fields, '$.kind') = 'phone_call' ORDER BY 1
                """))
        }
        #expect(records > 0)
        #expect(unlinked == 0)
        #expect(callSources == ["en", "fr"])
        // Reading the database back gives the same records as the facts' JSON Lines.
        let fromDatabase = try CLI.run(["consolidate", "-q", database])
        let fromLines = try CLI.run(["extract", "-q", "--consolidate", "seeds/"])
        #expect(fromDatabase.status == 0, "\(fromDatabase.stderr)")
        #expect(fromDatabase.stdout == fromLines.stdout)
        try Self.checkSeedProperties(try Self.records(fromDatabase))
        // A second run (every document unchanged) rebuilds the same table.
        let second = try CLI.run(["extract", "--format", "sqlite", "--consolidate", "-o", database, "seeds/"])
        #expect(second.stderr.contains("unchanged"))
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM consolidated")! } == records)
    }

    @Test func explainShowsWhyTheConsultationsAreNotTheVisit() throws {
        let facts = try CLI.run(["extract", "-q", "--types", "Meeting", "seeds/002_5c21f02e3c951309.txt", "seeds/004_071298eb4a38f449.txt"])
        let outcome = try CLI.run(["consolidate", "--explain", "-q"], stdin: facts.stdout)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("kind differs: consultations / visit") || outcome.stdout.contains("kind differs: visit / consultations"))
        #expect(outcome.stdout.contains("is record meeting-"))
    }

    @Test func badConfigurationAndBadLinesAreReportedWithTheirPlace() throws {
        let folder = try CLI.temporaryDirectory()
        let config = folder.appendingPathComponent("broken.yaml")
        try "types:\n  Meeting:\n    match:\n      kind: same\n".write(to: config, atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["consolidate", "--config", config.path, "-"], stdin: "")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("broken.yaml:4:13: error: unknown comparison 'same'"), "\(outcome.stderr)")

        // glean check reads the configuration kept with the rules.
        let rules = folder.appendingPathComponent("Rules")
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("Rules"), to: rules)
        try FileManager.default.removeItem(at: rules.appendingPathComponent("consolidation.yaml"))
        try FileManager.default.copyItem(at: config, to: rules.appendingPathComponent("consolidation.yaml"))
        let check = try CLI.run(["check", "--rules", rules.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("consolidation.yaml:4:13: error: unknown comparison 'same'"), "\(check.stderr)")

        let lines = try CLI.run(["consolidate", "-q", "-"], stdin: "{\"doc\":\"a\"}\nnot json\n")
        #expect(lines.status == 1)
        #expect(lines.stderr.contains("<stdin>:1:"))
        #expect(lines.stderr.contains("<stdin>:2:1: error: not a fact"))
    }
}
