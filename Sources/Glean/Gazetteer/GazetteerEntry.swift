/// One real-world thing a gazetteer knows: a country, an organisation, an official, a month name …
public struct GazetteerEntry: Sendable, Hashable {
    public let id: String
    public let type: String
    /// The canonical name.
    public let name: String
    /// Attributes in file order (`role`, `country`, `alpha3`, `value` …).
    public let attributes: [FieldEntry]
    public let location: SourceLocation
    /// The scan layer its forms are found in (`layer:` in the file); nil: the shared layer.
    public let layer: String?

    public init(id: String, type: String, name: String, attributes: [FieldEntry], location: SourceLocation, layer: String? = nil) {
        self.id = id
        self.layer = layer
        self.type = type
        self.name = name
        self.attributes = attributes
        self.location = location
    }

    /// `id`, `name` and `type` read like attributes, so rules write `c.id` and `c.name`.
    public func attribute(_ key: String) -> FieldValue? {
        switch key {
        case "id": return .string(id)
        case "name": return .string(name)
        case "type": return .string(type)
        default: return attributes.first { $0.key == key }?.value
        }
    }
}

/// How a surface form is written in the gazetteer, and therefore how it is matched.
public enum FormKind: String, Sendable, Hashable, CaseIterable {
    /// Case- and diacritic-insensitive.
    case name, demonym
    /// Case-sensitive (`UN`, `AU`, `OCS`; English `May`).
    case acronym, exact

    public var isCaseSensitive: Bool { self == .acronym || self == .exact }
    /// The key a gazetteer file uses for forms of this kind.
    public var fileKey: String {
        switch self {
        case .name: "names"
        case .demonym: "demonyms"
        case .acronym: "acronyms"
        case .exact: "exact"
        }
    }
}

/// One way of writing an entry, split into tokens the way documents are.
public struct SurfaceForm: Sendable, Hashable {
    public let entry: Int32
    public let kind: FormKind
    /// nil: the form matches documents in every language.
    public let language: Language?
    public let text: String
    /// The form's tokens, folded (case- and accent-free).
    public let foldedTokens: [String]
    /// The form's tokens as written, compared byte for byte when the form is case-sensitive.
    public let exactTokens: [[UInt8]]
}

/// A gazetteer form found in a document: tokens `[startToken, endToken)`.
public struct GazetteerHit: Sendable, Hashable {
    public var entry: Int32
    public var form: Int32
    public var startToken: Int32
    public var endToken: Int32
}

/// Names of gazetteer scan layers (`layer:` in a gazetteer file or entry; docs/gazetteers.md "Layers").
public enum GazetteerLayer {
    /// The layer of every file and entry that declares none; writing it undoes a file's `layer:` for one entry.
    public static let shared = "shared"

    /// A lowercase word: a letter, then letters, digits or `_` (`tense`, `dates`, `trade_phrases`).
    public static func isValidName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    static let invalidNameMessage = "'layer' must be a lowercase name such as dates (a letter, then letters, digits or '_'); 'shared' is the layer of files without one"
}
