import Foundation

/// Extracts documents on several threads and hands the results back **in input order**, so the output of
/// `--jobs 1` and `--jobs 8` is byte-identical. Memory stays bounded: at most `window` documents are read
/// ahead of the one being written, whatever the size of the corpus.
public final class ParallelRunner: @unchecked Sendable {
    public enum Item: Sendable {
        /// `contentHash` is computed (on the worker) when `hashesContent` is set.
        case result(ExtractionResult, bytes: Int, contentHash: String?)
        case problem(Diagnostic)
    }

    public let pack: RulePack
    public let jobs: Int
    public let window: Int
    /// Compute each document's content hash (for incremental databases).
    public var hashesContent = false
    /// Also return the annotations of `mark` rules as facts (`glean stats` counts every rule).
    public var includesMarks = false
    /// PCRE2's backtracking budget per match attempt of a regex rule (docs/limits.md).
    public var regexMatchLimit: UInt32 = 1_000_000
    /// Matching steps a token-pattern rule may take on one document (docs/limits.md).
    public var stepBudgetPerRule = 2_000_000
    /// Extra matching steps per token of the document (`Extractor.stepBudgetPerToken`).
    public var stepBudgetPerToken = 100
    private let lock = NSLock()
    private var idleExtractors: [Extractor] = []
    private var pending: [Int: Item] = [:]
    private var nextToEmit = 0

    public init(pack: RulePack, jobs: Int, window: Int? = nil) {
        self.pack = pack
        self.jobs = max(1, jobs)
        self.window = window ?? max(4, self.jobs * 4)
    }

    /// - Parameters:
    ///   - produce: calls its argument with each input in order (a document or a problem reading one).
    ///   - emit: receives each outcome in input order; called on one thread at a time.
    public func run(produce: ((Result<Document, Diagnostic>) -> Void) -> Void, emit emitItem: @escaping (Item) -> Void) {
        // `emit` only ever runs under `lock`, one call at a time: that is what makes sharing it safe.
        let emit = UncheckedSendable(emitItem).value
        let running = DispatchSemaphore(value: jobs)
        let ahead = DispatchSemaphore(value: window)
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "glean.extract", attributes: .concurrent)
        var sequence = 0
        produce { input in
            ahead.wait()
            let number = sequence
            sequence += 1
            switch input {
            case .failure(let diagnostic):
                finish(number, .problem(diagnostic), emit: emit, ahead: ahead)
            case .success(let document):
                if jobs == 1 {
                    // No thread hop: the simplest and fastest path for one job.
                    let extractor = takeExtractor()
                    let result = extractor.extract(document, includeMarks: includesMarks)
                    giveBack(extractor)
                    finish(number, .result(result, bytes: document.bytes.count, contentHash: hashesContent ? SQLiteStore.contentHash(document.bytes) : nil), emit: emit, ahead: ahead)
                    return
                }
                running.wait()
                group.enter()
                let sendableEmit = UncheckedSendable(emit)
                queue.async {
                    let emit = sendableEmit.value
                    let extractor = self.takeExtractor()
                    let result = extractor.extract(document, includeMarks: self.includesMarks)
                    self.giveBack(extractor)
                    running.signal()
                    self.finish(number, .result(result, bytes: document.bytes.count, contentHash: self.hashesContent ? SQLiteStore.contentHash(document.bytes) : nil), emit: emit, ahead: ahead)
                    group.leave()
                }
            }
        }
        group.wait()
    }

    private func takeExtractor() -> Extractor {
        lock.lock()
        defer { lock.unlock() }
        if let idle = idleExtractors.popLast() { return idle }
        let extractor = Extractor(pack: pack, matchLimit: regexMatchLimit)
        extractor.stepBudgetPerRule = stepBudgetPerRule
        extractor.stepBudgetPerToken = stepBudgetPerToken
        return extractor
    }

    private func giveBack(_ extractor: Extractor) {
        lock.lock()
        idleExtractors.append(extractor)
        lock.unlock()
    }

    /// Stores an outcome and emits every outcome that is now next in order. Emitting happens under the lock,
    /// so `emit` is never called concurrently and the order is the input order.
    private func finish(_ number: Int, _ item: Item, emit: (Item) -> Void, ahead: DispatchSemaphore) {
        lock.lock()
        defer { lock.unlock() }
        pending[number] = item
        while let ready = pending.removeValue(forKey: nextToEmit) {
            emit(ready)
            nextToEmit += 1
            ahead.signal()
        }
    }
}

/// Carries a value into a `@Sendable` closure when the code guarantees by other means (a lock) that it is
/// not used concurrently.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
