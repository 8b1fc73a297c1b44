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
