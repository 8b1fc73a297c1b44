/// Entries and their surface forms, compiled into a phrase automaton over a shared vocabulary.
public struct Gazetteer: Sendable {
    public let entries: [GazetteerEntry]
    public let forms: [SurfaceForm]
    let automaton: PhraseAutomaton
    /// Every entry type, with the attribute keys its entries use (for checking rules that refer to them).
    public let attributeKeysByType: [String: Set<String>]
    /// `entries[i].type`, without copying the entry (hot loops read it per hit).
    let entryTypes: [String]

    public var types: Set<String> { Set(attributeKeysByType.keys) }

    /// Interns every form's tokens in `vocabulary` and builds the automaton.
    public init(entries: [GazetteerEntry], forms: [SurfaceForm], vocabulary: inout Vocabulary) {
        self.entries = entries
        self.forms = forms
        entryTypes = entries.map(\.type)
        var formIDs: [[Int32]] = []
        formIDs.reserveCapacity(forms.count)
        for form in forms { formIDs.append(form.foldedTokens.map { vocabulary.intern(folded: $0) }) }
        automaton = PhraseAutomaton(formTokenIDs: formIDs)
        var keys: [String: Set<String>] = [:]
        for entry in entries {
            keys[entry.type, default: ["id", "name", "type", "form"]].formUnion(entry.attributes.map(\.key))
        }
        attributeKeysByType = keys
    }

    /// Finds the gazetteer forms in a tokenised text: leftmost-longest, filtered by the document's language
    /// (a form listed under `en` or `fr` only matches documents in that language) and, for acronyms and
    /// exact forms, by case.
    public func hits(tokens: [Token], tokenIDs: [Int32], text: UnsafeBufferPointer<UInt8>, language: Language) -> [GazetteerHit] {
        var hits: [GazetteerHit] = []
        automaton.scan(tokenIDs: tokenIDs, accepts: { formIndex, start in
            let form = forms[Int(formIndex)]
            if let formLanguage = form.language, language != .unknown, formLanguage != language { return false }
            guard form.kind.isCaseSensitive else { return true }
            for (offset, expected) in form.exactTokens.enumerated() {
                let token = tokens[start + offset]
                guard Int(token.end - token.start) == expected.count else { return false }
                var index = 0
                while index < expected.count {
                    if text[Int(token.start) + index] != expected[index] { return false }
                    index += 1
                }
            }
            return true
        }, report: { formIndex, start, end in
            hits.append(GazetteerHit(entry: forms[Int(formIndex)].entry, form: formIndex, startToken: Int32(start), endToken: Int32(end)))
        })
        // Two forms of one entry can end at the same node (e.g. a name and an exact form): report the entry once.
        // Hits of one start are adjacent, so only those need comparing.
        var unique: [GazetteerHit] = []
        unique.reserveCapacity(hits.count)
        var groupStart = 0
        for hit in hits {
            if let last = unique.last, last.startToken != hit.startToken { groupStart = unique.count }
            if unique[groupStart...].contains(where: { $0.entry == hit.entry }) { continue }
            unique.append(hit)
        }
        return unique
    }
}
