import Testing
@testable import Glean

/// Composed forms (`parts:` and `compose:` in a gazetteer file; docs/gazetteers.md "Composed forms"): plan words and
/// infinitives listed once each, every combination a form of the entry.
@Suite("Gazetteer composed forms")
struct ComposedFormTests {
    static let frames = """
    type: MeetingKind
    parts:
      plan: [is due to, is set to]
      talks: [meet, sit down with]
    entries:
      - id: talks-planned
        name: is due to meet
        compose:
          en: ["{plan} {talks}", "{plan} also {talks}"]
        attributes:
          status: planned
      - id: plain
        name: held talks
    """

    @Test func everyCombinationOfThePartsIsAForm() {
        var loader = GazetteerLoader()
        loader.load(text: Self.frames, path: "frames.yaml")
        #expect(loader.diagnostics.isEmpty, "\(loader.diagnostics)")
        let texts = loader.forms.filter { loader.entries[Int($0.entry)].id == "talks-planned" }.map(\.text)
        #expect(texts == ["is due to meet", "is due to sit down with", "is set to meet", "is set to sit down with",
                          "is due to also meet", "is due to also sit down with", "is set to also meet", "is set to also sit down with"])
        #expect(loader.forms.filter { $0.language == .en }.count == 8)
        // An entry with no form of its own keeps its name as the form.
        #expect(loader.forms.filter { loader.entries[Int($0.entry)].id == "plain" }.map(\.text) == ["held talks"])
    }

    @Test func composedFormsAreFoundInText() {
        let found = GazetteerLayerTests.hits("Ruto is set to sit down with Abiy", files: [("frames.yaml", Self.frames)])
        #expect(found == ["talks-planned 1-7"])
    }

    @Test func templateProblemsAreReportedWithLocations() {
        var loader = GazetteerLoader()
        loader.load(text: """
        type: MeetingKind
        parts:
          plan: [is due to]
          Bad-Name: [x]
        entries:
          - id: a
            name: a
            compose:
              en: ["{plan} {talk}", "{plan"]
        """, path: "bad.yaml")
        let messages = loader.diagnostics.map { "\($0.location!): \($0.message)" }
        #expect(messages.contains("bad.yaml:4:3: a part name is lowercase letters, digits and '_' (plan_en)"), "\(messages)")
        #expect(messages.contains("bad.yaml:9:12: unknown part '{talk}' in template '{plan} {talk}' (this file's parts: plan)"), "\(messages)")
        #expect(messages.contains("bad.yaml:9:29: template '{plan' opens '{' without closing it"), "\(messages)")
    }

    @Test func aTemplateGivesAtMostTheLimit() {
        let many = (0..<200).map { "w\($0)" }
        let parts = ["a": many, "b": many]
        #expect(GazetteerLoader.expand("{a} {b}", parts: parts) == .failure(.tooMany(40_000)))
        #expect(GazetteerLoader.expand("x {a}", parts: parts).map(\.count) == .success(200))
        #expect(GazetteerLoader.expand("no part", parts: [:]) == .success(["no part"]))
    }
}
