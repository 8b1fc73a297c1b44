/// Converts UTF-8 byte offsets in a text to Unicode scalar offsets (what JSON consumers index by).
///
/// A checkpoint every 4 KB holds the scalar count so far, so a single lookup scans at most 4 KB; sorted
/// batches are converted in one forward pass.
public struct ScalarOffsetConverter: Sendable {
    static let checkpointStride = 4096
    let text: [UInt8]
    let checkpoints: [Int]

    public init(text: [UInt8]) {
        self.text = text
        var checkpoints: [Int] = [0]
        checkpoints.reserveCapacity(text.count / Self.checkpointStride + 1)
        var scalars = 0
        text.withUnsafeBufferPointer { bytes in
            var blockStart = 0
            while blockStart + Self.checkpointStride <= bytes.count {
                scalars += Self.countScalars(bytes, blockStart, blockStart + Self.checkpointStride)
                checkpoints.append(scalars)
                blockStart += Self.checkpointStride
            }
        }
        self.checkpoints = checkpoints
    }

    @inline(__always)
    static func countScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Scalar offset of a byte offset (clamped to the text); an offset inside a scalar counts that scalar as started.
    public func scalarOffset(ofByteOffset offset: Int) -> Int {
        let clamped = Swift.max(0, Swift.min(offset, text.count))
        let block = clamped / Self.checkpointStride
        return text.withUnsafeBufferPointer { bytes in
            checkpoints[block] + Self.countScalars(bytes, block * Self.checkpointStride, clamped)
        }
    }

    /// Scalar offsets of ascending byte offsets, in one pass.
    public func scalarOffsets(ofSortedByteOffsets offsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        text.withUnsafeBufferPointer { bytes in
            var position = 0
            var scalars = 0
            for offset in offsets {
                let target = Swift.max(0, Swift.min(offset, bytes.count))
                if target < position {  // not sorted after all: fall back to the checkpoint path
                    result.append(scalarOffset(ofByteOffset: target))
                    continue
                }
                scalars += Self.countScalars(bytes, position, target)
                position = target
                result.append(scalars)
            }
        }
        return result
    }
}
