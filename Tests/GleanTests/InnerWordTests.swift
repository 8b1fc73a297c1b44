import Testing
@testable import Glean

/// Inner words (`InnerWord` entries; docs/gazetteers.md "Inner words"): adverbs that may stand inside the multi-word
/// forms of the types their `inside:` names, and that the hit then spans.
@Suite("Gazetteer inner words")
struct InnerWordTests {
    static let verbs = """
    type: MeetingKind
    entries:
      - id: travel
        name: will travel to
        names:
          en: [will travel to, will then travel to]
      - id: tense
        type: TenseWord
        name: is due to
        names:
          en: [is due to]
      - id: lists
        type: Organization
        name: European Union
        names:
          en: [European Union]
    """

    static let inner = """
    type: InnerWord
    layer: inner
    entries:
      - id: adverbs
        name: then
        names:
          en: [then, also, later]
        attributes:
          inside: [MeetingKind, TenseWord]
    """

    static func hits(_ text: String) -> [String] {
        let layered = GazetteerLayerTests.hits(text, files: [("verbs.yaml", verbs), ("inner.yaml", inner)]).filter { !$0.hasPrefix("adverbs") }
        // Without any layer the scan takes its one-layer path; it finds the same forms.
        let flat = GazetteerLayerTests.hits(text, files: [("verbs.yaml", verbs), ("inner.yaml", inner.replacingOccurrences(of: "layer: inner\n", with: ""))])
        #expect(flat.filter { !$0.hasPrefix("adverbs") } == layered)
        return layered
    }

    @Test func aFormIsFoundWithInnerWordsInsideAndTheHitSpansThem() {
        #expect(Self.hits("She will later travel to Rome") == ["travel 1-5"])
        #expect(Self.hits("She will also later travel to Rome") == ["travel 1-6"])
        #expect(Self.hits("He is also due to") == ["tense 1-5"])
    }

    /// A listed path through the word ("will then travel to") is followed first; when it leads nowhere the walk
    /// comes back and steps over the word ("will then fly to" is "will fly to").
    @Test func aListedPathThroughTheWordDoesNotHideTheStep() {
        #expect(Self.hits("She will then travel to Rome") == ["travel 1-5"])
        let fly = """
        type: MeetingKind
        entries:
          - id: fly
            name: will fly to
            names:
              en: [will fly to, will then travel to]
        """
        let found = GazetteerLayerTests.hits("She will then fly to Rome", files: [("fly.yaml", fly), ("inner.yaml", Self.inner)])
        #expect(found.contains("fly 1-5"))
    }

    /// Only types named in `inside:`, never three inner words, never before a form's first token or after its last.
    @Test func innerWordsStandOnlyInsideTheFormsOfTheirTypes() {
        #expect(Self.hits("the European also Union") == [])
        #expect(Self.hits("She will also later also travel to Rome") == [])
        #expect(Self.hits("She then will travel to Rome") == ["travel 2-5"])
        #expect(Self.hits("She will travel to then Rome") == ["travel 1-4"])
    }
}
