import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `--output PATH` really writes, decided before any document is read.
///
/// A regular file (or a new one) is replaced atomically: written under a temporary name beside it and renamed.
/// Anything else that can be written is written through, because renaming onto it would replace it: a device
/// (`/dev/null`, `/dev/full`, a tty) would become a regular file, a FIFO's reader would wait forever. A symbolic
/// link is followed, so the link stays and its target gets the facts.
public enum OutputTarget: Equatable, Sendable {
    /// Standard output.
    case standardOutput
    /// A regular file, new or existing, at its real path (symbolic links resolved): written to a temporary file
    /// in the same folder and renamed onto it.
    case replaceFile(realPath: String)
    /// A character or block device or a FIFO: opened for writing as it is, never created, truncated or renamed.
    case writeThrough(path: String)
    /// A Unix-domain socket: connected to, and written to as a stream.
    case socket(path: String)

    /// Why a path cannot be an output: a usage error, reported before the run starts.
    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "--output '\(path)': \(reason)" }
    }

    /// Decides how to write `path` (nil or `-`: standard output).
    public static func resolve(_ path: String?) throws(Refusal) -> OutputTarget {
        guard let path, path != "-" else { return .standardOutput }
        if path.isEmpty { throw Refusal(path: path, reason: "the path is empty") }
        var status = stat()
        if stat(path, &status) == 0 {
            // The path exists (through any symbolic links): what it is decides.
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                throw Refusal(path: path, reason: "it is a directory; give a file name (with --format csv, a directory ending in / gets one file per fact type)")
            case S_IFREG:
                guard let real = realPath(path) else { throw Refusal(path: path, reason: "cannot resolve it (\(String(cString: strerror(errno))))") }
                return .replaceFile(realPath: real)
            case S_IFSOCK:
                return .socket(path: path)
            default:
                return .writeThrough(path: path)
            }
        }
        // A new file, or a dangling symbolic link: the file is created where the link points.
        var target = path
        for _ in 0..<40 {
            guard isSymbolicLink(target), let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: target) else { break }
            target = destination.hasPrefix("/") ? destination : (target as NSString).deletingLastPathComponent.appendingPathComponentOrSelf(destination)
        }
        if isSymbolicLink(target) { throw Refusal(path: path, reason: "a symbolic link loop") }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var folderStatus = stat()
        guard stat(folder.isEmpty ? "." : folder, &folderStatus) == 0 else {
            throw Refusal(path: path, reason: "the folder '\(folder)' does not exist")
        }
        guard folderStatus.st_mode & S_IFMT == S_IFDIR else { throw Refusal(path: path, reason: "'\(folder)' is not a directory") }
        guard let realFolder = realPath(folder.isEmpty ? "." : folder) else {
            throw Refusal(path: path, reason: "cannot resolve the folder '\(folder)' (\(String(cString: strerror(errno))))")
        }
        return .replaceFile(realPath: (realFolder == "/" ? "" : realFolder) + "/" + name)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}

private extension String {
    func appendingPathComponentOrSelf(_ component: String) -> String {
        isEmpty ? component : (self as NSString).appendingPathComponent(component)
    }
}
