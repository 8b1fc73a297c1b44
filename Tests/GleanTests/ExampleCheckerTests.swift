import Foundation
import Testing
@testable import Glean

@Suite("Examples inside rules")
struct ExampleCheckerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyExampleOfTheShippedPackPasses() throws {
        let pack = try RulePack.load(rulesDirectory: Self.root.appendingPathComponent("Rules").path,
                                     gazetteerDirectory: Self.root.appendingPathComponent("Gazetteers").path)
        let checker = ExampleChecker(pack: pack)
        #expect(checker.exampleCount >= 20)
        let failures = checker.failures()
        #expect(failures.isEmpty, "\(failures.map(\.rendered).joined(separator: "\n"))")
    }

    @Test func aFailingExampleIsReportedAtItsLine() throws {
        let rules = """
        rule country {
          pattern: c:gaz:Country
          emit Country { id: c.id }
          example: "Morocco" => Country { id: "MA" }
          example: "Japan" => Country { id: "MA" }
          counterexample: "Japan again"
        }
        """
        let failures = ExampleChecker(pack: try pack(rules)).failures()
        #expect(failures.count == 2)
        #expect(failures[0].location?.description == "test.glean:5:3")
        #expect(failures[0].message == "example of rule 'country' fails: expected Country {id: \"MA\"}, but it emitted Country {id: \"JP\"} on \"Japan\"")
        #expect(failures[1].location?.description == "test.glean:6:3")
        #expect(failures[1].message.hasPrefix("example of rule 'country' fails: the rule must not fire here"))
    }

    @Test func anExampleReadInOneLanguage() throws {
        // "Maroc" is a French form only: as a bare counterexample it is also read as French and fails; written
        // counterexample(en) it is read as English only and holds. example(fr) must pass in French alone.
        let rules = """
        rule country {
          pattern: c:gaz:Country
          emit Country { id: c.id }
          example(fr): "Maroc" => Country { id: "MA" }
          counterexample(en): "Maroc"
          counterexample: "Maroc"
          example(en): "Maroc"
        }
        """
        let failures = ExampleChecker(pack: try pack(rules)).failures()
        #expect(failures.map { $0.location?.description ?? "-" } == ["test.glean:6:3", "test.glean:7:3"], "\(failures.map(\.message))")
        #expect(firstError("rule r {\n  pattern: \"x\"\n  emit X\n  example(de): \"x\"\n}\n").contains("expected a language (en or fr) in 'example(…)'"))
        #expect(firstError("rule r {\n  lang: en\n  pattern: \"x\"\n  emit X\n  counterexample(fr): \"x\"\n}\n").contains("'counterexample(fr)' is in a language the rule does not run in (lang: en)"))
    }
}
