/// Entries and their surface forms, compiled into a phrase automaton over a shared vocabulary.
public struct Gazetteer: Sendable {
    public let entries: [GazetteerEntry]
    public let forms: [SurfaceForm]
    private(set) var automaton: PhraseAutomaton
    /// The scan layers: `shared` (files without `layer:`) first, then the declared ones by name.
    public let layers: [String]
    /// Every entry type, with the attribute keys its entries use (for checking rules that refer to them).
    public let attributeKeysByType: [String: Set<String>]
    /// `entries[i].type`, without copying the entry (hot loops read it per hit).
    let entryTypes: [String]
    /// Per form, what the hit filter reads (copying a `SurfaceForm` per candidate retains all its arrays).
    private let formEntries: [Int32]
    private let formLanguages: [Language?]
    private let formIsCaseSensitive: [Bool]
    /// The forms of one token by their folded token (key 0: made on the first `attribute(_:ofType:form:language:)`
    /// call, in form order, and shared by the threads that extract).
    let oneTokenForms = LockedDictionary<Int, [String: [Int32]]>()

    public var types: Set<String> { Set(attributeKeysByType.keys) }

    /// The same gazetteer with `automaton` (built from this one's `AutomatonSource`).
    func withAutomaton(_ automaton: PhraseAutomaton) -> Gazetteer {
        var copy = self
        copy.automaton = automaton
        return copy
    }

    /// Interns every form's tokens in `vocabulary` and builds the automaton.
    public init(entries: [GazetteerEntry], forms: [SurfaceForm], vocabulary: inout Vocabulary) {
        self.init(entries: entries, forms: forms, vocabulary: &vocabulary) { $0.build() }
    }

    /// What the automaton is made from: each form's token ids and, with named layers, each form's layer.
    struct AutomatonSource: Sendable {
        let formTokenIDs: [[Int32]]
        /// Empty: one layer.
        let formLayers: [Int32]
        /// Per token id, its inner-word classes; empty: no inner words (`InnerWords`).
        var innerWordClasses: [UInt32] = []
        /// Per form, the inner-word classes that may stand inside it.
        var formInnerClasses: [UInt32] = []

        func build() -> PhraseAutomaton {
            PhraseAutomaton(formTokenIDs: formTokenIDs, formLayers: formLayers, innerWordClasses: innerWordClasses, formInnerClasses: formInnerClasses)
        }
    }

    /// Words that may stand inside other types' multi-word forms without being listed in them: the entries of type
    /// `InnerWord`, each with its one-token forms and `inside:`, the types whose forms it may stand in ("will *then*
    /// travel to", « doit *ensuite* se rendre »). Entries with the same `inside` list are one class (at most 31).
    static let innerWordType = "InnerWord"

    /// Per token id the inner-word classes of the word, and per form the classes that may stand inside it (none
    /// for case-sensitive forms, which are compared token by token at their own positions).
    static func innerWordTables(entries: [GazetteerEntry], forms: [SurfaceForm], formIDs: [[Int32]]) -> (words: [UInt32], forms: [UInt32]) {
        var classOfInside: [[String]: Int] = [:]
        var classesOfType: [String: UInt32] = [:]
        var classOfEntry: [Int32: Int] = [:]
        for (index, entry) in entries.enumerated() where entry.type == innerWordType {
            guard case .list(let values)? = entry.attribute("inside") else { continue }
            let inside = values.compactMap(\.stringValue).sorted()
            guard !inside.isEmpty else { continue }
            let number = classOfInside[inside] ?? classOfInside.count
            guard number < 31 else { continue }
            classOfInside[inside] = number
            classOfEntry[Int32(index)] = number
            for type in inside { classesOfType[type, default: 0] |= 1 << UInt32(number) }
        }
        guard !classOfEntry.isEmpty else { return ([], []) }
        var words: [UInt32] = []
        for (formIndex, form) in forms.enumerated() {
            guard let number = classOfEntry[form.entry], formIDs[formIndex].count == 1 else { continue }
            let id = Int(formIDs[formIndex][0])
            if words.count <= id { words += [UInt32](repeating: 0, count: id + 1 - words.count) }
            words[id] |= 1 << UInt32(number)
        }
        let formClasses = forms.enumerated().map { index, form -> UInt32 in
            form.kind.isCaseSensitive || formIDs[index].count < 2 ? 0 : classesOfType[entries[Int(form.entry)].type] ?? 0
        }
        return (words, formClasses)
    }

    /// Interns every form's tokens in `vocabulary`; `automaton` is handed what the automaton is made from and
    /// returns the one to keep. `RulePack.build` keeps an empty one while the compiler runs (which needs the
    /// interned forms, not the automaton), builds the real one on another core and puts it in with `withAutomaton`.
    init(entries: [GazetteerEntry], forms: [SurfaceForm], vocabulary: inout Vocabulary, automaton make: (AutomatonSource) -> PhraseAutomaton) {
        self.entries = entries
        self.forms = forms
        entryTypes = entries.map(\.type)
        formEntries = forms.map(\.entry)
        formLanguages = forms.map(\.language)
        formIsCaseSensitive = forms.map(\.kind.isCaseSensitive)
        var formIDs: [[Int32]] = []
        formIDs.reserveCapacity(forms.count)
        for form in forms { formIDs.append(form.foldedTokens.map { vocabulary.intern(folded: $0) }) }
        // Layer 0 is the shared one; named layers follow in name order, so numbering never depends on file order.
        let layerNames = Set(entries.compactMap(\.layer)).sorted()
        layers = [GazetteerLayer.shared] + layerNames
        var source: AutomatonSource
        if layerNames.isEmpty {
            source = AutomatonSource(formTokenIDs: formIDs, formLayers: [])
        } else {
            let number = Dictionary(uniqueKeysWithValues: layerNames.enumerated().map { ($1, Int32($0 + 1)) })
            let entryLayers = entries.map { $0.layer.flatMap { number[$0] } ?? 0 }
            source = AutomatonSource(formTokenIDs: formIDs, formLayers: forms.map { entryLayers[Int($0.entry)] })
        }
        (source.innerWordClasses, source.formInnerClasses) = Gazetteer.innerWordTables(entries: entries, forms: forms, formIDs: formIDs)
        automaton = make(source)
        var keys: [String: Set<String>] = [:]
        for entry in entries {
            keys[entry.type, default: ["id", "name", "type", "form"]].formUnion(entry.attributes.map(\.key))
        }
        attributeKeysByType = keys
    }

    /// Finds the gazetteer forms in a tokenised text: leftmost-longest within each layer, filtered by the document's language
    /// (a form listed under `en` or `fr` only matches documents in that language) and, for acronyms and
    /// exact forms, by case.
    public func hits(tokens: [Token], tokenIDs: [Int32], text: UnsafeBufferPointer<UInt8>, language: Language) -> [GazetteerHit] {
        var hits: [GazetteerHit] = []
        // News has about one hit per three tokens: one allocation instead of a dozen regrowths per document.
        hits.reserveCapacity(tokenIDs.count / 2 + 4)
        formLanguages.withUnsafeBufferPointer { formLanguages in
            formIsCaseSensitive.withUnsafeBufferPointer { formIsCaseSensitive in
                formEntries.withUnsafeBufferPointer { formEntries in
                    automaton.scan(tokenIDs: tokenIDs, accepts: { formIndex, start in
                        if let formLanguage = formLanguages[Int(formIndex)], language != .unknown, formLanguage != language { return false }
                        guard formIsCaseSensitive[Int(formIndex)] else { return true }
                        return matchesExactly(form: Int(formIndex), at: start, tokens: tokens, text: text)
                    }, report: { formIndex, start, end in
                        // Two forms of one entry can end at the same node (e.g. a name and an exact form): report
                        // the entry once. Hits of one start are reported together, so only those need comparing.
                        let entry = formEntries[Int(formIndex)]
                        var index = hits.count - 1
                        while index >= 0 && Int(hits[index].startToken) == start {
                            if hits[index].entry == entry { return }
                            index -= 1
                        }
                        hits.append(GazetteerHit(entry: entry, form: formIndex, startToken: Int32(start), endToken: Int32(end)))
                    })
                }
            }
        }
        return hits
    }

    /// Whether the tokens from `start` are byte for byte the exact tokens of a case-sensitive form.
    private func matchesExactly(form: Int, at start: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        for (offset, expected) in forms[form].exactTokens.enumerated() {
            let token = tokens[start + offset]
            guard Int(token.end - token.start) == expected.count else { return false }
            var index = 0
            while index < expected.count {
                if text[Int(token.start) + index] != expected[index] { return false }
                index += 1
            }
        }
        return true
    }
}
