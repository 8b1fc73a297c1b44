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
}
