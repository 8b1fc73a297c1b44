import Testing
@testable import Glean

/// Gazetteer layers (`layer:`; docs/gazetteers.md "Layers"): leftmost-longest within a layer, overlap across layers.
@Suite("Gazetteer layers")
struct GazetteerLayerTests {
    static let shared = """
    type: Organization
    entries:
      - id: AFDB
        name: African Development Bank
        names:
          en: [African Development Bank]
      - id: signed
        type: AgreementVerb
        name: will be signed
        names:
          en: [will be signed]
    """

    static let words = """
    type: Word
    layer: words
    entries:
      - id: development
        name: development
        names:
          en: [development]
      - id: development_bank
        name: development bank
        names:
          en: [development bank]
      - id: bank
        name: bank
        names:
          en: [bank]
      - id: will
        type: TenseWord
        name: will
        names:
          en: [will]
        layer: tense
    """

    static func gazetteer(_ files: [(String, String)]) -> (Gazetteer, Vocabulary, [Diagnostic]) {
        var loader = GazetteerLoader()
        for (path, text) in files { loader.load(text: text, path: path) }
        var vocabulary = Vocabulary()
        let gazetteer = Gazetteer(entries: loader.entries, forms: loader.forms, vocabulary: &vocabulary)
        return (gazetteer, vocabulary, loader.diagnostics)
    }

    /// `entry id [start, end)` of each hit, in the order reported.
    static func hits(_ text: String, files: [(String, String)]) -> [String] {
        let (gazetteer, vocabulary, diagnostics) = gazetteer(files)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let prepared = PreparedText(string: text)
        let tokens = Tokenizer(language: .en).tokenize(prepared.normalized)
        var buffer: [UInt8] = []
        let ids: [Int32] = prepared.normalized.withUnsafeBufferPointer { bytes in
            tokens.map { token in
                buffer.removeAll()
                Folding.fold(UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), into: &buffer)
                return buffer.withUnsafeBufferPointer { vocabulary.id(ofFolded: $0) }
            }
        }
        let found = prepared.normalized.withUnsafeBufferPointer { gazetteer.hits(tokens: tokens, tokenIDs: ids, text: $0, language: .en) }
        return found.map { "\(gazetteer.entries[Int($0.entry)].id) \($0.startToken)-\($0.endToken)" }
    }

    @Test func layersOverlapEachOtherButNotThemselves() {
        let found = GazetteerLayerTests.hits("The African Development Bank will be signed", files: [("a.yaml", GazetteerLayerTests.shared), ("b.yaml", GazetteerLayerTests.words)])
        // The shared layer's longer forms no longer hide 'development bank' and 'will'; within the words layer,
        // 'development bank' is longest at its start and hides 'bank'.
        #expect(found == ["AFDB 1-4", "development_bank 2-4", "signed 4-7", "will 4-5"])
    }

    @Test func withoutLayersTheScanIsShared() {
        let flat = GazetteerLayerTests.words.replacingOccurrences(of: "layer: words\n", with: "").replacingOccurrences(of: "\n    layer: tense", with: "")
        let found = GazetteerLayerTests.hits("The African Development Bank will be signed", files: [("a.yaml", GazetteerLayerTests.shared), ("b.yaml", flat)])
        #expect(found == ["AFDB 1-4", "signed 4-7"])
        #expect(GazetteerLayerTests.gazetteer([("b.yaml", flat)]).0.layers == ["shared"])
    }

    @Test func layersAreNumberedByName() {
        let gazetteer = GazetteerLayerTests.gazetteer([("a.yaml", GazetteerLayerTests.shared), ("b.yaml", GazetteerLayerTests.words)]).0
        #expect(gazetteer.layers == ["shared", "tense", "words"])
        #expect(gazetteer.automaton.layerCount == 3)
    }

    @Test func anEntryCanReturnToTheSharedLayer() {
        let text = GazetteerLayerTests.words.replacingOccurrences(of: "layer: tense", with: "layer: shared")
        let found = GazetteerLayerTests.hits("The African Development Bank will be signed", files: [("a.yaml", GazetteerLayerTests.shared), ("b.yaml", text)])
        #expect(found == ["AFDB 1-4", "development_bank 2-4", "signed 4-7"])
    }

    @Test func badLayerValuesAreReportedWithLocations() {
        var loader = GazetteerLoader()
        loader.load(text: "type: Word\nlayer: Tense\nentries:\n  - id: a\n    name: a\n", path: "top.yaml")
        loader.load(text: "type: Word2\nentries:\n  - id: a\n    name: a\n    layer: [x]\n  - id: b\n    name: b\n    layer: 2x\n", path: "entry.yaml")
        let messages = loader.diagnostics.map { "\($0.location!): \($0.message)" }
        let message = GazetteerLayer.invalidNameMessage
        #expect(messages == ["top.yaml:2:8: \(message)", "entry.yaml:5:12: \(message)", "entry.yaml:8:12: \(message)"])
    }

    @Test func aTypeLivesInOneLayer() {
        var loader = GazetteerLoader()
        loader.load(text: "type: Word\nlayer: words\nentries:\n  - id: a\n    name: a\n", path: "one.yaml")
        loader.load(text: "type: Word\nentries:\n  - id: b\n    name: b\n  - id: c\n    name: c\n    layer: words\n  - id: d\n    name: d\n    layer: other\n", path: "two.yaml")
        let messages = loader.diagnostics.map { "\($0.location!): \($0.message)" }
        #expect(messages == [
            "two.yaml:3:9: type Word is in the shared layer here but in layer 'words' at one.yaml:4:9 (a type is scanned in one layer)",
            "two.yaml:10:12: type Word is in layer 'other' here but in layer 'words' at one.yaml:4:9 (a type is scanned in one layer)",
        ])
        #expect(loader.entries.map(\.id) == ["a", "c"])
    }

    /// The event reader (fast path) and the node tree read `layer:` alike, including a conflict inside one file.
    @Test func bothYAMLPathsReadLayers() {
        let conflicting = "type: Word\nentries:\n  - id: a\n    name: a\n    layer: x\n  - id: b\n    name: b\n"
        for text in [GazetteerLayerTests.words, conflicting] {
            var fast = GazetteerLoader(), tree = GazetteerLoader()
            tree.readsYAMLEvents = false
            fast.load(text: text, path: "w.yaml")
            tree.load(text: text, path: "w.yaml")
            #expect(fast.entries == tree.entries)
            #expect(fast.diagnostics.map(\.message) == tree.diagnostics.map(\.message))
        }
        #expect(GazetteerYAMLReader.read(SourceFile(path: "w.yaml", text: GazetteerLayerTests.words))?.entries.map(\.layer) == ["words", "words", "words", "tense"])
        #expect(GazetteerYAMLReader.read(SourceFile(path: "w.yaml", text: conflicting)) == nil)
    }

    /// Against a direct search run on each layer alone: every layer's hits are its own leftmost-longest scan.
    @Test func automatonMatchesAScanPerLayer() {
        var generator = SplitMix(seed: 14)
        for _ in 0..<200 {
            let layerCount = 1 + Int(generator.next() % 3)
            let forms: [[Int32]] = (0..<(3 + Int(generator.next() % 8))).map { _ in
                (0..<(1 + Int(generator.next() % 3))).map { _ in Int32(generator.next() % 4) }
            }
            let layers = forms.map { _ in Int32(generator.next() % UInt64(layerCount)) }
            let text: [Int32] = (0..<40).map { _ in Int32(generator.next() % 5) - (generator.next() % 9 == 0 ? 6 : 0) }
            // Forms of even index pass the filter only at even starts: a rejected longer form must leave the shorter one.
            let accepts: (Int32, Int) -> Bool = { form, start in form % 2 == 1 || start % 2 == 0 }
            let automaton = PhraseAutomaton(formTokenIDs: forms, formLayers: layers)
            var found: [[Int]] = []
            automaton.scan(tokenIDs: text, accepts: accepts, report: { found.append([$1, Int(layers[Int($0)]), Int($0), $2]) })
            var expected: [[Int]] = []
            for layer in 0..<Int32(layerCount) {
                var start = 0
                while start < text.count {
                    let matching = forms.indices.filter { index in
                        let form = forms[index]
                        return layers[index] == layer && start + form.count <= text.count
                            && Array(text[start..<(start + form.count)]) == form && accepts(Int32(index), start)
                    }
                    guard let longest = matching.map({ forms[$0].count }).max() else { start += 1; continue }
                    // Equal forms are reported once per form, as the trie stores them at one node.
                    for index in matching where forms[index].count == longest { expected.append([start, Int(layer), index, start + longest]) }
                    start += longest
                }
            }
            #expect(found.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) })
            #expect(found.map { $0[0] } == found.map { $0[0] }.sorted(), "hits come in start order")
        }
    }

    /// A rule reads a layered type's hit that lies inside another layer's longer hit.
    @Test func rulesMatchHitsInsideAnotherLayersHit() throws {
        let pack = try RulePack.build(rules: [("r.glean", """
        rule future {
          pattern: t:gaz:TenseWord
          emit Future { word: t }
        }
        rule verb {
          pattern: v:gaz:AgreementVerb
          emit Verb { verb: v }
        }
        """)], gazetteers: [("a.yaml", GazetteerLayerTests.shared), ("b.yaml", GazetteerLayerTests.words)])
        let facts = Extractor(pack: pack).extract(Document(id: "doc", text: "It will be signed.", language: .en)).facts
        #expect(Set(facts.map { "\($0.type) \($0.text)" }) == ["Future will", "Verb will be signed"])
    }
}

/// A small deterministic generator for the randomised comparison.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
