/// The headers of lists of other articles' headlines (`ZoneMap` rule 8): "Related articles", « Lire aussi », a
/// government page's "Related Press Releases" or « Pour aller plus loin ». Vocabulary data, not code: the forms of the
/// gazetteer entries of type `LinkHeader` (Gazetteers/vocab/link_headers.yaml, docs/gazetteers.md), loaded with the
/// pack, so a user adds a site's header without a build. A line is a header when, without the marks around it
/// (`linkHeaderTrimmable`: bullets, dashes, colons, spaces) and folded (lower case, no diacritics, typographic
/// apostrophes as ASCII ones), it equals a form; or when its part before a colon does ("Read also: …").
public struct LinkHeaderTable: Sendable {
    /// The gazetteer type whose forms are the headers.
    public static let type = "LinkHeader"
    /// No header: a pack without `LinkHeader` entries finds no list by its header (tickers and "|" lines still are links).
    public static let empty = LinkHeaderTable(forms: [])

    /// The headers, normalised as `normalised` makes a line.
    let headers: Set<String>
    /// Their UTF-8 bytes (all folded, so the ASCII ones lower-case), for `ZoneMap.mayBeLinkHeader`.
    let headerBytes: [[UInt8]]

    public init(forms: [String]) {
        let normalisedForms = Set(forms.map { Self.normalised($0[...]) }.filter { !$0.isEmpty })
        headers = normalisedForms
        headerBytes = normalisedForms.sorted().map { Array($0.utf8) }
    }

    /// The forms of the gazetteer's `LinkHeader` entries, whatever their language (a French page may carry an English
    /// "Related links" block, and a header alone on its line is no sentence to detect a language from).
    public init(gazetteer: Gazetteer) {
        var forms: [String] = []
        for form in gazetteer.forms where gazetteer.entryTypes[Int(form.entry)] == Self.type { forms.append(form.text) }
        self.init(forms: forms)
    }

    public var count: Int { headers.count }
    public var isEmpty: Bool { headers.isEmpty }

    func contains(_ part: Substring) -> Bool {
        !headers.isEmpty && headers.contains(Self.normalised(part))
    }

    /// `part` without the marks around it (`ZoneMap.linkHeaderTrimmable`), folded, "’" as "'". Trimmed by index and
    /// copied once, with the set built once: dropping through two reversed views and mapping every character into a
    /// new string, with the set made per call, cost ~54,000 instructions a call (1.4% of extraction).
    static func normalised(_ part: Substring) -> String {
        let trimmable = ZoneMap.linkHeaderTrimmable
        var lower = part.startIndex, upper = part.endIndex
        while lower < upper && trimmable.contains(part[lower]) { lower = part.index(after: lower) }
        while lower < upper {
            let before = part.index(before: upper)
            guard trimmable.contains(part[before]) else { break }
            upper = before
        }
        let trimmed = part[lower..<upper]
        if !trimmed.contains("’") { return Folding.fold(String(trimmed)) }
        return Folding.fold(String(trimmed.map { $0 == "’" ? "'" : $0 }))
    }
}
