import Foundation
import GRDB

/// Facts in a SQLite database (docs/sqlite.md has the schema and example queries).
///
/// Re-running on the same database is incremental: a document whose content hash and rule-pack fingerprint
/// are unchanged is skipped; a changed one has its facts replaced. Writes go in transactions of a few
/// documents, each document complete in its transaction, so an interrupted run leaves a consistent database
/// and the next run completes it.
public final class SQLiteStore {
    public static let schemaVersion = 1
    private let queue: DatabaseQueue
    private let packFingerprint: String
    private var known: [String: (contentHash: String, pack: String)] = [:]
    /// `known` is read by the thread that reads documents (`isUpToDate`) and written by the one that writes
    /// results (`flush`): the thread sanitizer found the race.
    private let knownLock = NSLock()
    private var batch: [(ExtractionResult, path: String, contentHash: String)] = []
    public var batchSize = 64

    public init(path: String, packFingerprint: String) throws {
        queue = try DatabaseQueue(path: path)
        self.packFingerprint = packFingerprint
        try queue.write { db in
            try db.execute(sql: """
                PRAGMA foreign_keys = ON;
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS documents (
                    id TEXT PRIMARY KEY,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    language TEXT NOT NULL,
                    reference_date TEXT,
                    pack_fingerprint TEXT NOT NULL,
                    fact_count INTEGER NOT NULL,
                    extracted_at TEXT NOT NULL
                );
                CREATE TABLE IF NOT EXISTS facts (
                    id INTEGER PRIMARY KEY,
                    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    type TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    zone TEXT NOT NULL,
                    fields TEXT NOT NULL
                );
                CREATE TABLE IF NOT EXISTS fact_fields (
                    fact INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    value TEXT,
                    number REAL
                );
                CREATE INDEX IF NOT EXISTS facts_by_doc ON facts(doc);
                CREATE INDEX IF NOT EXISTS facts_by_type ON facts(type, rule);
                CREATE INDEX IF NOT EXISTS fact_fields_by_key_value ON fact_fields(key, value);
                CREATE INDEX IF NOT EXISTS fact_fields_by_fact ON fact_fields(fact);
                """)
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", arguments: [String(SQLiteStore.schemaVersion)])
            for row in try Row.fetchAll(db, sql: "SELECT id, content_hash, pack_fingerprint FROM documents") {
                known[row["id"]] = (row["content_hash"], row["pack_fingerprint"])
            }
        }
    }

    /// A document need not be extracted again when neither it nor the rule pack changed.
    public func isUpToDate(id: String, contentHash: String) -> Bool {
        knownLock.lock()
        defer { knownLock.unlock() }
        guard let entry = known[id] else { return false }
        return entry.contentHash == contentHash && entry.pack == packFingerprint
    }

    public func add(_ result: ExtractionResult, path: String, contentHash: String) throws {
        batch.append((result, path, contentHash))
        if batch.count >= batchSize { try flush() }
    }

    public func flush() throws {
        guard !batch.isEmpty else { return }
        let pending = batch
        batch.removeAll()
        let fingerprint = packFingerprint
        let now = ISO8601DateFormatter().string(from: Date())
        try queue.inTransaction { db in
            let insertFact = try db.cachedStatement(sql: "INSERT INTO facts(doc, type, rule, start, \"end\", text, zone, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            let insertField = try db.cachedStatement(sql: "INSERT INTO fact_fields(fact, key, value, number) VALUES (?, ?, ?, ?)")
            for (result, path, contentHash) in pending {
                try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [result.document])
                try db.execute(sql: """
                    INSERT INTO documents(id, path, content_hash, language, reference_date, pack_fingerprint, fact_count, extracted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [result.document, path, contentHash, result.language.rawValue, result.referenceDate?.iso, fingerprint, result.facts.count, now])
                for fact in result.facts {
                    var json = JSONWriter()
                    json.appendObject(fact.fields)
                    try insertFact.execute(arguments: [fact.document, fact.type, fact.rule, fact.span.start, fact.span.end, fact.text, fact.zone.rawValue,
                                                       String(decoding: json.bytes, as: UTF8.self)])
                    let factID = db.lastInsertedRowID
                    for (key, value) in SQLiteStore.flatten(fact.fields) {
                        try insertField.execute(arguments: [factID, key, value.stringValue, value.doubleValue])
                    }
                }
            }
            return .commit
        }
        knownLock.lock()
        defer { knownLock.unlock() }
        for (result, _, contentHash) in pending { known[result.document] = (contentHash, fingerprint) }
    }

    /// Fields as (key, scalar) rows: a list gives one row per element, an object `amount: {amount, currency}`
    /// gives `amount.amount` and `amount.currency`.
    static func flatten(_ entries: [FieldEntry], prefix: String = "") -> [(String, FieldValue)] {
        var rows: [(String, FieldValue)] = []
        for entry in entries {
            let key = prefix.isEmpty ? entry.key : prefix + "." + entry.key
            switch entry.value {
            case .object(let inner): rows += flatten(inner, prefix: key)
            case .list(let items):
                for item in items {
                    if case .object(let inner) = item { rows += flatten(inner, prefix: key) } else { rows.append((key, item)) }
                }
            case .null: continue
            default: rows.append((key, entry.value))
            }
        }
        return rows
    }

    /// A stable hash of a document's bytes (FNV-1a, 64 bits, with the length): enough to notice a change.
    public static func contentHash(_ bytes: [UInt8]) -> String {
        var hasher = ContentHasher()
        hasher.add(bytes)
        return hasher.value
    }

    /// `contentHash` of bytes given in pieces: the hash of their concatenation, without making it.
    struct ContentHasher {
        private var hash: UInt64 = 14_695_981_039_346_656_037
        private var count = 0

        mutating func add(_ bytes: [UInt8]) {
            var hash = self.hash
            bytes.withUnsafeBufferPointer { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
            }
            self.hash = hash
            count += bytes.count
        }

        mutating func add(byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
            count += 1
        }

        var value: String { String(format: "%016llx-%d", hash, count) }
    }
}

// MARK: Consolidated records (docs/consolidation.md)

extension SQLiteStore {
    /// Every fact in the database with its document's language, in document order.
    public func allFacts() throws -> [SourcedFact] {
        try queue.read { db in
            var facts: [SourcedFact] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT f.doc, f.type, f.rule, f.start, f."end", f.text, f.zone, f.fields, d.language
                FROM facts f JOIN documents d ON d.id = f.doc ORDER BY f.doc, f.start, f."end", f.id
                """)
            while let row = try rows.next() {
                let fields = FactInput.parseFields(row["fields"]) ?? []
                let fact = Fact(document: row["doc"], type: row["type"], rule: row["rule"], span: TextSpan(start: row["start"], end: row["end"]),
                                byteSpan: ByteSpan(start: 0, end: 0), text: row["text"], zone: Zone(rawValue: row["zone"]) ?? .body, fields: fields)
                facts.append(SourcedFact(fact: fact, language: Language(rawValue: row["language"]) ?? .unknown))
            }
            return facts
        }
    }

    /// Replaces the `consolidated` and `consolidated_sources` tables with these records, in one transaction.
    /// A source is linked to its row in `facts` when the fact is in this database.
    public func replaceConsolidated(_ records: [ConsolidatedRecord]) throws {
        try queue.inTransaction { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS consolidated (
                    id TEXT PRIMARY KEY,
                    type TEXT NOT NULL,
                    fields TEXT NOT NULL,
                    conflict INTEGER NOT NULL,
                    conflicts TEXT NOT NULL,
                    languages TEXT NOT NULL,
                    source_count INTEGER NOT NULL
                );
                CREATE TABLE IF NOT EXISTS consolidated_sources (
                    record TEXT NOT NULL REFERENCES consolidated(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    doc TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    language TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    text TEXT NOT NULL,
                    fact INTEGER
                );
                CREATE INDEX IF NOT EXISTS consolidated_by_type ON consolidated(type);
                CREATE INDEX IF NOT EXISTS consolidated_sources_by_record ON consolidated_sources(record);
                CREATE INDEX IF NOT EXISTS consolidated_sources_by_doc ON consolidated_sources(doc);
                DELETE FROM consolidated_sources;
                DELETE FROM consolidated;
                """)
            let hasFacts = try db.tableExists("facts")
            let insertRecord = try db.cachedStatement(sql: "INSERT INTO consolidated(id, type, fields, conflict, conflicts, languages, source_count) VALUES (?, ?, ?, ?, ?, ?, ?)")
            let insertSource = try db.cachedStatement(sql: hasFacts
                ? "INSERT INTO consolidated_sources(record, position, doc, start, \"end\", language, rule, text, fact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM facts WHERE doc = ? AND start = ? AND \"end\" = ? AND rule = ? AND type = ? LIMIT 1))"
                : "INSERT INTO consolidated_sources(record, position, doc, start, \"end\", language, rule, text, fact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")
            for record in records {
                var fields = JSONWriter()
                fields.appendObject(record.fields)
                var conflicts = JSONWriter()
                RecordWriter.appendConflicts(record.conflicts, to: &conflicts)
                var languages = JSONWriter()
                languages.append(.list(record.languages.map { .string($0.rawValue) }))
                try insertRecord.execute(arguments: [record.id, record.type, String(decoding: fields.bytes, as: UTF8.self), record.conflict,
                                                     String(decoding: conflicts.bytes, as: UTF8.self), String(decoding: languages.bytes, as: UTF8.self), record.sources.count])
                for (position, source) in record.sources.enumerated() {
                    let fact = source.fact
                    var arguments: StatementArguments = [record.id, position, fact.document, fact.span.start, fact.span.end, source.language.rawValue, fact.rule, fact.text]
                    if hasFacts { arguments += [fact.document, fact.span.start, fact.span.end, fact.rule, fact.type] }
                    try insertSource.execute(arguments: arguments)
                }
            }
            return .commit
        }
    }
}
