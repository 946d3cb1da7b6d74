#!/usr/bin/env python3
"""Real-browser test of submission and verification (issue 13): the operator prepares the LKj, the Ketua finalises
and submits it, the Provinsi's evaluator returns it with a note on one indicator, the operator sees the note beside
that indicator, fixes the figure and answers the note, the Ketua finalises and resubmits, the evaluator accepts.
Each step's state is checked where the users see it; the accepted version's digest is the same on every reload and
is the one printed in the footer of the version's document."""
import argparse
import io
import os
import re
import sys
import urllib.request
import zipfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

import browser_support

parser = argparse.ArgumentParser()
parser.add_argument("--base-url", required=True)
parser.add_argument("--artifacts", required=True)
parser.add_argument("--office", default="655921")
parser.add_argument("--indicator", default="I7")
parser.add_argument("--province", default="654293")
args = parser.parse_args()
os.makedirs(args.artifacts, exist_ok=True)
base = args.base_url.rstrip("/")
page = f"{base}/kantor/{args.office}/2024"
indicator = args.indicator
note_text = "Realisasi TW IV indikator ini belum sesuai bukti dukung; periksa kembali."

checks = browser_support.Checks()
check = checks.check
driver = browser_support.chromium()
wait = WebDriverWait(driver, 20)


def sign_in(username):
    browser_support.sign_in(driver, base, username, "sakip-demo")
    wait.until(EC.url_contains("/kantor"))


def main_text():
    return driver.find_element(By.TAG_NAME, "main").text


def status(document="lkj"):
    return driver.find_element(By.ID, f"status-{document}").text


def click(element_id, expect):
    driver.find_element(By.ID, element_id).click()
    wait.until(lambda d: expect in d.page_source or 'role="alert"' in d.page_source)


def finalise(date):
    driver.get(page + "/dokumen")
    place = driver.find_elements(By.ID, "place")
    if not place:
        return
    place[0].clear()
    place[0].send_keys("Kisaran")
    driver.find_element(By.ID, "date").clear()
    driver.find_element(By.ID, "date").send_keys(date)
    place[0].find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: "difinalkan" in d.page_source or 'role="alert"' in d.page_source)
    if driver.find_elements(By.ID, "overrideReason"):
        driver.find_element(By.CSS_SELECTOR, "input[name=override]").click()
        driver.find_element(By.ID, "overrideReason").send_keys("Temuan reviu telah dibahas dengan KPU Provinsi")
        driver.find_element(By.ID, "overrideReason").find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait.until(lambda d: "LKj 2024 difinalkan" in d.page_source or 'role="alert"' in d.page_source)
    check(f"the Ketua finalises the LKj ({date})", "difinalkan:" in driver.page_source, main_text()[:400])


def save_realisation(value, explanation):
    driver.get(page + "/realisasi")
    field = driver.find_element(By.ID, f"v-{indicator}")
    field.clear()
    field.send_keys(value)
    form = field.find_element(By.XPATH, "./ancestor::form")
    Select(form.find_element(By.NAME, "quarter")).select_by_value("4")
    form.find_element(By.NAME, "explanation").send_keys(explanation)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: "disimpan" in d.page_source or 'role="alert"' in d.page_source)
    return "disimpan" in driver.page_source


def board_lkj():
    """The LKj state of the office on its province's status board (the signed-in user must read the province)."""
    driver.get(f"{base}/kantor/{args.province}/2024/konsolidasi")
    cells = driver.find_elements(By.CSS_SELECTOR, f"#status-{args.office} td")
    return cells[3].text if len(cells) > 3 else driver.find_element(By.TAG_NAME, "main").text[:300]


def digest(number):
    cells = driver.find_elements(By.ID, f"digest-lkj-{number}")
    return cells[0].text.strip() if cells else ""


def download(url):
    """The bytes of a download, with the browser's session cookie."""
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(url, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


try:
    # The operator prepares: the figure of TW IV, and the page says the LKj is a draft.
    sign_in("operator.asahan")
    check("the operator saves a TW IV realisation", save_realisation("96 %", "Realisasi akhir tahun"), main_text()[:400])
    driver.get(page + "/pengajuan")
    check("the submission page shows the LKj as a draft", "Draf" in status(), status())
    check("the operator has no submit button", not driver.find_elements(By.ID, "ajukan-lkj"))

    # The Ketua finalises and submits.
    sign_in("ketua.asahan")
    finalise("20 Januari 2025")
    driver.get(page + "/pengajuan")
    click("ajukan-lkj", "diajukan ke kantor induk")
    check("the Ketua submits the LKj", "Diajukan" in status(), status())
    first = digest(1)
    check("the submitted version 1 shows a SHA-256 digest", re.fullmatch(r"[0-9a-f]{64}", first) is not None, first)

    # The Provinsi's evaluator returns it with a note on one indicator.
    sign_in("evaluator.sumut")
    driver.get(page + "/pengajuan")
    check("the evaluator sees the LKj waiting", "Diajukan" in status(), status())
    check("the status board shows the LKj submitted", board_lkj().startswith("Diajukan") and "ulang" not in board_lkj(), board_lkj())
    driver.get(page + "/pengajuan")
    place = Select(driver.find_element(By.ID, "tempat-lkj-0"))
    option = next((o for o in place.options if o.get_attribute("value") == f"indikator:{indicator}"), None)
    check("the note can point at the indicator", option is not None, [o.text for o in place.options][:8])
    place.select_by_value(f"indikator:{indicator}")
    driver.find_element(By.ID, "isi-lkj-0").send_keys(note_text)
    click("kembalikan-lkj", "dikembalikan dengan catatan")
    check("the evaluator returns the LKj", "Dikembalikan" in status(), status())
    check("the status board shows the LKj returned", board_lkj().startswith("Dikembalikan"), board_lkj())

    # The operator sees the note beside that indicator, fixes the figure and answers the note.
    sign_in("operator.asahan")
    driver.get(page + "/realisasi")
    beside = driver.find_elements(By.CSS_SELECTOR, f"#indikator-{indicator} .parent-note")
    check("the note is shown beside the indicator", bool(beside) and note_text in beside[0].text,
          [b.text for b in beside])
    others = [e for e in driver.find_elements(By.CSS_SELECTOR, "section.indicator .parent-note")
              if e.find_element(By.XPATH, "./ancestor::section").get_attribute("id") != f"indikator-{indicator}"]
    check("no other indicator shows it", not others)
    check("the returned LKj is open again for the fix", save_realisation("98 %", "Dikoreksi sesuai bukti dukung"), main_text()[:400])
    driver.get(page + "/pengajuan")
    answer = driver.find_element(By.CSS_SELECTOR, "form.answer textarea")
    answer.send_keys("Realisasi TW IV dikoreksi menjadi 98 % sesuai bukti dukung.")
    answer.find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: "Jawaban atas catatan disimpan" in d.page_source or 'role="alert"' in d.page_source)
    check("the operator answers the note", "dikoreksi menjadi 98 %" in driver.page_source)

    # The Ketua finalises again and resubmits.
    sign_in("ketua.asahan")
    finalise("21 Januari 2025")
    driver.get(page + "/pengajuan")
    click("ajukan-lkj", "diajukan ulang")
    check("the Ketua resubmits the LKj", "Diajukan ulang" in status(), status())

    # The evaluator accepts.
    sign_in("evaluator.sumut")
    check("the status board shows the LKj resubmitted", board_lkj().startswith("Diajukan ulang"), board_lkj())
    driver.get(page + "/pengajuan")
    click("terima-lkj", "diterima")
    check("the evaluator accepts the LKj", "Diterima" in status(), status())
    accepted = digest(2)
    board = board_lkj()
    check("the status board shows the LKj accepted", board.startswith("Diterima"), board)
    driver.get(page + "/pengajuan")
    check("version 2 has its own digest", re.fullmatch(r"[0-9a-f]{64}", accepted) is not None and accepted != first, accepted)
    history = driver.find_element(By.CSS_SELECTOR, "#pengajuan-lkj table.history").text
    for state in ["Diajukan", "Dikembalikan", "Diajukan ulang", "Diterima"]:
        check(f"the history lists {state}", state in history, history)
    check("the history keeps the return note", note_text in driver.page_source)

    # The digest is stable across reloads and is the one printed in the version's document.
    for _ in range(2):
        driver.refresh()
        check("the accepted digest is the same after a reload", digest(2) == accepted, digest(2))
    link = driver.find_element(By.XPATH, "//a[contains(@href, '/pengajuan/lkj/versi-2.docx')]").get_attribute("href")
    docx = download(link)
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        footer = archive.read("word/footer1.xml").decode("utf-8")
    check("the document's footer prints the accepted digest", f"SHA-256 {accepted}" in footer, footer[-300:])
    check("the document downloads the same bytes again", download(link) == docx)
    with open(os.path.join(args.artifacts, "lkj-versi-2.docx"), "wb") as out:
        out.write(docx)
except Exception as error:  # a step that could not run is a failure, with the page it was on
    check("the cycle ran to its end", False, f"{type(error).__name__}: {error} at {driver.current_url}")
    driver.save_screenshot(os.path.join(args.artifacts, "failure.png"))
finally:
    driver.quit()

sys.exit(checks.summary("submission"))
