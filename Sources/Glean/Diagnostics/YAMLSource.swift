import Yams

/// Parses a YAML file into a node tree, turning Yams errors into a diagnostic at the file:line:column they name.
/// Every YAML file Glean reads (gazetteers, the consolidation configuration) goes through here.
public enum YAMLSource {
    /// nil node: the file is empty.
    public static func compose(_ file: SourceFile, resolver: Resolver = .default) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: String(decoding: file.bytes, as: UTF8.self), resolver))
        } catch let yamlError as YamlError {
            var line = 1, column = 1, problem = "\(yamlError)"
            switch yamlError {
            case .scanner(_, let what, let mark, _), .parser(_, let what, let mark, _), .composer(_, let what, let mark, _):
                line = mark.line; column = mark.column; problem = what
            default: break
            }
            let location = SourceLocation(file: file.path, line: line, column: column)
            return .failure(Diagnostic(.error, "YAML syntax error: \(problem)", code: "syntax", at: location, sourceLine: file.lineText(line)))
        } catch {
            return .failure(Diagnostic(.error, "YAML error: \(error)", code: "syntax", at: SourceLocation(file: file.path, line: 1, column: 1)))
        }
    }
}
