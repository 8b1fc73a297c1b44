import Foundation
import Testing

/// Runs the built `glean` executable the way a user does, from the repository root.
enum CLI {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["GLEAN_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        // The `glean` built with this test bundle comes first, so `swift test --scratch-path .build-asan
        // --sanitize=address` runs the sanitized CLI too; then what `swift build` puts in .build/debug.
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("glean")
        let candidates = [besideTests] + [".build/debug/glean", ".build/release/glean"].map { repositoryRoot.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL = repositoryRoot) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), input = Pipe()
        // stderr goes to a file so neither pipe can fill up and block the child while we read the other.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("glean-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        defer { try? FileManager.default.removeItem(at: errURL) }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        // Not Data(contentsOf:): on an empty file Foundation's reader leaks its 4 KB buffer, which fails the
        // address-sanitizer run of the suite at exit.
        let errReader = try FileHandle(forReadingFrom: errURL)
        let errData = errReader.readDataToEndOfFile()
        try errReader.close()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static func facts(_ outcome: Outcome) throws -> [[String: Any]] {
        try outcome.lines.map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CLIError("not a JSON object: \(line)")
            }
            return object
        }
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glean-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
