#!/usr/bin/env python3
"""The workbench in a real browser (headless Chromium driven by Selenium), against a real `glean serve`.

It opens the workbench, pastes a seed article and runs it with Ctrl+Enter, checks that the facts highlighted in
the page are those `POST /v1/extract` gives, opens a fact's details, types an error into a rule file and sees the
diagnostic at that line, fixes it and sees the facts again, and runs the Fixtures tab. Screenshots go to
Tests/browser/artifacts/ (or $ARTIFACTS).

Usage: python3 Tests/browser/workbench_test.py [path/to/glean]
Needs Debian's chromium and chromium-driver and `pip install selenium`; without them it says so and exits 0
(status 0 with "SKIP"), so CI can run it unconditionally.
"""
import collections
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, "seeds", "001_6eadb9154bf8be39.txt")
# The error typed into a rule: a "y" after a pattern line that ends in a gazetteer type ("c:gaz:Country") makes
# it an unknown type, reported at that line. The file and line are found in the pack, not assumed.
TYPE_AT_END = re.compile(r"^\s*pattern:.*\bgaz:[A-Z][A-Za-z]*$")


def skip(reason):
    print(f"SKIP workbench browser test: {reason}")
    sys.exit(0)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    skip("selenium is not installed (pip install selenium)")

chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
driver_path = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
if not chromium or not driver_path:
    skip("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")

glean = sys.argv[1] if len(sys.argv) > 1 else next(
    (p for p in (os.path.join(ROOT, ".build", d, "glean") for d in ("debug", "release")) if os.access(p, os.X_OK)), None)
if not glean:
    skip("no built glean (run swift build first)")

artifacts = os.environ.get("ARTIFACTS", os.path.join(ROOT, "Tests", "browser", "artifacts"))
os.makedirs(artifacts, exist_ok=True)
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def start_server():
    log = open(os.path.join(artifacts, "serve.log"), "w+")
    process = subprocess.Popen([glean, "serve", "--port", "0", "--jobs", "2"], cwd=ROOT, stderr=log, stdout=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        log.seek(0)
        found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", log.read())
        if found:
            return process, int(found.group(1))
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    log.seek(0)
    sys.exit("glean serve did not start:\n" + log.read())


def extract(port, text):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/extract", data=json.dumps({"text": text, "id": "workbench"}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)["facts"]


def page_facts(browser):
    """(type, text, rule) of every fact highlighted in the facts frame, from its detail sections."""
    browser.switch_to.frame(browser.find_element(By.ID, "facts"))
    try:
        found = browser.execute_script("""
            return Array.from(document.querySelectorAll('section.d')).map(function (s) {
              return [s.querySelector('h2').textContent.trim(), s.querySelector('.q').textContent.trim().replace(/^\u201c|\u201d$/g, ''),
                      s.querySelector('dd code').textContent.trim()];
            });""")
        marks = browser.execute_script("return document.querySelectorAll('mark.f.s').length;")
    finally:
        browser.switch_to.default_content()
    return collections.Counter(tuple(f) for f in found), marks


def wait_for(browser, script, timeout=120):
    WebDriverWait(browser, timeout, poll_frequency=0.2).until(lambda b: b.execute_script(script))


server, port = start_server()
options = webdriver.ChromeOptions()
options.binary_location = chromium
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1600,1000"):
    options.add_argument(argument)
browser = webdriver.Chrome(service=Service(driver_path), options=options)
try:
    browser.get(f"http://127.0.0.1:{port}/")
    wait_for(browser, "return document.body.getAttribute('data-ready') === 'true';", 60)
    check("Glean workbench" in browser.title, "the workbench page opens")

    # Paste a seed article (through the clipboard's effect: the textarea's value and an input event), run it with Ctrl+Enter.
    seed = open(SEED, encoding="utf-8").read()
    area = browser.find_element(By.ID, "doc")
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", area, seed)
    area.send_keys(Keys.CONTROL, Keys.ENTER)
    wait_for(browser, "return document.getElementById('facts').getAttribute('data-state') === 'ready';")
    expected = collections.Counter((f["type"], f["text"], f["rule"]) for f in extract(port, seed))
    shown, marks = page_facts(browser)
    check(sum(expected.values()) > 0, f"the seed article has facts ({sum(expected.values())})")
    check(shown == expected, f"the highlighted facts are those of /v1/extract ({sum(shown.values())} shown, {sum(expected.values())} expected)")
    check(marks == sum(expected.values()), f"one highlight per fact ({marks})")
    browser.save_screenshot(os.path.join(artifacts, "1-facts.png"))

    # Click a fact: its rule, phase and field sources appear.
    browser.switch_to.frame(browser.find_element(By.ID, "facts"))
    first = browser.find_elements(By.CSS_SELECTOR, "mark.f.s")[0]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", first)
    first.click()
    details = browser.find_elements(By.CSS_SELECTOR, "section.d:not([hidden])")
    check(len(details) == 1 and "rule" in details[0].text and "phase" in details[0].text, "clicking a fact shows its rule, phase and fields")
    browser.switch_to.default_content()
    browser.save_screenshot(os.path.join(artifacts, "2-fact-details.png"))

    # Type an error into a rule file: the diagnostic appears at that line, and the facts pane says the rules are broken.
    RULE_FILE, RULE_LINE, line_text = None, None, None
    for name in json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/workbench/files"))["files"]:
        text = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/workbench/file?path={name}"))["text"]
        found = next(((number, line) for number, line in enumerate(text.split("\n"), 1) if TYPE_AT_END.match(line)), None)
        if found:
            RULE_FILE, (RULE_LINE, line_text) = name, found
            break
    check(RULE_FILE is not None, f"a pattern line ending in a gazetteer type to break: {RULE_FILE}:{RULE_LINE}")
    Select(browser.find_element(By.ID, "ruleFile")).select_by_value(RULE_FILE)
    wait_for(browser, f"return document.getElementById('rule').value.split('\\n')[{RULE_LINE - 1}] === {json.dumps(line_text)};", 30)
    wait_for(browser, "return document.getElementById('diagnostics').getAttribute('data-state') === 'clean';", 60)
    editor = browser.find_element(By.ID, "rule")
    end_of_line = browser.execute_script(f"return arguments[0].value.split('\\n').slice(0, {RULE_LINE}).join('\\n').length;", editor)
    editor.click()
    browser.execute_script("arguments[0].setSelectionRange(arguments[1], arguments[1]);", editor, end_of_line)
    editor.send_keys("y")
    wait_for(browser, "return document.getElementById('diagnostics').getAttribute('data-state') === 'errors';", 60)
    errors = browser.find_elements(By.CSS_SELECTOR, "#diagnostics li.error")
    lines = [e.get_attribute("data-line") for e in errors]
    check(str(RULE_LINE) in lines, f"the diagnostic is at line {RULE_LINE} ({[e.text for e in errors]})")
    check(bool(browser.find_elements(By.CSS_SELECTOR, "#gutter .bad")), "the gutter marks the line")
    wait_for(browser, "return document.getElementById('facts').getAttribute('data-state') === 'error';", 60)
    check("Not run" in browser.find_element(By.ID, "factsMessage").text, "the facts pane says the edited rules do not compile")
    browser.save_screenshot(os.path.join(artifacts, "3-diagnostic.png"))

    # Fix it: the diagnostics clear and the facts come back, the same as before.
    editor.send_keys(Keys.BACKSPACE)
    wait_for(browser, "return document.getElementById('diagnostics').getAttribute('data-state') === 'clean';", 60)
    wait_for(browser, "return document.getElementById('facts').getAttribute('data-state') === 'ready';", 120)
    shown, _ = page_facts(browser)
    check(shown == expected, f"after the fix, the facts are back ({sum(shown.values())})")
    browser.save_screenshot(os.path.join(artifacts, "4-fixed.png"))

    # The Fixtures tab runs glean test on the (edited) pack.
    browser.find_element(By.ID, "tabFixtures").click()
    browser.find_element(By.ID, "runFixtures").click()
    wait_for(browser, "return !!document.getElementById('fixtureSummary');", 600)
    summary = browser.find_element(By.ID, "fixtureSummary").text
    check(re.search(r"\d+ passed, \d+ failed", summary) is not None, f"the fixtures ran: {summary}")
    browser.save_screenshot(os.path.join(artifacts, "5-fixtures.png"))
finally:
    browser.quit()
    server.send_signal(signal.SIGTERM)
    status = server.wait(timeout=60)
    check(status == 0, f"glean serve exits 0 on SIGTERM ({status})")

print(f"screenshots in {artifacts}")
if failures:
    sys.exit(f"{len(failures)} check(s) failed")
print("workbench browser test passed")
