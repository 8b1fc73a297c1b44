import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a rule pack may hold and where its files may come from. A pack can come from someone else (a shared
/// folder, rule text sent to `glean serve`), so loading it must not read files outside it nor take unbounded
/// memory. Every limit has a default that the shipped pack stays far below (docs/limits.md lists them).
public struct PackLimits: Sendable, Hashable {
    /// Rule files and gazetteer files together.
    public var maximumFiles = 1_000
    /// Bytes of all rule files and gazetteer files together.
    public var maximumBytes = 64 << 20
    /// `rule` declarations in all rule files.
    public var maximumRules = 10_000
    /// Bytes in the source of one regex (a `regex:` body or a `/…/` token test), before flags.
    public var maximumRegexLength = 4_096
    /// Gazetteer entries in all gazetteer files.
    public var maximumGazetteerEntries = 1_000_000
    /// `include` targets and gazetteer files may resolve outside the pack's folders (absolute paths, `..`,
    /// symbolic links out). Off by default: only a pack one trusts should be loaded with it.
    public var allowsOutsideIncludes = false

    public init() {}

    public static let standard = PackLimits()

    /// Errors for rules and regexes over the limits, each at the rule or regex that goes over.
    func check(_ files: [RuleFileSyntax]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var ruleCount = 0
        for file in files {
            for rule in file.rules {
                ruleCount += 1
                if ruleCount == maximumRules + 1 {
                    problems.append(.error("more than \(maximumRules) rules in the pack (the limit; raise it with --max-rules)", code: "pack-limit", at: rule.offset, in: file.file))
                }
                if case .regex(let source, _, let sourceOffset, _) = rule.body { checkRegex(source, at: sourceOffset, in: file.file, &problems) }
                if case .tokens(let pattern, _) = rule.body { checkRegexes(in: pattern, file: file.file, &problems) }
            }
            for macro in file.macros { checkRegexes(in: macro.body, file: file.file, &problems) }
        }
        return problems
    }

    private func checkRegexes(in pattern: PatternSyntax, file: SourceFile, _ problems: inout [Diagnostic]) {
        switch pattern {
        case .tokenRegex(let source, _, let sourceOffset, _): checkRegex(source, at: sourceOffset, in: file, &problems)
        case .sequence(let items), .alternation(let items): for item in items { checkRegexes(in: item, file: file, &problems) }
        case .repetition(let inner, _, _, _), .capture(_, let inner, _), .negation(let inner, _): checkRegexes(in: inner, file: file, &problems)
        case .literal, .gazetteer, .annotation, .tokenClass, .anyToken, .macroReference, .sentenceStart: break
        }
    }

    private func checkRegex(_ source: String, at offset: Int, in file: SourceFile, _ problems: inout [Diagnostic]) {
        let length = source.utf8.count
        guard length > maximumRegexLength else { return }
        problems.append(.error("the regex is \(length) bytes long, more than the limit of \(maximumRegexLength) (raise it with --max-regex-length)", code: "pack-limit", at: offset, in: file))
    }

    /// An error when the gazetteers hold too many entries, at the first entry over the limit.
    func check(gazetteerEntries entries: [GazetteerEntry]) -> Diagnostic? {
        guard entries.count > maximumGazetteerEntries else { return nil }
        return Diagnostic(.error, "more than \(maximumGazetteerEntries) gazetteer entries (the limit; raise it with --max-gazetteer-entries)",
                          code: "pack-limit", at: entries[maximumGazetteerEntries].location)
    }
}

/// Counts the files and bytes of a pack as they are found, against `PackLimits`.
struct PackBudget {
    let limits: PackLimits
    private(set) var files = 0
    private(set) var bytes = 0

    init(limits: PackLimits) { self.limits = limits }

    /// Takes one more file of `size` bytes; the reason it does not fit otherwise (and takes nothing).
    mutating func take(size: Int) -> String? {
        if files + 1 > limits.maximumFiles {
            return "the pack has more than \(limits.maximumFiles) files (rule and gazetteer files; the limit, raise it with --max-pack-files)"
        }
        if bytes + size > limits.maximumBytes {
            return "the pack is more than \(limits.maximumBytes) bytes (rule and gazetteer files; the limit, raise it with --max-pack-bytes)"
        }
        files += 1
        bytes += size
        return nil
    }

    /// True for an existing path that is not a regular file (a FIFO would block the load, a device never end).
    static func isSpecial(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    /// The size of a file without reading it (0 when it cannot be read: reading it reports that).
    static func size(of path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return Int(status.st_size)
    }
}

/// A folder whose files a pack may read: paths are checked after resolving symbolic links and `..`.
struct PackRoot {
    /// The folder's real path, ending in `/`.
    let realPrefix: String
    let display: String

    init(directory: String) {
        display = directory
        let real = PackRoot.realPath(directory) ?? URL(fileURLWithPath: directory).standardizedFileURL.path
        realPrefix = real.hasSuffix("/") ? real : real + "/"
    }

    /// The real path of an existing file (symbolic links and `..` resolved), or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why `path` is outside the folder, or nil when it is inside. A file that does not exist is judged by its
    /// path with `..` removed, so `../x` is refused whether or not `x` exists.
    func escape(of path: String) -> String? {
        if let real = PackRoot.realPath(path) {
            if real.hasPrefix(realPrefix) { return nil }
            let lexical = URL(fileURLWithPath: path).standardizedFileURL.path
            return real == lexical ? "it is \(real), outside \(display)" : "it resolves to \(real) (through a symbolic link or '..'), outside \(display)"
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let resolvedParent = PackRoot.realPath(parent) ?? URL(fileURLWithPath: parent).standardizedFileURL.path
        let candidate = resolvedParent + "/" + URL(fileURLWithPath: path).lastPathComponent
        return candidate.hasPrefix(realPrefix) ? nil : "it would be \(candidate), outside \(display)"
    }
}
