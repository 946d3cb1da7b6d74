#!/usr/bin/env python3
"""Real-browser test: headless Chromium signs in, opens the dashboard and the realisation form of the
Asahan demo office, checks what a person would see, types a realisation and watches the live capaian.
Screenshots go to the artifacts folder for a person to look at. Fails on a broken page: missing
content, unstyled page, script errors, or an empty screenshot."""
import argparse
import os
import struct
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

parser = argparse.ArgumentParser()
parser.add_argument("--base-url", required=True)
parser.add_argument("--artifacts", required=True)
parser.add_argument("--office", default="655921")
args = parser.parse_args()
os.makedirs(args.artifacts, exist_ok=True)

options = webdriver.ChromeOptions()
for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1800", "--lang=id-ID"]:
    options.add_argument(flag)
options.binary_location = "/usr/bin/chromium"
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 15)

passed, failed = 0, 0


def shown(text):
    """Whether the page shows `text`; figures are written with a no-break space ("91,37&nbsp;%"), which the
    page source serialises as &nbsp; and element text reads as a space."""
    return text in driver.page_source.replace("&nbsp;", " ").replace("\xa0", " ")


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


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
            # A refused form answers 422 on purpose: the browser logs the status, not a fault.
            and "status of 422" not in entry["message"]]


try:
    base = args.base_url.rstrip("/")
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

    errors = severe_console_errors()
    check("no script or resource errors in the console", not errors, str(errors))
except Exception as error:  # a page that breaks the script is a failed test, with the reason
    failed += 1
    print(f"FAIL browser run stopped: {error!r}")
    try:
        driver.save_screenshot(f"{args.artifacts}/failure.png")
    except Exception:
        pass
finally:
    driver.quit()

print(f"browser: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
