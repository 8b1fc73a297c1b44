import Foundation

/// Independent tasks run on every core, their results returned in task order: what runs in parallel can never
/// change the order in which results (and the diagnostics in them) are used.
enum Concurrently {
    static func map<Result>(_ count: Int, _ task: (Int) -> Result) -> [Result] {
        guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return (0..<count).map(task) }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        withoutActuallyEscaping(task) { task in
            // Each task writes only its own slot, and `concurrentPerform` returns after the last one.
            let shared = UncheckedSendable((slots, task))
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let (slots, task) = shared.value
                slots[index] = task(index)
            }
        }
        return slots.map { $0! }
    }
}

/// A value computed on another thread from the moment it is made; `value` waits for it. With one core it is
/// computed at once, on the caller's thread.
final class BackgroundValue<Value>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the task before it leaves `group`, read only after `group.wait()`.
    private var result: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else {
            result = compute()
            return
        }
        group.enter()
        DispatchQueue.global().async { [self] in
            result = compute()
            group.leave()
        }
    }

    var value: Value {
        group.wait()
        return result!
    }
}
