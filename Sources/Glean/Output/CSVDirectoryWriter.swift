import Foundation

/// Writes one CSV file per fact type into a directory (`Country.csv`, `Money.csv`, …) with the fields
/// flattened into columns: `amount.amount`, `amount.currency`; lists joined with `|`.
///
/// The columns of a type are only known once all its facts are seen, so rows go to a temporary file per type
/// first (memory stays flat) and each CSV is written and renamed into place at the end: an interrupted run
/// leaves no half-written CSV.
public final class CSVDirectoryWriter {
    private let directory: URL
    private var spools: [String: (handle: FileHandle, url: URL, keys: [String])] = [:]

    public init(directory: String) throws {
        self.directory = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
    }

    public func write(_ facts: [Fact]) throws {
        for fact in facts {
            var row: [String: String] = [:]
            for (key, value) in SQLiteStore.flatten(fact.fields) {
                let text = value.stringValue ?? "\(value)"
                row[key] = row[key].map { $0 + "|" + text } ?? text
            }
            if spools[fact.type] == nil {
                let url = directory.appendingPathComponent(".\(fact.type).spool-\(ProcessInfo.processInfo.processIdentifier)")
                FileManager.default.createFile(atPath: url.path, contents: nil)
                TemporaryFiles.register(url.path)
                spools[fact.type] = (try FileHandle(forWritingTo: url), url, [])
            }
            for key in row.keys.sorted() where !spools[fact.type]!.keys.contains(key) { spools[fact.type]!.keys.append(key) }
            let record: [String: Any] = ["doc": fact.document, "rule": fact.rule, "start": fact.span.start, "end": fact.span.end,
                                         "zone": fact.zone.rawValue, "text": fact.text, "fields": row]
            var line = try JSONSerialization.data(withJSONObject: record)
            line.append(UInt8(ascii: "\n"))
            spools[fact.type]!.handle.write(line)
        }
    }

    /// Writes the CSV files and removes the spools. Returns the files written.
    @discardableResult
    public func finish() throws -> [String] {
        var written: [String] = []
        for (type, spool) in spools.sorted(by: { $0.key < $1.key }) {
            try spool.handle.close()
            let final = directory.appendingPathComponent("\(type).csv")
            let temporary = directory.appendingPathComponent(".\(type).csv.tmp")
            var output = (["doc", "rule", "start", "end", "zone", "text"] + spool.keys).map(FactWriter.csvCell).joined(separator: ",") + "\n"
            let data = try Data(contentsOf: spool.url)
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let record = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
                let fields = record["fields"] as? [String: String] ?? [:]
                var cells = ["doc", "rule", "start", "end", "zone", "text"].map { "\(record[$0] ?? "")" }
                cells += spool.keys.map { fields[$0] ?? "" }
                output += cells.map(FactWriter.csvCell).joined(separator: ",") + "\n"
            }
            TemporaryFiles.register(temporary.path)
            try Data(output.utf8).write(to: temporary)
            // rename(2) replaces the old file atomically: readers see the old CSV or the new one, never a mix.
            guard rename(temporary.path, final.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
            }
            TemporaryFiles.forget(temporary.path)
            try? FileManager.default.removeItem(at: spool.url)
            TemporaryFiles.forget(spool.url.path)
            written.append(final.path)
        }
        return written
    }
}
