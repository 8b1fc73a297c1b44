import Foundation
import Glean
import NIOConcurrencyHelpers

/// A compiled pack and the extractors that run it. Requests take the current one when they start and keep it
/// until they finish, so a reload never changes the pack under a request.
public final class ServedPack: @unchecked Sendable {
    public let pack: RulePack
    /// The fingerprint of the pack's files: the same files give the same version.
    public let version: String
    public let loadedAt: Date
    /// Rule files overridden in memory (the workbench), by path relative to the rules directory.
    public let overrides: [String: String]
    private let lock = NIOLock()
    private var idle: [Extractor] = []

    init(pack: RulePack, overrides: [String: String] = [:]) {
        self.pack = pack
        version = pack.fingerprint
        loadedAt = Date()
        self.overrides = overrides
    }

    /// Runs `body` with an extractor of this pack that no other thread uses meanwhile.
    func withExtractor<T>(_ body: (Extractor) -> T) -> T {
        let extractor = lock.withLock { idle.popLast() } ?? Extractor(pack: pack)
        defer { lock.withLock { idle.append(extractor) } }
        return body(extractor)
    }
}

/// What a reload did.
public enum ReloadOutcome: Sendable {
    case reloaded(previous: String, current: ServedPack)
    case unchanged(ServedPack)
    case failed(diagnostics: [Diagnostic], serving: ServedPack)
}

/// The pack being served, reloads, and packs edited in the workbench.
public final class PackStore: @unchecked Sendable {
    public let rulesDirectory: String
    public let gazetteerDirectory: String
    public let limits: PackLimits
    private let lock = NIOLock()
    private var served: ServedPack
    private var reloading = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    /// Edited packs by a key of their overrides and the base version; small, most recent last.
    private var edited: [(key: String, pack: ServedPack)] = []
    public private(set) var lastReloadError: [Diagnostic] = []
    /// Work that compiles packs runs here, off the request path and off the cooperative thread pool.
    private let compileQueue = DispatchQueue(label: "glean.serve.compile")

    public init(rulesDirectory: String, gazetteerDirectory: String, limits: PackLimits = .standard) throws(ServerSetupError) {
        self.rulesDirectory = rulesDirectory
        self.gazetteerDirectory = gazetteerDirectory
        self.limits = limits
        do {
            served = ServedPack(pack: try RulePack.load(rulesDirectory: rulesDirectory, gazetteerDirectory: gazetteerDirectory, limits: limits))
        } catch {
            let count = error.errors.count
            throw ServerSetupError("\(count) error\(count == 1 ? "" : "s") in the rule pack; not serving", diagnostics: error.diagnostics)
        }
    }

    public var current: ServedPack { lock.withLock { served } }

    /// Compiles the pack anew and swaps it in when it loads without errors; otherwise the old pack keeps
    /// serving. Reloads run one at a time: a reload asked for while one runs waits for it, then runs.
    public func reload() async -> ReloadOutcome {
        await acquireReloadTurn()
        defer { releaseReloadTurn() }
        let rules = rulesDirectory, gazetteers = gazetteerDirectory, limits = limits
        let result: Result<RulePack, DiagnosticList> = await withCheckedContinuation { continuation in
            compileQueue.async {
                do throws(DiagnosticList) {
                    continuation.resume(returning: .success(try RulePack.load(rulesDirectory: rules, gazetteerDirectory: gazetteers, limits: limits)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        switch result {
        case .success(let pack):
            return lock.withLock {
                let previous = served
                if previous.version == pack.fingerprint {
                    lastReloadError = []
                    return .unchanged(previous)
                }
                served = ServedPack(pack: pack)
                edited.removeAll()
                lastReloadError = []
                return .reloaded(previous: previous.version, current: served)
            }
        case .failure(let error):
            return lock.withLock {
                lastReloadError = error.diagnostics
                return .failed(diagnostics: error.diagnostics, serving: served)
            }
        }
    }

    /// The served pack with some rule files replaced by edited texts (kept only in this cache, never written).
    /// Throws the pack's diagnostics when the edited pack has errors.
    public func edited(overrides: [String: String]) async throws(DiagnosticList) -> ServedPack {
        if overrides.isEmpty { return current }
        let base = current
        let key = base.version + "\u{0}" + overrides.sorted { $0.key < $1.key }.map { $0.key + "\u{0}" + $0.value }.joined(separator: "\u{0}")
        if let hit = lock.withLock({ edited.first { $0.key == key }?.pack }) { return hit }
        let rules = rulesDirectory, gazetteers = gazetteerDirectory, limits = limits
        let result: Result<RulePack, DiagnosticList> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do throws(DiagnosticList) {
                    continuation.resume(returning: .success(try RulePack.load(rulesDirectory: rules, gazetteerDirectory: gazetteers, limits: limits, overrides: overrides)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        let pack = try result.get()
        let served = ServedPack(pack: pack, overrides: overrides)
        lock.withLock {
            edited.append((key, served))
            if edited.count > 8 { edited.removeFirst() }
        }
        return served
    }

    private func acquireReloadTurn() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready: Bool = lock.withLock {
                if reloading { waiters.append(continuation); return false }
                reloading = true
                return true
            }
            if ready { continuation.resume() }
        }
    }

    private func releaseReloadTurn() {
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            if waiters.isEmpty { reloading = false; return nil }
            return waiters.removeFirst()
        }
        next?.resume()
    }

    /// The files a reload reads: rule files (`*.glean`, `*.yaml`) under the rules directory and gazetteer files,
    /// with their modification times, for `--watch`.
    func watchedFiles() -> [String: Date] {
        var result: [String: Date] = [:]
        for directory in [rulesDirectory, gazetteerDirectory] {
            guard let walker = FileManager.default.enumerator(atPath: directory) else { continue }
            while let name = walker.nextObject() as? String {
                guard name.hasSuffix(".glean") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".tsv") else { continue }
                let path = directory + "/" + name
                if let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date { result[path] = date }
            }
        }
        return result
    }
}

/// Bounds the documents extracted at once (`--jobs`) across all requests; the work itself runs on Dispatch
/// threads, so a long document never blocks Swift's cooperative pool (which NIO's handlers need).
final class ExtractionPool: @unchecked Sendable {
    private let lock = NIOLock()
    private var available: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private let queue = DispatchQueue(label: "glean.serve.extract", attributes: .concurrent)

    init(jobs: Int) { available = jobs }

    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await acquire()
        defer { release() }
        return await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready: Bool = lock.withLock {
                if available > 0 { available -= 1; return true }
                waiters.append(continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }

    private func release() {
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            if waiters.isEmpty { available += 1; return nil }
            return waiters.removeFirst()
        }
        next?.resume()
    }
}
