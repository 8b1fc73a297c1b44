/// `glean explain --html`: one self-contained page (inline CSS and script, no network) showing the document with
/// every fact highlighted by type, a legend (click a type to hide or show it), and the details of a fact — rule,
/// phase, fields and where each came from — on hover (tooltip) and on click (side panel), in the style of displaCy.
///
/// Facts may overlap (a TradeFigure contains its Money and Date): the text is cut at every fact boundary and each
/// piece is wrapped in one `<mark>` per fact covering it, outermost first, so nesting shows as boxes in boxes.
public struct ExplanationHTML {
    public init() {}

    static let palette: [String: String] = [
        "Country": "#7aecec", "Organization": "#feca74", "Official": "#aa9cfc", "Date": "#bfe1d9", "Money": "#e4e7d2",
        "Percent": "#e4e7d2", "TradeFigure": "#ff9561", "Agreement": "#c887fb", "Meeting": "#9cc9cc", "City": "#bfeeb7",
    ]
    static let fallback = ["#ffeb80", "#ff8197", "#f0d0ff", "#bbdefb", "#d1c4e9", "#c5e1a5", "#ffe0b2", "#b2dfdb"]

    public static func colour(of type: String) -> String {
        if let known = palette[type] { return known }
        let hash = type.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        return fallback[hash % fallback.count]
    }

    public func render(_ explanation: Explanation) -> String {
        let facts = explanation.facts
        let text = Array(explanation.text.unicodeScalars)
        let types = Array(Set(facts.map(\.fact.type))).sorted()

        // Cut the text at every boundary of a fact (scalar offsets).
        var cuts = Set([0, text.count])
        for fact in facts { cuts.insert(max(0, min(text.count, fact.fact.span.start))); cuts.insert(max(0, min(text.count, fact.fact.span.end))) }
        let boundaries = cuts.sorted()
        // Outermost first: earlier start, then longer.
        let order = facts.indices.sorted { a, b in
            let x = facts[a].fact.span, y = facts[b].fact.span
            return x.start != y.start ? x.start < y.start : x.end > y.end
        }

        var body = ""
        for (from, to) in zip(boundaries, boundaries.dropFirst()) where to > from {
            let piece = String(String.UnicodeScalarView(text[from..<to]))
            let covering = order.filter { facts[$0].fact.span.start <= from && to <= facts[$0].fact.span.end }
            var open = ""
            var close = ""
            for index in covering {
                let fact = facts[index].fact
                var classes = ["f"]
                if fact.span.start == from { classes.append("s") }
                if fact.span.end == to { classes.append("e") }
                open += "<mark class=\"\(classes.joined(separator: " "))\" data-fact=\"\(index)\" data-type=\"\(escape(fact.type))\" style=\"--c:\(ExplanationHTML.colour(of: fact.type))\" title=\"\(escape(tooltip(facts[index])))\">"
                close = (fact.span.end == to ? "<span class=\"l\">\(escape(fact.type))</span>" : "") + "</mark>" + close
            }
            body += open + escape(piece) + close
        }

        var legend = ""
        for type in types {
            let count = facts.filter { $0.fact.type == type }.count
            legend += "<button class=\"k\" data-type=\"\(escape(type))\" style=\"--c:\(ExplanationHTML.colour(of: type))\"><span class=\"sw\"></span>\(escape(type)) <small>\(count)</small></button>"
        }

        var details = ""
        for (index, fact) in facts.enumerated() {
            details += "<section class=\"d\" id=\"details-\(index)\" data-fact=\"\(index)\" hidden>"
            details += "<h2><span class=\"sw\" style=\"--c:\(ExplanationHTML.colour(of: fact.fact.type))\"></span>\(escape(fact.fact.type))</h2>"
            details += "<p class=\"q\">“\(escape(fact.fact.text))”</p><dl>"
            details += "<dt>rule</dt><dd><code>\(escape(fact.fact.rule))</code> <small>\(escape(fact.ruleLocation.description))</small></dd>"
            details += "<dt>phase</dt><dd>\(escape(fact.phase))</dd>"
            details += "<dt>where</dt><dd>line \(fact.location.line), column \(fact.location.column) (\(fact.fact.zone.rawValue))</dd></dl>"
            details += "<table><tr><th>field</th><th>value</th><th>from</th></tr>"
            for field in fact.fields {
                details += "<tr><td><code>\(escape(field.key))</code></td><td>\(escape(field.value.description))</td><td><small>\(escape(field.source))</small></td></tr>"
            }
            details += "</table></section>"
        }

        let title = "glean explain: \(explanation.document)"
        let summary = "\(facts.count) fact\(facts.count == 1 ? "" : "s") · language \(explanation.language.rawValue)" + (explanation.referenceDate.map { " · reference date \($0.iso)" } ?? "")
        return """
        <!DOCTYPE html>
        <html lang="\(explanation.language == .fr ? "fr" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; color: #222; background: #fafafa; }
        header { padding: 14px 24px; background: #fff; border-bottom: 1px solid #ddd; }
        header h1 { font-size: 18px; margin: 0 0 4px 0; }
        header p { margin: 0; color: #666; font-size: 13px; }
        #legend { padding: 10px 24px; display: flex; flex-wrap: wrap; gap: 6px; background: #fff; border-bottom: 1px solid #eee; }
        .k { border: 1px solid #ccc; background: #fff; border-radius: 14px; padding: 3px 10px; font-size: 13px; cursor: pointer; }
        .k.off { opacity: 0.35; text-decoration: line-through; }
        .sw { display: inline-block; width: 11px; height: 11px; border-radius: 3px; background: var(--c); margin-right: 5px; vertical-align: -1px; }
        main { display: flex; gap: 20px; padding: 20px 24px; align-items: flex-start; }
        #doc { flex: 3; background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 18px 22px; line-height: 2.5; font-size: 16px; white-space: pre-wrap; }
        #panel { flex: 2; position: sticky; top: 12px; background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 14px 18px; font-size: 14px; min-width: 260px; }
        #panel .hint { color: #888; }
        mark.f { background: var(--c); color: inherit; padding: 0.3em 0; cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
        mark.f mark.f { padding: 0.12em 0; box-shadow: 0 0 0 1px rgba(0,0,0,0.18) inset; }
        mark.f.s { padding-left: 0.3em; border-top-left-radius: 0.35em; border-bottom-left-radius: 0.35em; }
        mark.f.e { padding-right: 0.3em; border-top-right-radius: 0.35em; border-bottom-right-radius: 0.35em; }
        mark.f.sel { outline: 2px solid #333; }
        mark.f.hide { background: transparent; box-shadow: none; }
        mark.f.hide > .l { display: none; }
        .l { font-size: 0.6em; font-weight: bold; text-transform: uppercase; margin-left: 0.4em; vertical-align: middle; line-height: 1; opacity: 0.75; }
        .d h2 { font-size: 16px; margin: 0 0 6px 0; }
        .d .q { font-style: italic; margin: 0 0 8px 0; }
        .d dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 10px 0; }
        .d dt { color: #666; }
        .d dd { margin: 0; }
        .d table { border-collapse: collapse; width: 100%; }
        .d th, .d td { text-align: left; border-top: 1px solid #eee; padding: 3px 4px; vertical-align: top; }
        </style>
        </head>
        <body>
        <header><h1>\(escape(explanation.document))</h1><p>\(escape(summary)) · click a highlighted fact for its details, a type to hide it</p></header>
        <nav id="legend">\(legend)</nav>
        <main>
        <article id="doc">\(body)</article>
        <aside id="panel"><p class="hint" id="hint">Click a highlighted fact to see its rule, phase and fields.</p>\(details)</aside>
        </main>
        <script>
        (function () {
          var selected = null;
          function show(index) {
            document.querySelectorAll('.d').forEach(function (d) { d.hidden = d.dataset.fact !== index; });
            document.getElementById('hint').hidden = index !== null;
            document.querySelectorAll('mark.f').forEach(function (m) { m.classList.toggle('sel', m.dataset.fact === index); });
          }
          document.getElementById('doc').addEventListener('click', function (event) {
            var mark = event.target.closest('mark.f:not(.hide)');
            if (!mark) return;
            event.stopPropagation();
            selected = mark.dataset.fact;
            show(selected);
          });
          document.getElementById('doc').addEventListener('mouseover', function (event) {
            var mark = event.target.closest('mark.f:not(.hide)');
            if (mark && selected === null) show(mark.dataset.fact);
          });
          // #fact-N in the address opens that fact (links, and screenshots of the details).
          var wanted = /^#fact-([0-9]+)$/.exec(location.hash);
          if (wanted) { selected = wanted[1]; show(selected); }
          document.querySelectorAll('.k').forEach(function (button) {
            button.addEventListener('click', function () {
              var off = button.classList.toggle('off');
              document.querySelectorAll('mark.f[data-type="' + button.dataset.type + '"]').forEach(function (m) { m.classList.toggle('hide', off); });
            });
          });
        })();
        </script>
        </body>
        </html>

        """
    }

    private func tooltip(_ fact: Explanation.ExplainedFact) -> String {
        var lines = ["\(fact.fact.type) by \(fact.fact.rule) (phase \(fact.phase))"]
        for field in fact.fields { lines.append("\(field.key): \(field.value)") }
        return lines.joined(separator: "\n")
    }

    func escape(_ text: String) -> String { Markup.escape(text) }
}
