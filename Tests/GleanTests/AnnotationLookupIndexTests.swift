import Testing
@testable import Glean

/// The context lookups' structures are kept for the whole document (`AnnotationLookupIndex`) and made again only for
/// the types a phase added annotations of: a later phase must see them, an earlier one must not.
@Suite("Context lookups across phases")
struct AnnotationLookupIndexTests {
    let rules = """
    phase one
    rule tokyo {
      pattern: "Tokyo"
      mark Place { name: "tokyo" }
    }
    phase two
    rule rabat {
      pattern: "Rabat"
      mark Place { name: "rabat" }
    }
    rule skip {
      pattern: "Tokyo"
      mark Skip { at: "tokyo" }
    }
    rule early {
      pattern: "signed"
      emit Early { here: in_sentence("Place", "name"), kept: in_sentence("Place", "name", outside: "Skip"), on: overlapping("Place", "name") }
    }
    phase three
    rule late {
      pattern: "signed"
      emit Late { here: in_sentence("Place", "name"), kept: in_sentence("Place", "name", outside: "Skip"), all: all_in_document("Place", "name") }
    }
    rule on_place {
      pattern: "Rabat"
      emit OnPlace { on: overlapping("Place", "name") }
    }
    """

    @Test func laterPhasesSeeWhatThePhasesBetweenAdded() throws {
        let facts = try extract(rules, "Morocco signed in Tokyo and Rabat.")
        func field(_ type: String, _ key: String) -> FieldValue? {
            facts.first { $0.type == type }?.fields.first { $0.key == key }?.value
        }
        // Phase two reads phase one's marks only (its own Rabat and Skip are not there yet).
        #expect(field("Early", "here") == .list([.string("tokyo")]))
        #expect(field("Early", "kept") == .list([.string("tokyo")]))
        #expect(field("Early", "on") == nil)
        // Phase three reads both phases' Places, and the Skip of phase two covers Tokyo.
        #expect(field("Late", "here") == .list([.string("tokyo"), .string("rabat")]))
        #expect(field("Late", "kept") == .list([.string("rabat")]))
        #expect(field("Late", "all") == .list([.string("tokyo"), .string("rabat")]))
        #expect(field("OnPlace", "on") == .list([.string("rabat")]))
    }

    @Test func oneExtractorReadsEachDocumentOnItsOwn() throws {
        // The structures belong to a document: the next document's lookups find its own marks only.
        let extractor = Extractor(pack: try pack(rules))
        let first = extractor.extract(Document(id: "a", text: "Morocco signed in Tokyo and Rabat.")).facts
        let second = extractor.extract(Document(id: "b", text: "Rabat. Morocco signed there.")).facts
        #expect(first.first { $0.type == "Late" }?.fields.first { $0.key == "all" }?.value == .list([.string("tokyo"), .string("rabat")]))
        #expect(second.first { $0.type == "Late" }?.fields.first { $0.key == "all" }?.value == .list([.string("rabat")]))
        #expect(second.first { $0.type == "Late" }?.fields.contains { $0.key == "here" } == false)
    }
}
