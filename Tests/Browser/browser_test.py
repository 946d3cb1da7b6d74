#!/usr/bin/env python3
"""Real-browser test: headless Chromium signs in, opens the dashboard and the realisation form of the
Asahan demo office, checks what a person would see, types a realisation and watches the live capaian.
It saves the profile, the indicator table and the analysis with bodies of several kilobytes, types an
XSS payload corpus into every free-text form an operator, leader or admin can fill, opens every page and
checks that no payload ran or became an element, runs the SAKIP evaluation from self-assessment to verified
follow-up and recap (evaluation_flow.py), and checks that every kind of response carries the content security
policy. Screenshots go to the artifacts folder for a person to look at. Fails on a broken page:
missing content, unstyled page, script errors, or an empty screenshot."""
import argparse
import http.client
import os
import struct
import sys
import time
import urllib.parse

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

import browser_support
import evaluation_flow

parser = argparse.ArgumentParser()
parser.add_argument("--base-url", required=True)
parser.add_argument("--artifacts", required=True)
parser.add_argument("--office", default="655921")
parser.add_argument("--province", default="654293")
args = parser.parse_args()
os.makedirs(args.artifacts, exist_ok=True)

driver = browser_support.chromium(console=True)
wait = WebDriverWait(driver, 15)

checks = browser_support.Checks()
check = checks.check


def shown(text):
    """Whether the page shows `text`; figures are written with a no-break space ("91,37&nbsp;%"), which the
    page source serialises as &nbsp; and element text reads as a space."""
    return text in driver.page_source.replace("&nbsp;", " ").replace("\xa0", " ")


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return struct.unpack(">II", head[16:24])


def screenshot(name):
    path = f"{args.artifacts}/{name}.png"
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1280, min(max(height, 800), 6000))
    driver.save_screenshot(path)
    width, height = png_size(path)
    check(f"{name}.png is a real page image ({width}x{height})", width >= 1000 and height >= 700)
    return path


def severe_console_errors():
    return [entry for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "favicon.ico" not in entry["message"]
            # A refused form answers 422 (or 409 for a step refused in its state) on purpose: the browser logs the status, not a fault.
            and "status of 422" not in entry["message"] and "status of 409" not in entry["message"]]


def set_value(element, text):
    """Sets a field's text as a paste does (send_keys would take minutes for kilobytes)."""
    driver.execute_script("arguments[0].value = arguments[1];", element, text)


def submit(element):
    element.find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def encoded_size(element):
    """The size of the body the browser sends for the element's form."""
    return driver.execute_script(
        "return new URLSearchParams(new FormData(arguments[0].form || arguments[0].closest('form'))).toString().length;", element)


def sign_in(username):
    browser_support.sign_in(driver, base, username, "sakip-demo")
    wait.until(EC.url_contains("/kantor"))


def paragraph(size):
    sentence = "Terwujudnya penyelenggara pemilu yang mandiri, profesional dan berintegritas. "
    return (sentence * (size // len(sentence) + 1))[:size]


def submit_large(field, what, saved, minimum):
    """Submits the field's form and checks that the page confirms it and the body was as large as meant."""
    size = encoded_size(field)
    submit(field)
    wait.until(lambda d: saved in d.page_source or 'role="alert"' in d.page_source or "token CSRF" in d.page_source)
    check(f"{what} ({size} bytes) is saved", saved in driver.page_source and size > minimum,
          driver.find_element(By.TAG_NAME, "main").text[:300])


def save_large_forms():
    """Issue 11.4: forms of several kilobytes failed the CSRF check when the browser sent them in pieces."""
    office = f"{base}/kantor/{args.office}/2024"
    driver.get(office + "/profil")
    vision = driver.find_element(By.ID, "vision")
    set_value(vision, paragraph(4500))
    submit_large(vision, "the profile", "Profil dan pengaturan disimpan.", 4000)

    driver.get(office + "/data/indikator")
    submit_large(driver.find_element(By.ID, "rows"), "the indicator table as it stands", "disimpan (", 4000)

    driver.get(office + "/analisis")
    areas = driver.find_elements(By.CSS_SELECTOR, "form textarea")
    for area in areas:
        set_value(area, paragraph(700))
    submit_large(areas[0], f"the analysis ({len(areas)} fields)", "Analisis disimpan.", 10000)
    screenshot("analisis")


# Payloads a careless or hostile user types; each marks what it would do if it ever became markup.
PAYLOADS = [
    "<script>window.__xss=1</script>",
    "\"><svg onload=window.__xss=2>",
    "' onmouseover='window.__xss=3' x='",
    "</title><img src=x onerror=alert(5)>",
    "</textarea><b id=\"xss-6\">x</b>",
    "<xss-marker id=\"xss-7\"></xss-marker>",
    "<img src=x onerror=window.__xss=8>",
    "<scr\u0000ipt>window.__xss=9</script>",
    "\uff1cscript\uff1ewindow.__xss=10\uff1c/script\uff1e \u202e\"><svg/onload=window.__xss=11>",
    "<a href=\"javascript:window.__xss=12\">klik</a>",
    "<iframe srcdoc=\"<script>parent.__xss=13</script>\"></iframe>",
    "\" autofocus onfocus=\"window.__xss=14",
]
payload_counter = [0]


def payload(label=""):
    payload_counter[0] += 1
    text = PAYLOADS[payload_counter[0] % len(PAYLOADS)]
    # Chromium turns NUL in a field into nothing or U+FFFD; what it sends is what a user could send.
    return f"{label} {text}" if label else text


INJECTED = """
var found = [];
if (window.__xss !== undefined || (window.parent && window.parent.__xss !== undefined)) found.push('window.__xss=' + window.__xss);
document.querySelectorAll('xss-marker, [id^="xss-"], img, iframe, object, embed, style, b, svg:not(.chart)').forEach(function (e) {
  found.push(e.outerHTML.slice(0, 100));
});
document.querySelectorAll('*').forEach(function (e) {
  for (var i = 0; i < e.attributes.length; i++) {
    var name = e.attributes[i].name;
    if (name.indexOf('on') === 0 || name === 'style' || name === 'srcdoc' || name === 'autofocus') found.push(e.tagName + ' ' + name);
  }
});
document.querySelectorAll('script').forEach(function (s) {
  if (!s.src || s.src.indexOf('/static/app.js') < 0) found.push('script ' + s.outerHTML.slice(0, 100));
});
document.querySelectorAll('[href^="javascript:"], [action^="javascript:"]').forEach(function (e) { found.push(e.outerHTML.slice(0, 100)); });
return found;
"""


def dialog_open():
    try:
        driver.switch_to.alert.dismiss()
        return True
    except NoAlertPresentException:
        return False


def inject_payloads():
    """Types the corpus into every free-text form: the operator's profile, realisation, analysis, comment
    and a pasted table; the admin's new office and account; the leader's place of the final LKj."""
    office = f"{base}/kantor/{args.office}/2024"
    driver.get(office + "/profil")
    for field in ["address", "phone", "website", "city", "province", "decree", "vision", "missions", "policies"]:
        set_value(driver.find_element(By.ID, field), payload(field))
    set_value(driver.find_element(By.ID, "email"), payload("surel") + "@kpu.go.id")
    submit(driver.find_element(By.ID, "vision"))
    wait.until(lambda d: "disimpan" in d.page_source or "Belum disimpan" in d.page_source)
    check("profile fields take the payloads", "Profil dan pengaturan disimpan." in driver.page_source,
          driver.find_element(By.TAG_NAME, "main").text[:300])

    driver.get(office + "/realisasi")
    set_value(driver.find_element(By.ID, "v-I7"), "76 %")
    set_value(driver.find_element(By.ID, "e-I7"), payload("Penjelasan"))
    set_value(driver.find_element(By.ID, "b-I7"), payload("https://bukti") + "\n" + payload())
    submit(driver.find_element(By.ID, "e-I7"))
    wait.until(lambda d: "disimpan" in d.page_source or "role=\"alert\"" in d.page_source)
    check("a realisation takes a payload explanation", "Realisasi Triwulan IV disimpan." in driver.page_source)

    driver.get(office + "/analisis")
    areas = driver.find_elements(By.CSS_SELECTOR, "form textarea")
    for area in areas:
        set_value(area, payload("Analisis"))
    submit(areas[0])
    wait.until(lambda d: "disimpan" in d.page_source)

    driver.get(office)
    set_value(driver.find_element(By.ID, "text"), payload("Komentar"))
    submit(driver.find_element(By.ID, "text"))
    wait.until(lambda d: "Komentar disimpan." in d.page_source)

    driver.get(office + "/data/pegawai")
    rows = driver.find_element(By.ID, "rows")
    lines = [line.split("\t") for line in rows.get_attribute("value").split("\n") if line.strip()]
    # The first line is the header row: the names are in the second column below it.
    for cells in lines[1:]:
        if len(cells) > 1:
            cells[1] = payload(cells[1][:10])
    set_value(rows, "\n".join("\t".join(cells) for cells in lines))
    submit(rows)
    wait.until(lambda d: "disimpan" in d.page_source or "tidak disimpan" in d.page_source)
    check("the staff table takes payload names", "disimpan (" in driver.page_source,
          " | ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "div.error li"))[:600])

    sign_in("admin")
    driver.get(base + "/admin/kantor")
    set_value(driver.find_element(By.ID, "code"), "xss-kab")
    set_value(driver.find_element(By.ID, "name"), "KPU " + payload())
    driver.execute_script("var s = document.getElementById('parent'); s.value = s.options[s.options.length - 1].value;")
    submit(driver.find_element(By.ID, "name"))
    wait.until(lambda d: "ditambahkan" in d.page_source or "role=\"alert\"" in d.page_source)
    check("the admin adds an office named with a payload", "ditambahkan" in driver.page_source, driver.find_element(By.TAG_NAME, "main").text[:300])
    driver.get(base + "/admin/pengguna")
    set_value(driver.find_element(By.ID, "username"), "xss.pengguna")
    set_value(driver.find_element(By.ID, "name"), payload("Nama"))
    driver.execute_script("document.getElementById('role').value = 'reviewer'; document.getElementById('office').value = arguments[0];", args.office)
    set_value(driver.find_element(By.ID, "password"), "sandi-yang-panjang-2024")
    submit(driver.find_element(By.ID, "username"))
    wait.until(lambda d: "dibuat" in d.page_source or "role=\"alert\"" in d.page_source)
    check("the admin adds an account named with a payload", "dibuat" in driver.page_source, driver.find_element(By.TAG_NAME, "main").text[:300])

    sign_in("ketua.asahan")
    driver.get(office + "/dokumen")
    set_value(driver.find_element(By.ID, "place"), payload("Kisaran"))
    set_value(driver.find_element(By.ID, "date"), "17 Januari 2025")
    submit(driver.find_element(By.ID, "place"))
    wait.until(lambda d: "difinalkan" in d.page_source or "role=\"alert\"" in d.page_source)
    if driver.find_elements(By.ID, "overrideReason"):
        driver.find_element(By.CSS_SELECTOR, "input[name=override]").click()
        set_value(driver.find_element(By.ID, "overrideReason"), payload("Alasan"))
        submit(driver.find_element(By.ID, "overrideReason"))
        wait.until(lambda d: "LKj 2024 difinalkan" in d.page_source or "role=\"alert\"" in d.page_source)
    check("the leader finalises the LKj at a payload place", "difinalkan:" in driver.page_source, driver.find_element(By.TAG_NAME, "main").text[:300])


def pages_for(office, importer):
    root = f"{base}/kantor/{office}/2024"
    driver.get(root + "/data")
    sheets = sorted({a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href*='/data/']")})
    return [root, root + "/realisasi", root + "/pk/ketua", root + "/pk/sekretaris", root + "/anggaran", root + "/data",
            root + "/pemilu", root + "/analisis", root + "/profil", root + "/dokumen"] + sheets + \
           [base + "/kantor", base + "/akun/sandi"] + ([base + "/impor"] if importer else [])


def no_payload_runs(who, importer=True, extra=()):
    pages = pages_for(args.office, importer) + list(extra)
    problems = []
    for url in pages:
        driver.get(url)
        if dialog_open():
            problems.append(f"{url}: a dialog opened")
            continue
        # Give an event handler that slipped through a moment to fire.
        time.sleep(0.05)
        found = driver.execute_script(INJECTED)
        problems += [f"{url}: {item}" for item in found]
        if dialog_open():
            problems.append(f"{url}: a dialog opened")
    check(f"as {who}: no payload ran or became markup on {len(pages)} pages", not problems, "\n".join(problems[:10]))
    return pages


def fetch(path, cookie=None):
    host = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=15)
    connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, {name.lower(): value for name, value in response.getheaders()}


def security_headers():
    """Every kind of response carries the content security policy and the other security headers."""
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    office = f"/kantor/{args.office}/2024"
    cases = [("page", office, cookie, 200), ("redirect", "/", cookie, 303), ("sign-in redirect", "/kantor", None, 303),
             ("403", "/kantor/656024/2024", cookie, 403), ("404", "/tidak-ada", cookie, 404),
             ("stylesheet", "/static/app.css", None, 200), ("script", "/static/app.js", None, 200),
             ("export", office + "/ekspor.json", cookie, 200)]
    for kind, path, jar, status in cases:
        code, headers = fetch(path, jar)
        policy = headers.get("content-security-policy", "")
        check(f"{kind} ({code}) carries the CSP and security headers",
              code == status and "script-src 'self'" in policy and "unsafe-inline" not in policy
              and headers.get("x-frame-options") == "DENY" and headers.get("x-content-type-options") == "nosniff",
              f"{code} {headers}")


base = args.base_url.rstrip("/")
try:
    driver.get(base + "/masuk")
    check("sign-in page shows its heading", "Masuk ke e-SAKIP KPU" in driver.page_source)
    header = driver.find_element(By.CSS_SELECTOR, "header.top")
    check("stylesheet applied (brand header colour)",
          header.value_of_css_property("background-color") in ("rgba(139, 26, 26, 1)", "rgb(139, 26, 26)"),
          header.value_of_css_property("background-color"))
    driver.find_element(By.ID, "username").send_keys("operator.asahan")
    driver.find_element(By.ID, "password").send_keys("sakip-demo")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(EC.url_contains("/kantor"))
    check("signed in: the office list shows Asahan", "KPU Kabupaten Asahan" in driver.page_source)

    driver.get(f"{base}/kantor/{args.office}/2024")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    check("dashboard heading", heading == "KPU Kabupaten Asahan — Tahun 2024", heading)
    check("dashboard shows the office capaian 91,37 %", shown("91,37 %"))
    check("dashboard draws SVG charts", len(driver.find_elements(By.CSS_SELECTOR, "svg.chart")) >= 2)
    bars = driver.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    check("charts have bars with width", len(bars) >= 10 and any(float(b.get_attribute("width")) > 50 for b in bars))
    check("dashboard has a measurement table per sasaran", len(driver.find_elements(By.CSS_SELECTOR, "table.measure")) == 6)
    check("budget absorption 99,65 % shown", shown("99,65 %"))
    screenshot("dashboard")

    driver.get(f"{base}/kantor/{args.office}/2024/realisasi")
    field = driver.find_element(By.ID, "v-I7")
    field.send_keys("76 %")
    wait.until(lambda d: "101,33 %" in d.find_element(By.ID, "p-I7").text.replace("\xa0", " "))
    check("live preview computes 101,33 % as the user types", "Sangat Berhasil" in driver.find_element(By.ID, "p-I7").text)
    screenshot("realisasi")
    field.find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: "disimpan" in d.page_source)
    check("saving shows the confirmation", "Realisasi Triwulan IV disimpan." in driver.page_source)
    driver.get(f"{base}/kantor/{args.office}/2024")
    check("dashboard capaian changed after saving", shown("101,33 %"))

    driver.get(f"{base}/kantor/{args.office}/2024/data/anggaran")
    check("budget table page lists the DIPA lines", len(driver.find_elements(By.CSS_SELECTOR, "table.sheet tbody tr")) >= 20)
    editor = driver.find_element(By.ID, "rows")
    check("budget table is editable as pasted text", "076.01.CQ" in editor.get_attribute("value"))
    # The Tab key moves the focus in a browser: pasted cells arrive as text, so set the text as a paste does.
    driver.execute_script("arguments[0].value = arguments[1];", editor,
                          "076.01.CQ\tProgram\t\t\n076.01.CQ.6639.BDB.001\tRO\tsatu juta\t0")
    editor.find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: "Tabel tidak disimpan" in d.page_source)
    check("a wrong amount is refused at its line and column", "Baris 2, kolom Pagu (Rp)" in driver.page_source)
    check("what was typed is kept", "satu juta" in driver.find_element(By.ID, "rows").get_attribute("value"))
    screenshot("data-anggaran")

    # An election pasted as a row, then its DPT recap imported from a workbook in the seed's layout.
    driver.get(f"{base}/kantor/{args.office}/2024/data/pemilihan")
    editor = driver.find_element(By.ID, "rows")
    driver.execute_script("arguments[0].value = arguments[1];", editor,
                          "pemilu2024\tPemilu 14 Februari 2024\t14 Februari 2024\tpemilu\tDPT")
    editor.find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: "disimpan" in d.page_source)
    check("an election is added from a pasted row", "Pemilu 14 Februari 2024" in driver.page_source)
    driver.get(f"{base}/kantor/{args.office}/2024/data/dpt")
    workbook = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "xlsx", "pagaralam-dpt.xlsx")
    driver.find_element(By.ID, "file").send_keys(os.path.abspath(workbook))
    driver.find_element(By.CSS_SELECTOR, "form.sheet-import button[type=submit]").click()
    wait.until(lambda d: "diimpor dari lembar" in d.page_source or "tidak diimpor" in d.page_source)
    check("a DPT recap workbook is imported with its 5 rows", "(5 baris)" in driver.page_source)
    driver.get(f"{base}/kantor/{args.office}/2024/pemilu")
    check("the election page sums the imported recap (107.916 voters)", "107.916" in driver.page_source)
    screenshot("pemilu")

    save_large_forms()
    inject_payloads()
    no_payload_runs("the leader", importer=False)
    sign_in("admin")
    no_payload_runs("the admin", extra=[base + "/admin/pengguna", base + "/admin/kantor"])
    driver.get(base + "/admin/pengguna")
    screenshot("xss-pengguna")
    sign_in("operator.asahan")
    no_payload_runs("the operator")
    driver.get(f"{base}/kantor/{args.office}/2024/profil")
    screenshot("xss-profil")
    evaluation_flow.run(driver, wait, base, args.office, args.province, check, sign_in, screenshot)
    sign_in("operator.asahan")
    security_headers()

    errors = severe_console_errors()
    check("no script, resource or content security policy errors in the console", not errors, str(errors))
except Exception as error:  # a page that breaks the script is a failed test, with the reason
    check("browser run finished", False, f"{error!r} {getattr(error, 'msg', '') or ''}")
    try:
        driver.save_screenshot(f"{args.artifacts}/failure.png")
    except Exception:
        pass
finally:
    driver.quit()

sys.exit(checks.summary("browser"))
