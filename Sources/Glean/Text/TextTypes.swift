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

/// Where a stretch of the text sits on the page.
public enum Zone: String, Sendable, Codable {
    case body, furniture
}
