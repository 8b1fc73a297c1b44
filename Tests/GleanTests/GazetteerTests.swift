import Testing
@testable import Glean

@Suite("Gazetteer matching")
struct GazetteerTests {
    static let yaml = """
    type: Country
    entries:
      - id: MA
        name: Morocco
        names:
          en: [Morocco, Kingdom of Morocco]
          fr: [Maroc, Royaume du Maroc]
        demonyms:
          fr: [marocain, marocaine]
      - id: CI
        name: Côte d'Ivoire
        names:
          any: [Côte d'Ivoire, Ivory Coast]
      - id: UN
        type: Organization
        name: United Nations
        names:
          en: [United Nations]
        acronyms:
          en: [UN]
          fr: [ONU]
      - id: kassym_jomart_tokayev
        type: Official
        name: Kassym-Jomart Tokayev
        names:
          any: [Kassym-Jomart Tokayev, Tokayev, Tokaïev]
        attributes:
          role: head_of_state
          country: KZ
    """

    func hits(_ text: String, language: Language) throws -> [(String, String)] {
        var loader = GazetteerLoader()
        loader.load(text: GazetteerTests.yaml, path: "test.yaml")
        #expect(loader.diagnostics.isEmpty, "\(loader.diagnostics)")
        var vocabulary = Vocabulary()
        let gazetteer = Gazetteer(entries: loader.entries, forms: loader.forms, vocabulary: &vocabulary)
        let prepared = PreparedText(string: text)
        let tokens = Tokenizer(language: language).tokenize(prepared.normalized)
        var buffer: [UInt8] = []
        let ids: [Int32] = prepared.normalized.withUnsafeBufferPointer { bytes in
            tokens.map { token in
                buffer.removeAll()
                Folding.fold(UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), into: &buffer)
                return buffer.withUnsafeBufferPointer { vocabulary.id(ofFolded: $0) }
            }
        }
        let found = prepared.normalized.withUnsafeBufferPointer { gazetteer.hits(tokens: tokens, tokenIDs: ids, text: $0, language: language) }
        return found.map { hit in
            let span = ByteSpan(start: Int(tokens[Int(hit.startToken)].start), end: Int(tokens[Int(hit.endToken) - 1].end))
            return (gazetteer.entries[Int(hit.entry)].id, String(decoding: prepared.normalized[span.start..<span.end], as: UTF8.self))
        }
    }

    @Test func caseAndDiacriticsAreIgnored() throws {
        let found = try hits("Le MAROC, la cote d’ivoire et le président TOKAIEV.", language: .fr)
        #expect(found.map(\.0) == ["MA", "CI", "kassym_jomart_tokayev"])
    }

    @Test func longestMatchWins() throws {
        let found = try hits("The Kingdom of Morocco and Kassym-Jomart Tokayev met.", language: .en)
        #expect(found.map(\.1) == ["Kingdom of Morocco", "Kassym-Jomart Tokayev"])
    }

    @Test func acronymsAreCaseSensitive() throws {
        #expect(try hits("The UN said", language: .en).map(\.0) == ["UN"])
        #expect(try hits("un jour", language: .fr).isEmpty)
        #expect(try hits("L'ONU a dit", language: .fr).map(\.0) == ["UN"])
        #expect(try hits("the onu", language: .fr).isEmpty)
    }

    @Test func formsAreLimitedToTheirLanguage() throws {
        #expect(try hits("Maroc", language: .en).isEmpty)
        #expect(try hits("Maroc", language: .fr).map(\.0) == ["MA"])
        #expect(try hits("un diplomate marocain", language: .fr).map(\.0) == ["MA"])
        #expect(try hits("Ivory Coast", language: .fr).map(\.0) == ["CI"]) // listed under any
    }

    @Test func duplicateIDsAndBadKeysAreReportedWithLocations() {
        var loader = GazetteerLoader()
        loader.load(text: "type: Country\nentries:\n  - id: MA\n    name: Morocco\n  - id: MA\n    name: Maroc\n    colour: red\n", path: "bad.yaml")
        let messages = loader.diagnostics.map { "\($0.location!): \($0.message)" }
        #expect(messages.contains("bad.yaml:7:5: unknown entry key 'colour' (expected one of: acronyms, attributes, case_sensitive, compose, demonyms, exact, id, layer, name, names, note, terms, type)"))
        #expect(messages.contains("bad.yaml:5:9: duplicate gazetteer id 'MA' for type Country (first defined at bad.yaml:3:9)"))
    }

    @Test func yamlSyntaxErrorHasALocation() {
        var loader = GazetteerLoader()
        loader.load(text: "type: Country\nentries:\n  - id: [MA\n", path: "broken.yaml")
        #expect(loader.diagnostics.first?.code == "syntax")
        #expect(loader.diagnostics.first?.location?.file == "broken.yaml")
    }

    @Test func tsvEntries() {
        var loader = GazetteerLoader()
        loader.load(text: "# id\ttype\tname\tforms\tattributes\nacme\tCompany\tAcme Corp\tAcme|ACME Inc\tcountry=US;founded=1950\n", path: "big.tsv")
        #expect(loader.diagnostics.isEmpty)
        #expect(loader.entries.first?.attribute("founded") == .int(1950))
        #expect(loader.forms.count == 3)
    }

    @Test func vocabularyInternsAndFinds() {
        var vocabulary = Vocabulary(capacity: 2)
        let words = (0..<1000).map { "word\($0)" }
        let ids = words.map { vocabulary.intern(folded: $0) }
        #expect(Set(ids).count == 1000)
        #expect(vocabulary.id(ofFolded: "word512") == ids[512])
        #expect(vocabulary.id(ofFolded: "absent") == Vocabulary.unknown)
        #expect(vocabulary.string(of: ids[7]) == "word7")
    }
}
