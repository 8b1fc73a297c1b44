import CPCRE2

/// Why a pattern could not be compiled: PCRE2's message and the byte offset inside the pattern.
public struct RegexCompileError: Error, Sendable, Equatable {
    public var message: String
    /// Byte offset into the pattern where PCRE2 stopped.
    public var patternOffset: Int
}

/// Why one match attempt failed at run time (a runaway pattern, the JIT stack, …).
public struct RegexMatchError: Error, Sendable, Equatable {
    public var code: Int32
    public var message: String
    public var isMatchLimit: Bool { code == PCRE2_ERROR_MATCHLIMIT || code == PCRE2_ERROR_DEPTHLIMIT || code == PCRE2_ERROR_HEAPLIMIT }
    /// The JIT-compiled pattern needed more stack than `RegexMatchScratch`'s JIT stack (deeply nested groups
    /// repeated over a long stretch of text).
    public var isJITStackLimit: Bool { code == PCRE2_ERROR_JIT_STACKLIMIT }
    /// What a rule author can do about it.
    public var advice: String {
        if isMatchLimit { return "the regex backtracks too much: make it more specific, with fewer nested or adjacent repeats" }
        if isJITStackLimit { return "the regex repeats a group over too long a stretch of text: bound the repeat or match less at once" }
        return "check the regex"
    }
}

/// Options a rule author can set on a regex (`/…/imsx`).
public struct RegexOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let caseless = RegexOptions(rawValue: 1 << 0)
    public static let multiline = RegexOptions(rawValue: 1 << 1)
    public static let dotAll = RegexOptions(rawValue: 1 << 2)
    public static let extended = RegexOptions(rawValue: 1 << 3)
    /// Unicode-aware `\d`, `\w`, `\b` (PCRE2_UCP). About ten times slower; off unless asked for with `u`.
    public static let unicodeClasses = RegexOptions(rawValue: 1 << 4)
    /// The whole subject must match (used for regexes on one token).
    public static let anchoredFull = RegexOptions(rawValue: 1 << 5)
    /// Compiled with PCRE2_USE_OFFSET_LIMIT, so a search can be told where matches may start at the latest
    /// (`firstMatch(of:in:from:startingBy:)`); set by the pack on gated regex rules, never by authors.
    static let offsetLimit = RegexOptions(rawValue: 1 << 6)
}

/// A PCRE2 pattern compiled once (UTF mode, JIT when available). Read-only after creation, so one
/// instance is shared by every worker; per-thread state lives in `RegexMatchScratch`.
public final class CompiledRegex: @unchecked Sendable {
    let code: OpaquePointer
    public let pattern: String
    public let options: RegexOptions
    /// Names of the named groups, indexed by group number (nil for unnamed groups); index 0 is the whole match.
    public let groupNames: [String?]
    public let captureCount: Int
    public let isJITCompiled: Bool
    /// Lower bound on the length of a match, in bytes (PCRE2_INFO_MINLENGTH).
    let minimumLength: Int
    /// For a whole-subject regex: a bit per ASCII byte that can begin a match (bytes >= 0x80 always may).
    /// Lets a token test reject most tokens without calling PCRE2 (a year regex on a word).
    private let possibleFirstASCII: (UInt64, UInt64)
    /// The regex's number among its pack's token regexes (regexes with the same source share one), so the
    /// results on a document's tokens can be kept in a flat array (`TokenRegexMemo`); -1 when it is none.
    /// Set once, by the pack, before the pack is shared.
    var tokenSlot = -1

    public init(_ pattern: String, options: RegexOptions = []) throws(RegexCompileError) {
        var flags = UInt32(PCRE2_UTF)
        if options.contains(.caseless) { flags |= UInt32(PCRE2_CASELESS) }
        if options.contains(.multiline) { flags |= UInt32(PCRE2_MULTILINE) }
        if options.contains(.dotAll) { flags |= UInt32(PCRE2_DOTALL) }
        if options.contains(.extended) { flags |= UInt32(PCRE2_EXTENDED) }
        if options.contains(.unicodeClasses) { flags |= UInt32(PCRE2_UCP) }
        if options.contains(.anchoredFull) { flags |= UInt32(PCRE2_ANCHORED) | UInt32(PCRE2_ENDANCHORED) }
        if options.contains(.offsetLimit) { flags |= UInt32(PCRE2_USE_OFFSET_LIMIT) }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled: OpaquePointer? = pattern.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { bytes in
                pcre2_compile_8(bytes.baseAddress, buffer.count - 1, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw RegexCompileError(message: CompiledRegex.message(for: errorCode), patternOffset: errorOffset)
        }
        self.code = compiled
        self.pattern = pattern
        self.options = options
        self.isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0

        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
        var names = [String?](repeating: nil, count: Int(count) + 1)
        var nameCount: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>? = nil
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_NAMECOUNT), &nameCount)
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_NAMETABLE), &table)
        if let table, nameCount > 0 {
            // Each entry: 2-byte big-endian group number, then the zero-terminated name.
            for index in 0..<Int(nameCount) {
                let entry = table + index * Int(entrySize)
                let group = Int(entry[0]) << 8 | Int(entry[1])
                names[group] = String(cString: entry + 2)
            }
        }
        groupNames = names

        var minimum: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_MINLENGTH), &minimum)
        minimumLength = Int(minimum)
        possibleFirstASCII = options.contains(.anchoredFull) ? CompiledRegex.firstByteSet(pattern, flags: flags & ~UInt32(PCRE2_ENDANCHORED)) : (~0, ~0)
    }

    /// Which ASCII bytes can start a match of an anchored pattern: a partial match (PCRE2_PARTIAL_HARD) of the
    /// one-byte subject fails only when no subject starting with that byte can match. PCRE2 refuses partial
    /// matching with PCRE2_ENDANCHORED, so the probe is a copy compiled without it (it matches a superset).
    private static func firstByteSet(_ pattern: String, flags: UInt32) -> (UInt64, UInt64) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let probe: OpaquePointer? = pattern.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { pcre2_compile_8($0.baseAddress, buffer.count - 1, flags, &errorCode, &errorOffset, nil) }
        }
        guard let code = probe else { return (~0, ~0) }
        defer { pcre2_code_free_8(code) }
        guard let data = pcre2_match_data_create_8(1, nil) else { return (~0, ~0) }
        defer { pcre2_match_data_free_8(data) }
        var low: UInt64 = 0, high: UInt64 = 0
        var subject: UInt8 = 0
        for byte in 0..<128 {
            subject = UInt8(byte)
            let result = pcre2_match_8(code, &subject, 1, 0, UInt32(PCRE2_PARTIAL_HARD), data, nil)
            if result != PCRE2_ERROR_NOMATCH {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }
        return (low, high)
    }

    /// False when `subject` certainly cannot match (too short, or a first byte no match begins with).
    @inline(__always)
    func mayMatch(_ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        if subject.count < minimumLength { return false }
        guard let first = subject.first, first < 0x80 else { return true }
        return first < 64 ? possibleFirstASCII.0 & (1 << UInt64(first)) != 0 : possibleFirstASCII.1 & (1 << UInt64(first - 64)) != 0
    }

    deinit { pcre2_code_free_8(code) }

    /// The group number of a named group.
    public func groupNumber(named name: String) -> Int? { groupNames.firstIndex(of: name) }

    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}

/// One match: the byte ranges of the whole match (group 0) and of each group (nil when unset).
public struct RegexMatch: Sendable {
    public var groups: [ByteSpan?]
    public var range: ByteSpan { groups[0]! }
}

/// Per-worker PCRE2 state: match data, a match context with limits, and a JIT stack. Not thread-safe;
/// create one per thread and reuse it for every pattern and document.
public final class RegexMatchScratch {
    private let context: OpaquePointer
    private let jitStack: OpaquePointer?
    private var matchData: OpaquePointer
    private var ovectorPairs: Int

    /// - Parameters:
    ///   - matchLimit: PCRE2's backtracking budget per match attempt; a runaway pattern fails fast instead of hanging.
    ///   - jitStackBytes: the JIT stack for deep patterns (PCRE2's default of 32 KiB is easily exhausted).
    public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 100_000, jitStackBytes: Int = 1 << 20) {
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, depthLimit)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, jitStackBytes, nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
        ovectorPairs = 16
        matchData = pcre2_match_data_create_8(UInt32(ovectorPairs), nil)
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
    }

    private func ensureCapacity(_ regex: CompiledRegex) {
        if regex.captureCount + 1 > ovectorPairs {
            pcre2_match_data_free_8(matchData)
            ovectorPairs = regex.captureCount + 1
            matchData = pcre2_match_data_create_8(UInt32(ovectorPairs), nil)
        }
    }

    /// Finds the first match at or after `start`. The subject must be valid UTF-8 (no check is made).
    /// - Parameter latestStart: with a regex compiled with `.offsetLimit`, only matches starting at or before this
    ///   byte offset are found (lookarounds still see the whole subject).
    public func firstMatch(of regex: CompiledRegex, in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0, startingBy latestStart: Int? = nil) throws(RegexMatchError) -> RegexMatch? {
        ensureCapacity(regex)
        if let latestStart { pcre2_set_offset_limit_8(context, latestStart) }
        let result = withExtendedLifetime(regex) {
            pcre2_match_8(regex.code, subject.baseAddress ?? emptySubject, subject.count, start, UInt32(PCRE2_NO_UTF_CHECK), matchData, context)
        }
        // PCRE2_UNSET (all bits set): no limit for the next search.
        if latestStart != nil { pcre2_set_offset_limit_8(context, Int(bitPattern: UInt.max)) }
        if result == PCRE2_ERROR_NOMATCH { return nil }
        if result < 0 { throw RegexMatchError(code: result, message: CompiledRegex.message(for: result)) }
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        var groups = [ByteSpan?](repeating: nil, count: regex.captureCount + 1)
        for group in 0...regex.captureCount {
            let from = ovector[2 * group], to = ovector[2 * group + 1]
            if from != Int.max && from != -1 && from <= to { groups[group] = ByteSpan(start: from, end: to) }
        }
        return RegexMatch(groups: groups)
    }

    /// True when the regex matches somewhere in `subject` (no capture extraction).
    public func matches(_ regex: CompiledRegex, in subject: UnsafeBufferPointer<UInt8>) throws(RegexMatchError) -> Bool {
        guard regex.mayMatch(subject) else { return false }
        ensureCapacity(regex)
        let result = withExtendedLifetime(regex) {
            pcre2_match_8(regex.code, subject.baseAddress ?? emptySubject, subject.count, 0, UInt32(PCRE2_NO_UTF_CHECK), matchData, context)
        }
        if result == PCRE2_ERROR_NOMATCH { return false }
        if result < 0 { throw RegexMatchError(code: result, message: CompiledRegex.message(for: result)) }
        return true
    }

    /// Every non-overlapping match, left to right. After an empty match the scan advances one whole
    /// UTF-8 character, so it always terminates.
    public func allMatches(of regex: CompiledRegex, in subject: UnsafeBufferPointer<UInt8>) throws(RegexMatchError) -> [RegexMatch] {
        var matches: [RegexMatch] = []
        var position = 0
        while position <= subject.count {
            guard let match = try firstMatch(of: regex, in: subject, from: position) else { break }
            matches.append(match)
            let range = match.range
            if range.end > range.start {
                position = range.end
            } else {
                position = range.end + 1
                while position < subject.count && subject[position] & 0xC0 == 0x80 { position += 1 }
            }
        }
        return matches
    }
}

nonisolated(unsafe) private let emptySubjectStorage: UnsafeMutablePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return pointer
}()
private var emptySubject: UnsafePointer<UInt8> { UnsafePointer(emptySubjectStorage) }

/// Two regexes are equal when they were compiled from the same pattern with the same options (they match alike):
/// what makes equal patterns of token rules equal (`PatternNode`).
extension CompiledRegex: Hashable {
    public static func == (lhs: CompiledRegex, rhs: CompiledRegex) -> Bool {
        lhs === rhs || (lhs.options == rhs.options && lhs.pattern == rhs.pattern)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(options)
        hasher.combine(pattern)
    }
}
