#!/usr/bin/env python3
"""Real-browser test of concurrent editing (issue 12): the admin creates a second operator account for the
office; two operators open the realisation page of the same indicator in two browsers; the first saves; the
second's save is refused with "Data ini telah diubah oleh … pada …; muat ulang" and what they typed kept; after
reloading, the second saves; the audit page lists both changes with their before and after values, and the
realisation page names who changed the figure."""
import argparse
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

import browser_support

parser = argparse.ArgumentParser()
parser.add_argument("--base-url", required=True)
parser.add_argument("--artifacts", required=True)
parser.add_argument("--office", default="655921")
args = parser.parse_args()
os.makedirs(args.artifacts, exist_ok=True)
base = args.base_url.rstrip("/")
page = f"{base}/kantor/{args.office}/2024"


checks = browser_support.Checks()
check = checks.check


def browser():
    return browser_support.chromium()


def sign_in(driver, username, password="sakip-demo"):
    browser_support.sign_in(driver, base, username, password)
    WebDriverWait(driver, 15).until(EC.url_contains("/kantor"))


def type_realisation(driver, value, explanation):
    field = driver.find_element(By.ID, "v-I7")
    field.clear()
    field.send_keys(value)
    form = field.find_element(By.XPATH, "./ancestor::form")
    select = form.find_elements(By.NAME, "quarter")
    if select and select[0].tag_name == "select":
        Select(select[0]).select_by_value("3")
    note = form.find_element(By.NAME, "explanation")
    note.clear()
    note.send_keys(explanation)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


ani, budi = browser(), browser()
try:
    # The admin gives the office a second operator.
    sign_in(ani, "admin")
    ani.get(base + "/admin/pengguna")
    ani.find_element(By.ID, "username").send_keys("operator2.asahan")
    ani.find_element(By.ID, "name").send_keys("Budi Santoso")
    Select(ani.find_element(By.ID, "role")).select_by_value("officeOperator")
    Select(ani.find_element(By.ID, "office")).select_by_value(args.office)
    ani.find_element(By.ID, "password").send_keys("Kisaran-Asahan-2025")
    ani.find_element(By.XPATH, "//button[text()='Buat akun']").click()
    WebDriverWait(ani, 15).until(lambda d: "operator2.asahan" in d.page_source)
    check("the admin created a second operator account", "operator2.asahan" in ani.page_source)

    # A final LKj refuses every change (the browser test finalised it): the Ketua reopens it with a reason first.
    sign_in(ani, "ketua.asahan")
    ani.get(page + "/dokumen")
    reopen = ani.find_elements(By.CSS_SELECTOR, "form[action$='/lkj/buka-kembali'] [name='reason']")
    if reopen:
        reopen[0].send_keys("Realisasi TW III diperbaiki bersama dua operator")
        reopen[0].find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(ani, 15).until(lambda d: "LKj belum final" in d.page_source or 'role="alert"' in d.page_source)
        check("the Ketua reopens the final LKj with a reason", "LKj belum final" in ani.page_source)

    sign_in(ani, "operator.asahan")
    sign_in(budi, "operator2.asahan", "Kisaran-Asahan-2025")
    ani.get(page + "/realisasi")
    budi.get(page + "/realisasi")

    type_realisation(ani, "55 %", "Rekap Ani triwulan III")
    WebDriverWait(ani, 15).until(lambda d: "Realisasi Triwulan III disimpan." in d.page_source or 'role="alert"' in d.page_source)
    check("the first operator's save is confirmed", "Realisasi Triwulan III disimpan." in ani.page_source)

    type_realisation(budi, "58 %", "Rekap Budi triwulan III")
    WebDriverWait(budi, 15).until(lambda d: "telah diubah" in d.page_source or "disimpan" in d.page_source)
    text = budi.find_element(By.TAG_NAME, "main").text
    check("the second operator is told who changed it and when",
          "Data ini telah diubah oleh operator.asahan pada" in text and "muat ulang" in text, text[:400])
    check("the second operator's figure is kept", budi.find_element(By.ID, "v-I7").get_attribute("value") == "58 %")
    check("the second operator's explanation is kept", "Rekap Budi triwulan III" in budi.page_source)
    budi.save_screenshot(f"{args.artifacts}/konflik.png")

    budi.get(page + "/realisasi")
    type_realisation(budi, "58 %", "Rekap Budi triwulan III")
    WebDriverWait(budi, 15).until(lambda d: "Realisasi Triwulan III disimpan." in d.page_source or 'role="alert"' in d.page_source)
    check("after reloading, the second operator's save is confirmed", "Realisasi Triwulan III disimpan." in budi.page_source)
    check("the realisation page names who changed the figure", "diubah oleh Budi Santoso pada" in budi.page_source)

    ani.get(page + "/jejak?tabel=realisations")
    rows = [row.text for row in ani.find_elements(By.CSS_SELECTOR, "table tbody tr")]
    by_ani = [r for r in rows if "operator.asahan" in r and "I7 TW3" in r]
    by_budi = [r for r in rows if "Budi Santoso" in r and "I7 TW3" in r]
    check("the audit page lists the first change with its value", any("55" in r for r in by_ani), str(rows[:6]))
    check("the audit page lists the second change from 55 to 58",
          any("55" in r and "58" in r for r in by_budi), str(rows[:6]))
    ani.save_screenshot(f"{args.artifacts}/jejak.png")
except Exception as error:
    check("concurrent-edit run finished", False, repr(error))
finally:
    ani.quit()
    budi.quit()

sys.exit(checks.summary("concurrent edit"))
