/// Half-open byte range [start, end) in UTF-8 bytes.
public struct ByteSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { end <= start }
    public var length: Int { Swift.max(0, end - start) }
}

/// The languages the rules are written for; `unknown` when detection has too little evidence.
public enum Language: String, Sendable, Codable, CaseIterable {
    case en, fr, unknown
}

/// Where a stretch of the text sits on the page: the article `body`; `links`, the headlines of other articles (a
/// news ticker, a "Related articles" or « Lire aussi » list, a line of headlines joined by "|"), which name events
/// the page does not report; and the rest of the page `furniture` (menus, offers, footers, banners).
public enum Zone: String, Sendable, Codable, CaseIterable, Comparable {
    case body, furniture, links

    public static func < (a: Zone, b: Zone) -> Bool { a.rawValue < b.rawValue }
}
