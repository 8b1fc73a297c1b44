import Foundation

/// Counts of a corpus run, for the progress line and the closing summary.
public struct RunStatistics: Sendable {
    public var documents = 0
    public var bytes = 0
    public var unchanged = 0
    public var skipped = 0
    /// Binary files (NUL bytes, undecodable UTF-16) not extracted.
    public var binarySkipped = 0
    public var inputErrors = 0
    /// JSON Lines lines that were not a document (not a JSON object, no "text"); also counted in `inputErrors`.
    public var skippedLines = 0
    /// Optional JSON Lines fields left out because they could not be read (the document was extracted).
    public var ignoredFields = 0
    public var warnings = 0
    public var factsByType: [String: Int] = [:]
    public let started = Date()

    public init() {}

    public var elapsed: TimeInterval { Date().timeIntervalSince(started) }
    public var megabytesPerSecond: Double { elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0 }

    /// `1,204 docs · 38.2 MB · 31.5 MB/s · ETA 0:42` (ETA when the total size is known).
    public func progressLine(totalBytes: Int?) -> String {
        var line = "\(documents) docs · " + String(format: "%.1f MB · %.1f MB/s", Double(bytes) / 1_000_000, megabytesPerSecond)
        if let totalBytes, totalBytes > 0, megabytesPerSecond > 0 {
            let remaining = max(0, Double(totalBytes - bytes) / 1_000_000 / megabytesPerSecond)
            line += String(format: " · %d%% · ETA %d:%02d", min(100, bytes * 100 / totalBytes), Int(remaining) / 60, Int(remaining) % 60)
        }
        return line
    }

    public var summary: String {
        let facts = factsByType.values.reduce(0, +)
        var text = "glean: \(documents) document\(documents == 1 ? "" : "s")"
        text += String(format: " (%.2f MB) in %.2f s, %.1f MB/s; ", Double(bytes) / 1_000_000, elapsed, megabytesPerSecond)
        text += "\(facts) fact\(facts == 1 ? "" : "s")"
        if !factsByType.isEmpty {
            text += " (" + factsByType.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
        }
        text += "; \(warnings) warning\(warnings == 1 ? "" : "s")"
        if unchanged > 0 { text += "; \(unchanged) unchanged document\(unchanged == 1 ? "" : "s") skipped" }
        if skipped > 0 { text += "; \(skipped) document\(skipped == 1 ? "" : "s") skipped as too large" }
        if binarySkipped > 0 { text += "; \(binarySkipped) binary file\(binarySkipped == 1 ? "" : "s") skipped" }
        if skippedLines > 0 { text += "; \(skippedLines) JSON line\(skippedLines == 1 ? "" : "s") skipped" }
        if ignoredFields > 0 { text += "; \(ignoredFields) unreadable optional field\(ignoredFields == 1 ? "" : "s") ignored" }
        let unreadable = inputErrors - skippedLines
        if unreadable > 0 { text += "; \(unreadable) input\(unreadable == 1 ? "" : "s") unreadable" }
        return text
    }
}
