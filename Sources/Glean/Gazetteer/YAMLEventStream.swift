import CYaml
import Yams

/// libyaml's event stream over one UTF-8 buffer (libyaml is what Yams parses with; Yams ships it as the `CYaml`
/// module). Reading events, instead of composing a `Yams.Node` tree, saves a class instance, a tag and a hashed
/// duplicate-key check per node, which was most of the time spent loading gazetteers.
///
/// It serves readers that handle only plain YAML: any syntax error, anchor, alias or explicit tag throws
/// `YAMLEventStream.Unsupported`, and the reader hands the file to the node-tree path, which reports it.
final class YAMLEventStream {
    struct Unsupported: Error {}

    /// Nesting deeper than this is left to the node-tree path (it keeps the recursive readers off deep stacks).
    static let maximumDepth = 64

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// One constructor for every node, as Yams' parser does (`Constructor.default` builds its tables anew each call).
    private let constructor = Constructor.default
    private var event = yaml_event_t()
    private var holdsEvent = false

    /// `bytes` must stay valid while the stream is read.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        if holdsEvent { yaml_event_delete(&event) }
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Moves to the next event.
    func advance() throws(Unsupported) {
        if holdsEvent {
            yaml_event_delete(&event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, &event) == 1 else { throw Unsupported() }
        holdsEvent = true
        switch event.type {
        case YAML_ALIAS_EVENT: throw Unsupported()
        case YAML_SCALAR_EVENT:
            if event.data.scalar.anchor != nil || event.data.scalar.tag != nil { throw Unsupported() }
        case YAML_SEQUENCE_START_EVENT:
            if event.data.sequence_start.anchor != nil || event.data.sequence_start.tag != nil { throw Unsupported() }
        case YAML_MAPPING_START_EVENT:
            if event.data.mapping_start.anchor != nil || event.data.mapping_start.tag != nil { throw Unsupported() }
        default: break
        }
    }

    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd, other
    }

    /// The current event's kind (libyaml's type, without its C names outside this file).
    var kind: Kind {
        switch event.type {
        case YAML_STREAM_START_EVENT: .streamStart
        case YAML_STREAM_END_EVENT: .streamEnd
        case YAML_DOCUMENT_START_EVENT: .documentStart
        case YAML_DOCUMENT_END_EVENT: .documentEnd
        case YAML_SCALAR_EVENT: .scalar
        case YAML_SEQUENCE_START_EVENT: .sequenceStart
        case YAML_SEQUENCE_END_EVENT: .sequenceEnd
        case YAML_MAPPING_START_EVENT: .mappingStart
        case YAML_MAPPING_END_EVENT: .mappingEnd
        default: .other
        }
    }

    /// Where the current event starts, 1-based, as Yams' `Node.mark` reports it (columns count Unicode scalars).
    var line: Int { event.start_mark.line + 1 }
    var column: Int { event.start_mark.column + 1 }

    /// Moves on and requires the event that comes next to be `type`.
    func expect(_ kind: Kind) throws(Unsupported) {
        try advance()
        guard self.kind == kind else { throw Unsupported() }
    }

    /// The current event's text; it must be a scalar.
    func scalarText() throws(Unsupported) -> String {
        guard event.type == YAML_SCALAR_EVENT else { throw Unsupported() }
        return String(decoding: UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length), as: UTF8.self)
    }

    /// Whether the current scalar is written plain (not quoted, not a block scalar).
    var isPlainScalar: Bool { event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE }

    /// Reads the next event, a scalar, and returns its text.
    func nextScalarText() throws(Unsupported) -> String {
        try advance()
        return try scalarText()
    }

    /// Reads the entries of the mapping whose start is the current event: `value` is called once per key, with
    /// the stream on the key, and must consume the value. Keys are scalars, each at most once (Yams rejects
    /// repeated keys; such a file goes to the node-tree path to be reported).
    func readMapping(depth: Int, _ value: (String) throws(Unsupported) -> Void) throws(Unsupported) {
        guard event.type == YAML_MAPPING_START_EVENT, depth <= YAMLEventStream.maximumDepth else { throw Unsupported() }
        var keys: [String] = []
        while true {
            try advance()
            if event.type == YAML_MAPPING_END_EVENT { return }
            let key = try scalarText()
            // Mappings in gazetteers are small; a long one is left to Yams rather than searched quadratically.
            guard keys.count < 64, !keys.contains(key) else { throw Unsupported() }
            keys.append(key)
            try value(key)
        }
    }

    /// Reads the items of the sequence whose start is the current event: `item` is called with the stream on
    /// each item's first event and must consume the item.
    func readSequence(depth: Int, _ item: () throws(Unsupported) -> Void) throws(Unsupported) {
        guard event.type == YAML_SEQUENCE_START_EVENT, depth <= YAMLEventStream.maximumDepth else { throw Unsupported() }
        while true {
            try advance()
            if event.type == YAML_SEQUENCE_END_EVENT { return }
            try item()
        }
    }

    /// Consumes the node starting at the current event, checking it the way Yams would (keys once each).
    func skipNode(depth: Int) throws(Unsupported) {
        switch event.type {
        case YAML_SCALAR_EVENT: return
        case YAML_SEQUENCE_START_EVENT: try readSequence(depth: depth) { () throws(Unsupported) in try skipNode(depth: depth + 1) }
        case YAML_MAPPING_START_EVENT: try readMapping(depth: depth) { (_) throws(Unsupported) in try advance(); try skipNode(depth: depth + 1) }
        default: throw Unsupported()
        }
    }

    /// The node starting at the current event as the `FieldValue` that `GazetteerLoader.fieldValue(of:aliases:)`
    /// gives for the node `composeNode(depth:)` composes, without composing it: a sequence or a mapping becomes a
    /// list or an object directly (its keys are scalars, so none is dropped), and a scalar is composed and handed
    /// to Yams' constructors only when it can be read as something other than its text (a quoted or block scalar
    /// is its text; a plain one is too unless it may be a number, a boolean or a null). Gazetteer attributes are
    /// mostly plain words, so most values never build a `Node`.
    func fieldValue(depth: Int) throws(Unsupported) -> FieldValue {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let text = try scalarText()
            guard let style = Node.Scalar.Style(rawValue: UInt32(event.data.scalar.style.rawValue)) else { throw Unsupported() }
            guard style == .plain else { return .string(text) }
            if let number = YAMLEventStream.plainDecimal(text) { return .int(number) }
            guard YAMLEventStream.mayBeNumber(text) || GazetteerLoader.mayBeBool(text) || text.isEmpty || text == "~" else {
                return .string(text)
            }
            let node = Node.scalar(.init(text, Tag(event.data.scalar.quoted_implicit == 1 ? .str : .implicit, .basic, constructor), style))
            var aliases: [Node] = []
            guard let value = GazetteerLoader.fieldValue(of: node, aliases: &aliases) else { throw Unsupported() }
            return value
        case YAML_SEQUENCE_START_EVENT:
            var items: [FieldValue] = []
            try readSequence(depth: depth) { () throws(Unsupported) in items.append(try fieldValue(depth: depth + 1)) }
            return .list(items)
        case YAML_MAPPING_START_EVENT:
            var entries: [FieldEntry] = []
            try readMapping(depth: depth) { (key) throws(Unsupported) in
                guard Node.Scalar.Style(rawValue: UInt32(event.data.scalar.style.rawValue)) != nil else { throw Unsupported() }
                try advance()
                entries.append(FieldEntry(key, try fieldValue(depth: depth + 1)))
            }
            return .object(entries)
        default:
            throw Unsupported()
        }
    }

    /// The value of a plain scalar of 1 to 18 ASCII digits that does not start with `0` (or is `0`): what Yams'
    /// `Int` constructor gives for it (no sign, no radix prefix, no `_`, no `:`, no overflow), read without it.
    static func plainDecimal(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard (1...18).contains(utf8.count), let first = utf8.first, first != 0x30 || utf8.count == 1 else { return nil }
        var value = 0
        for byte in utf8 {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `GazetteerLoader.mayBeNumber`, narrowed for a scalar whose first character other than `_` is a letter:
    /// Yams' `Int` constructor reads no such text, and its `Double` constructor (Swift's `Double(_:)` on the text
    /// without `_`, or a sexagesimal with `:`) reads only infinity and NaN spelled `inf`, `infinity`, `nan`, `snan`
    /// in any case, or `nan(…)`. Anything else starting with `i`, `n` or `s` (`ID`, `NGA`, `SEN`) is not a number.
    static func mayBeNumber(_ text: String) -> Bool {
        guard GazetteerLoader.mayBeNumber(text) else { return false }
        var letters: [UInt8] = []
        for byte in text.utf8 where byte != 0x5F {
            switch byte {
            case 0x30...0x39, 0x2B, 0x2D, 0x2E:
                if letters.isEmpty { return true } // starts with a digit, a sign or a dot
                letters.append(byte)
            case 0x41...0x5A: letters.append(byte | 0x20)
            case 0x61...0x7A: letters.append(byte)
            default: return true // `:`, `(`, a space, anything not ASCII: left to Yams
            }
        }
        guard letters.count <= 8 else { return false } // longer than "infinity"
        switch String(decoding: letters, as: UTF8.self) {
        case "inf", "infinity", "nan", "snan": return true
        default: return false
        }
    }

    /// The node starting at the current event as the `Yams.Node` that `Yams.compose(yaml:_:)` with the basic
    /// resolver builds (same tags and styles; no marks), for the few values read through Yams' constructors.
    func composeNode(depth: Int) throws(Unsupported) -> Node {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let text = try scalarText()
            guard let style = Node.Scalar.Style(rawValue: UInt32(event.data.scalar.style.rawValue)) else { throw Unsupported() }
            // Yams tags an untagged quoted or block scalar `str` and leaves a plain one to the resolver.
            let tag = Tag(event.data.scalar.quoted_implicit == 1 ? .str : .implicit, .basic, constructor)
            return .scalar(.init(text, tag, style))
        case YAML_SEQUENCE_START_EVENT:
            var items: [Node] = []
            try readSequence(depth: depth) { () throws(Unsupported) in items.append(try composeNode(depth: depth + 1)) }
            return .sequence(.init(items, Tag(.implicit, .basic, constructor)))
        case YAML_MAPPING_START_EVENT:
            var pairs: [(Node, Node)] = []
            try readMapping(depth: depth) { (key) throws(Unsupported) in
                guard let style = Node.Scalar.Style(rawValue: UInt32(event.data.scalar.style.rawValue)) else { throw Unsupported() }
                let keyNode = Node.scalar(.init(key, Tag(event.data.scalar.quoted_implicit == 1 ? .str : .implicit, .basic, constructor), style))
                try advance()
                pairs.append((keyNode, try composeNode(depth: depth + 1)))
            }
            return .mapping(.init(pairs, Tag(.implicit, .basic, constructor)))
        default:
            throw Unsupported()
        }
    }
}
