#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output files being written under a temporary name, so that a signal handler can remove them: an interrupted
/// run leaves neither a truncated file under the final name nor litter under the temporary one.
///
/// The paths are kept as C strings in a fixed table, because a signal handler may only call async-signal-safe
/// functions (`unlink`), not allocate or take locks.
public enum TemporaryFiles {
    private static let capacity = 256
    nonisolated(unsafe) private static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = Lock()

    /// Remembers a temporary file; call `forget` once it is renamed or removed.
    public static func register(_ path: String) {
        lock.withLock {
            for slot in 0..<capacity where table[slot] == nil {
                table[slot] = strdup(path)
                return
            }
        }
    }

    public static func forget(_ path: String) {
        lock.withLock {
            for slot in 0..<capacity {
                if let entry = table[slot], String(cString: entry) == path {
                    table[slot] = nil
                    free(entry)
                }
            }
        }
    }

    /// Creates the table now, so a signal handler never runs its lazy initialisation.
    public static func prepareForSignals() { _ = table }

    /// Removes every registered file. Only for a signal handler that exits right after.
    public static func removeAllForSignal() {
        for slot in 0..<capacity {
            if let entry = table[slot] { unlink(entry) }
        }
    }
}

/// A pthread mutex (Foundation's NSLock is not available to every caller here without importing Foundation).
private final class Lock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}
