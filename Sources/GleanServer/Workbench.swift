/// The workbench page served at `/`: one self-contained page (no CDN, no network), plain textareas.
/// Left: the document and the rule editor; right: the facts highlighted as `glean explain --html` shows them
/// (click one for its rule, phase and field sources) and the Fixtures tab. Edited rule files live in the page's
/// memory and are sent with each request (`rules`); only Save writes them (inside `--rules`).
enum Workbench {
    static let page = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Glean workbench</title>
<style>
* { box-sizing: border-box; }
body { margin: 0; font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; background: #f3f3f3; height: 100vh; display: flex; flex-direction: column; }
header { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: #1f2a36; color: #fff; }
header h1 { font-size: 16px; margin: 0; font-weight: 600; }
header .pack { font-size: 12px; opacity: 0.8; font-family: ui-monospace, Menlo, monospace; }
header .status { margin-left: auto; font-size: 13px; }
main { flex: 1; display: grid; grid-template-columns: 1fr 1fr; gap: 10px; padding: 10px; min-height: 0; }
.col { display: flex; flex-direction: column; gap: 10px; min-height: 0; }
.panel { background: #fff; border: 1px solid #d8d8d8; border-radius: 6px; display: flex; flex-direction: column; min-height: 0; }
.panel > .bar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 6px 8px; border-bottom: 1px solid #e6e6e6; font-size: 13px; }
.panel > .bar b { margin-right: 4px; }
#docPanel { flex: 2; }
#rulePanel { flex: 3; }
textarea { flex: 1; width: 100%; border: 0; resize: none; padding: 8px 10px; font-size: 14px; line-height: 1.45; outline: none; }
#doc { font-family: Georgia, serif; }
.editor { flex: 1; display: flex; min-height: 0; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; line-height: 18px; }
#gutter { margin: 0; padding: 8px 6px 8px 4px; background: #f6f6f6; color: #999; text-align: right; overflow: hidden; min-width: 46px; border-right: 1px solid #e6e6e6; white-space: pre; font: inherit; line-height: 18px; }
#gutter .bad { color: #fff; background: #d33; border-radius: 2px; }
#rule { font: inherit; line-height: 18px; white-space: pre; overflow: auto; padding: 8px 10px; }
#diagnostics { max-height: 30%; overflow: auto; margin: 0; padding: 0; list-style: none; border-top: 1px solid #e6e6e6; font-size: 12px; font-family: ui-monospace, Menlo, monospace; }
#diagnostics li { padding: 3px 8px; border-bottom: 1px solid #f0f0f0; cursor: pointer; white-space: pre-wrap; }
#diagnostics li.error { color: #b00020; }
#diagnostics li.warning { color: #8a5a00; }
#diagnostics li.ok { color: #1b7a2b; cursor: default; }
.tabs { display: flex; gap: 2px; }
.tabs button { border: 1px solid #ccc; background: #eee; padding: 4px 12px; border-radius: 4px 4px 0 0; cursor: pointer; font-size: 13px; }
.tabs button.on { background: #fff; border-bottom-color: #fff; font-weight: 600; }
#factsPanel { flex: 1; }
#facts { flex: 1; border: 0; width: 100%; min-height: 0; }
#facts[data-state=error] { opacity: 0.35; }
#factsMessage { padding: 8px 10px; font-size: 13px; color: #b00020; display: none; white-space: pre-wrap; }
#fixturesPane { flex: 1; overflow: auto; padding: 8px 10px; font-size: 13px; display: none; }
#fixturesPane .fx { margin: 0 0 8px 0; }
#fixturesPane .okay { color: #1b7a2b; font-weight: 600; }
#fixturesPane .fail { color: #b00020; font-weight: 600; }
#fixturesPane pre { margin: 4px 0 0 18px; font-size: 12px; white-space: pre-wrap; }
#fixturesPane .minus { color: #b00020; } #fixturesPane .plus { color: #1b7a2b; }
button.act { background: #2d6cdf; color: #fff; border: 0; border-radius: 4px; padding: 4px 12px; cursor: pointer; font-size: 13px; }
button.act:disabled { background: #9bb5e6; cursor: default; }
select, input { font-size: 13px; }
.edited { color: #b36b00; font-size: 12px; }
.muted { color: #888; font-size: 12px; }
</style>
</head>
<body>
<header><h1>Glean workbench</h1><span class="pack" id="packVersion"></span><span class="status" id="status">loading…</span></header>
<main>
  <div class="col">
    <section class="panel" id="docPanel">
      <div class="bar"><b>Document</b>
        <select id="docPicker"><option value="">— paste a text, or pick a fixture or seed —</option></select>
        <select id="lang"><option value="">language: detect</option><option value="en">en</option><option value="fr">fr</option></select>
        <input id="refDate" placeholder="reference date YYYY-MM-DD" size="22">
        <button class="act" id="run" title="Ctrl+Enter">Run</button>
        <span class="muted">Ctrl+Enter runs</span>
      </div>
      <textarea id="doc" spellcheck="false" placeholder="Paste a news article here, then press Ctrl+Enter."></textarea>
    </section>
    <section class="panel" id="rulePanel">
      <div class="bar"><b>Rules</b>
        <select id="ruleFile"></select>
        <span class="edited" id="editedNote"></span>
        <button id="revert">Revert</button>
        <button class="act" id="save">Save</button>
        <span class="muted" id="saveStatus"></span>
      </div>
      <div class="editor"><pre id="gutter">1</pre><textarea id="rule" spellcheck="false" wrap="off"></textarea></div>
      <ul id="diagnostics"></ul>
    </section>
  </div>
  <div class="col">
    <section class="panel" id="factsPanel">
      <div class="bar"><div class="tabs"><button id="tabFacts" class="on">Facts</button><button id="tabFixtures">Fixtures</button></div>
        <span class="muted" id="factCount"></span>
        <button class="act" id="runFixtures" style="display:none">Run fixtures</button>
      </div>
      <div id="factsMessage"></div>
      <iframe id="facts" title="facts" sandbox="allow-scripts allow-same-origin"></iframe>
      <div id="fixturesPane"><p class="muted">Run the fixtures with the rules as edited here (nothing is saved).</p></div>
    </section>
  </div>
</main>
<script>
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  // Edited rule files of this browser session: path -> text. Sent with every request; written only by Save.
  var edits = {};
  var originals = {};
  var currentFile = null;
  var checkTimer = null;
  var checkSerial = 0;
  var runSerial = 0;
  var rulesBroken = false;

  function status(text) { $('status').textContent = text; }

  function api(method, path, body) {
    var init = { method: method, headers: {} };
    if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(path, init).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var read = type.indexOf('json') >= 0 ? response.json() : response.text();
      return read.then(function (data) { return { ok: response.ok, status: response.status, data: data, version: response.headers.get('Glean-Pack-Version') }; });
    });
  }

  function documentBody() {
    var body = { text: $('doc').value, id: $('docPicker').value || 'workbench' };
    if ($('lang').value) body.lang = $('lang').value;
    if ($('refDate').value.trim()) body.reference_date = $('refDate').value.trim();
    if (Object.keys(edits).length) body.rules = edits;
    return body;
  }

  function run() {
    var serial = ++runSerial;
    if (!$('doc').value.trim()) { status('paste a document first'); return; }
    status('running…');
    api('POST', '/v1/explain?format=html', documentBody()).then(function (r) {
      if (serial !== runSerial) return;
      if (!r.ok) {
        var error = (r.data && r.data.error) || { message: String(r.data) };
        $('factsMessage').style.display = 'block';
        $('factsMessage').textContent = 'Not run: ' + error.message + (error.location ? ' (' + error.location + ')' : '');
        $('facts').setAttribute('data-state', 'error');
        status('the rules have errors');
        return;
      }
      $('factsMessage').style.display = 'none';
      $('facts').setAttribute('data-state', 'loading');
      $('facts').onload = function () {
        $('facts').setAttribute('data-state', 'ready');
        var marks = $('facts').contentDocument ? $('facts').contentDocument.querySelectorAll('section.d').length : 0;
        $('factCount').textContent = marks + ' fact' + (marks === 1 ? '' : 's') + (Object.keys(edits).length ? ' (edited rules)' : '');
        status('ready');
      };
      $('facts').srcdoc = r.data;
    }).catch(function (e) { status('request failed: ' + e); });
  }

  // ----- rule editor -----
  function drawGutter(badLines) {
    var lines = $('rule').value.split('\n').length;
    var html = [];
    for (var i = 1; i <= lines; i++) html.push(badLines && badLines[i] ? '<span class="bad" title="' + escapeHTML(badLines[i]) + '">' + i + '</span>' : String(i));
    $('gutter').innerHTML = html.join('\n');
    $('gutter').scrollTop = $('rule').scrollTop;
  }

  function escapeHTML(text) { return String(text).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }

  function noteEdited() {
    var names = Object.keys(edits);
    $('editedNote').textContent = names.length ? 'edited in this session: ' + names.join(', ') : '';
  }

  function loadRuleFile(path) {
    currentFile = path;
    var show = function () {
      $('rule').value = edits[path] !== undefined ? edits[path] : originals[path];
      drawGutter();
      check();
    };
    if (originals[path] !== undefined) { show(); return; }
    api('GET', '/v1/workbench/file?path=' + encodeURIComponent(path)).then(function (r) {
      if (!r.ok) { status(r.data.error.message); return; }
      originals[path] = r.data.text;
      show();
    });
  }

  function scheduleCheck() {
    var text = $('rule').value;
    if (text === originals[currentFile]) delete edits[currentFile]; else edits[currentFile] = text;
    noteEdited();
    drawGutter();
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 400);
  }

  function check() {
    if (!currentFile) return;
    var serial = ++checkSerial;
    var others = {};
    Object.keys(edits).forEach(function (p) { if (p !== currentFile) others[p] = edits[p]; });
    $('diagnostics').setAttribute('data-state', 'checking');
    api('POST', '/v1/check', { path: currentFile, text: $('rule').value, rules: others }).then(function (r) {
      if (serial !== checkSerial) return;
      var list = (r.data && r.data.diagnostics) || [];
      var mine = list.filter(function (d) { return d.file === currentFile || !d.file; });
      var elsewhere = list.length - mine.length;
      var badLines = {};
      var items = mine.map(function (d) {
        if (d.line && d.severity === 'error') badLines[d.line] = d.message;
        var where = d.line ? d.line + ':' + d.column + ': ' : '';
        return '<li class="' + escapeHTML(d.severity) + '" data-line="' + (d.line || '') + '" data-column="' + (d.column || '') + '" data-severity="' + escapeHTML(d.severity) + '">' +
          escapeHTML(where + d.severity + ': ' + d.message) + '</li>';
      });
      if (!r.ok && r.status !== 422) items.unshift('<li class="error">' + escapeHTML(r.data.error ? r.data.error.message : String(r.data)) + '</li>');
      if (elsewhere > 0) items.push('<li class="warning">' + elsewhere + ' diagnostic(s) in other files of the pack</li>');
      var wasBroken = rulesBroken;
      rulesBroken = r.status === 422;
      if (!items.length) items.push('<li class="ok">no problems: ' + escapeHTML(r.data.summary || '') + '</li>');
      $('diagnostics').innerHTML = items.join('');
      $('diagnostics').setAttribute('data-state', rulesBroken ? 'errors' : 'clean');
      drawGutter(badLines);
      // A clean pack re-runs the document with the edits; a broken one says so in the facts pane.
      if ($('doc').value.trim() && (Object.keys(edits).length || wasBroken || rulesBroken)) run();
    });
  }

  $('diagnostics').addEventListener('click', function (event) {
    var li = event.target.closest('li');
    if (!li || !li.dataset.line) return;
    var line = parseInt(li.dataset.line, 10), column = parseInt(li.dataset.column || '1', 10);
    var lines = $('rule').value.split('\n');
    var offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    $('rule').focus();
    $('rule').setSelectionRange(offset + column - 1, offset + column);
    $('rule').scrollTop = Math.max(0, (line - 5) * 18);
  });

  $('rule').addEventListener('input', scheduleCheck);
  $('rule').addEventListener('scroll', function () { $('gutter').scrollTop = $('rule').scrollTop; });
  $('ruleFile').addEventListener('change', function () { loadRuleFile($('ruleFile').value); });
  $('revert').addEventListener('click', function () {
    if (!currentFile) return;
    delete edits[currentFile];
    noteEdited();
    loadRuleFile(currentFile);
  });
  $('save').addEventListener('click', function () {
    if (!currentFile) return;
    $('saveStatus').textContent = 'saving…';
    api('POST', '/v1/workbench/save', { path: currentFile, text: $('rule').value }).then(function (r) {
      if (r.ok || r.status === 422) {
        originals[currentFile] = $('rule').value;
        delete edits[currentFile];
        noteEdited();
      }
      $('saveStatus').textContent = r.ok ? 'saved; pack reloaded (' + String(r.data.version).slice(0, 12) + ')' : (r.data.error ? r.data.error.message : 'not saved');
      refreshPack();
    });
  });

  // ----- documents -----
  $('docPicker').addEventListener('change', function () {
    var name = $('docPicker').value;
    if (!name) return;
    api('GET', '/v1/workbench/document?name=' + encodeURIComponent(name)).then(function (r) {
      if (!r.ok) { status(r.data.error.message); return; }
      $('doc').value = r.data.text;
      $('lang').value = r.data.lang || '';
      $('refDate').value = r.data.reference_date || '';
      run();
    });
  });
  $('run').addEventListener('click', run);
  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') { event.preventDefault(); run(); }
  });

  // ----- tabs and fixtures -----
  function showTab(fixtures) {
    $('tabFacts').classList.toggle('on', !fixtures);
    $('tabFixtures').classList.toggle('on', fixtures);
    $('facts').style.display = fixtures ? 'none' : 'block';
    $('fixturesPane').style.display = fixtures ? 'block' : 'none';
    $('runFixtures').style.display = fixtures ? 'inline-block' : 'none';
    $('factCount').style.display = fixtures ? 'none' : 'inline';
  }
  $('tabFacts').addEventListener('click', function () { showTab(false); });
  $('tabFixtures').addEventListener('click', function () { showTab(true); });
  $('runFixtures').addEventListener('click', function () {
    $('runFixtures').disabled = true;
    $('fixturesPane').innerHTML = '<p class="muted">running…</p>';
    api('POST', '/v1/workbench/test', Object.keys(edits).length ? { rules: edits } : {}).then(function (r) {
      $('runFixtures').disabled = false;
      if (!r.ok) { $('fixturesPane').innerHTML = '<p class="fail">' + escapeHTML(r.data.error.message) + '</p>'; return; }
      var html = ['<p id="fixtureSummary"><b>' + escapeHTML(r.data.summary) + '</b>' + (Object.keys(edits).length ? ' (edited rules)' : '') + '</p>'];
      r.data.fixtures.forEach(function (f) {
        var lines = f.lines.map(function (l) { return '<span class="' + (l[0] === '-' ? 'minus' : l[0] === '+' ? 'plus' : '') + '">' + escapeHTML(l) + '</span>'; }).join('\n');
        html.push('<div class="fx" data-passed="' + f.passed + '"><span class="' + (f.passed ? 'okay">ok' : 'fail">FAIL') + '</span> ' + escapeHTML(f.path) + (lines ? '<pre>' + lines + '</pre>' : '') + '</div>');
      });
      $('fixturesPane').innerHTML = html.join('');
    });
  });

  function refreshPack() {
    return api('GET', '/v1/pack').then(function (r) {
      if (!r.ok) { status(r.data.error ? r.data.error.message : 'cannot read the pack'); return; }
      $('packVersion').textContent = 'pack ' + r.data.version.slice(0, 12) + ' · ' + r.data.rules.length + ' rules · ' + r.data.gazetteer.entries + ' gazetteer entries';
    });
  }

  refreshPack().then(function () {
    return api('GET', '/v1/workbench/files');
  }).then(function (r) {
    r.data.files.forEach(function (f) { var o = document.createElement('option'); o.value = f; o.textContent = f; $('ruleFile').appendChild(o); });
    if (r.data.files.length) loadRuleFile(r.data.files[0]);
    return api('GET', '/v1/workbench/documents');
  }).then(function (r) {
    r.data.documents.forEach(function (d) { var o = document.createElement('option'); o.value = d.name; o.textContent = (d.kind === 'fixture' ? 'fixture: ' : 'seed: ') + d.name; $('docPicker').appendChild(o); });
    status('ready');
    document.body.setAttribute('data-ready', 'true');
  }).catch(function (e) { status('cannot reach the server: ' + e); });
})();
</script>
</body>
</html>
"""#
}
