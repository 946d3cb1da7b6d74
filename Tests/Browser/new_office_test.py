#!/usr/bin/env python3
"""Issue 16 in a real browser, from an empty database: the national admin (made with `sakip create-admin`)
adds a KPU Provinsi and a KPU Kabupaten, then the Kabupaten's operator and Ketua. The operator starts 2025,
fills the profile and pastes every planning table (people, Renstra goals, sasaran, indicators, Renstra
targets, RKT, RAK, DIPA tree), drafts both PKs in the PK editor, the Ketua signs them on a typed date, the
operator pastes four quarters of realisations, the Ketua finalises the LKj. The LKj downloads and LibreOffice
renders it; a later change to a realisation is refused until the Ketua reopens the LKj with a reason. No page
on the way shows JSON, a JSON path or an English error."""
import argparse
import http.client
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

import browser_support

parser = argparse.ArgumentParser()
parser.add_argument("--base-url", required=True)
parser.add_argument("--artifacts", required=True)
parser.add_argument("--admin", default="admin.pusat")
parser.add_argument("--admin-password", required=True)
args = parser.parse_args()
os.makedirs(args.artifacts, exist_ok=True)
base = args.base_url.rstrip("/")

driver = browser_support.chromium()
wait = WebDriverWait(driver, 20)

PROVINCE, OFFICE, YEAR = "129900", "129901", 2025
OFFICE_NAME = "KPU Kabupaten Contoh"
PASSWORD = "Contoh-Sakip-2025!"
checks = browser_support.Checks()
check = checks.check
pages_seen = set()


def text():
    return driver.find_element(By.TAG_NAME, "body").text.replace("\xa0", " ")


def problems():
    """What the page reports as wrong (for a failed check's detail), else the start of its main part."""
    alerts = driver.find_elements(By.CSS_SELECTOR, "[role=alert], .error")
    if alerts:
        return " | ".join(a.text for a in alerts)[:1500]
    main = driver.find_elements(By.TAG_NAME, "main")
    return (main[0].text if main else text())[:800]


# What an office user must never read as the main text of a page: raw JSON, JSON paths, English errors.
FORBIDDEN = [re.compile(p) for p in [r'^\s*\{\s*"', r'"error"\s*:', r'\$\.[a-z]', r'\bNot Found\b', r'\bInternal Server Error\b',
                                     r'\bForbidden\b', r'\bBad Request\b', r'\bUnprocessable\b', r'\bis not\b', r'\bmust be\b']]


def page_is_clean(label):
    body = text()
    found = [p.pattern for p in FORBIDDEN if p.search(body)]
    pages_seen.add(label)
    if found:
        check(f"{label}: no JSON, JSON path or English error on the page", False, f"{found}: {body[:400]}")


def open_page(path, label):
    driver.get(base + path)
    page_is_clean(label)


def sign_in(username, password=PASSWORD):
    check(f"{username} signs in", browser_support.sign_in(driver, base, username, password), problems())


def submit_form_of(element):
    form = element.find_element(By.XPATH, "./ancestor::form")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def set_value(element, value):
    driver.execute_script("arguments[0].value = arguments[1];", element, value)


def fill(field_id, value):
    element = driver.find_element(By.ID, field_id)
    set_value(element, value)
    return element


def after_submit(marker):
    wait.until(lambda d: marker in d.page_source or 'role="alert"' in d.page_source or 'class="error"' in d.page_source)


def office_year(path=""):
    return f"/kantor/{OFFICE}/{YEAR}" + path


def paste(slug, lines, label):
    """Pastes a tab-separated table (header line first) into the table page and checks that it is saved."""
    open_page(office_year(f"/data/{slug}"), f"tabel {slug}")
    rows = driver.find_element(By.ID, "rows")
    set_value(rows, "\n".join("\t".join(cells) for cells in lines))
    submit_form_of(rows)
    after_submit("disimpan (")
    page_is_clean(f"tabel {slug} disimpan")
    check(f"{label} pasted ({len(lines) - 1} rows)", "disimpan (" in driver.page_source, problems())


# --- 1. The admin of an empty installation adds the offices and their accounts. ---------------------------
sign_in(args.admin, args.admin_password)
open_page("/kantor", "daftar kantor kosong")
driver.find_element(By.CSS_SELECTOR, "a[href='/admin/kantor']").click()
page_is_clean("tambah kantor")
fill("code", PROVINCE)
fill("name", "KPU Provinsi Contoh")
Select(driver.find_element(By.ID, "level")).select_by_value("provinsi")
submit_form_of(driver.find_element(By.ID, "code"))
after_submit("ditambahkan")
check("a KPU Provinsi without a KPU RI parent is refused, the parent named in words",
      "Induk" in text() and "KPU RI" in text(), text()[:400])
page_is_clean("tambah kantor ditolak")
# KPU RI first, then the province, then the Kab/Kota: the form names the parent wanted.
fill("code", "kpu-ri")
fill("name", "KPU Republik Indonesia")
Select(driver.find_element(By.ID, "level")).select_by_value("ri")
submit_form_of(driver.find_element(By.ID, "code"))
after_submit("ditambahkan")
check("the admin adds KPU RI and goes on to its accounts", "ditambahkan" in text() and "/admin/pengguna" in driver.current_url, text()[:300])
for code, name, level, parent in [(PROVINCE, "KPU Provinsi Contoh", "provinsi", "kpu-ri"), (OFFICE, OFFICE_NAME, "kabupatenKota", PROVINCE)]:
    open_page("/admin/kantor", "tambah kantor")
    fill("code", code)
    fill("name", name)
    Select(driver.find_element(By.ID, "level")).select_by_value(level)
    Select(driver.find_element(By.ID, "parent")).select_by_value(parent)
    submit_form_of(driver.find_element(By.ID, "code"))
    after_submit("ditambahkan")
    check(f"the admin adds {name} and lands on its accounts", f"{name} ({code}) ditambahkan" in text()
          and f"kantor={code}" in driver.current_url, text()[:300])
selected = Select(driver.find_element(By.ID, "office")).first_selected_option.get_attribute("value")
check("the accounts form has the new office chosen", selected == OFFICE, selected)
for username, name, role in [("operator.contoh", "Operator Contoh", "officeOperator"), ("ketua.contoh", "Ketua Contoh", "officeLeader")]:
    driver.get(base + f"/admin/pengguna?kantor={OFFICE}")
    fill("username", username)
    fill("name", name)
    Select(driver.find_element(By.ID, "role")).select_by_value(role)
    Select(driver.find_element(By.ID, "office")).select_by_value(OFFICE)
    fill("password", PASSWORD)
    submit_form_of(driver.find_element(By.ID, "username"))
    after_submit(username)
    page_is_clean("akun baru")
    check(f"account {username} created", username in text() and 'role="alert"' not in driver.page_source, text()[:300])

# --- 2. The operator starts the year; the dashboard guides the empty office. -------------------------------
sign_in("operator.contoh")
open_page("/kantor", "daftar kantor operator")
year_form = driver.find_element(By.CSS_SELECTOR, f"form[action='/kantor/{OFFICE}/tahun-baru']")
set_value(year_form.find_element(By.NAME, "year"), str(YEAR))
year_form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
wait.until(EC.url_contains(f"/kantor/{OFFICE}/{YEAR}"))
check("starting the year is confirmed", f"Tahun {YEAR} dimulai" in text(), problems())
open_page(office_year(""), "dasbor tahun baru")
check("the new year's dashboard shows the checklist", f"Langkah pengisian tahun {YEAR}" in text(), problems())
check("the new year's dashboard does not claim the empty figures are consistent", "Tidak ada temuan" not in text())
check("the checklist links to the PK editor", driver.find_elements(By.CSS_SELECTOR, f"a[href='{office_year('/pk/ketua')}']"))

open_page(office_year("/profil"), "profil")
for field, value in [("address", "Jl. Merdeka No. 1, Contoh"), ("phone", "(0621) 123456"), ("city", "Contoh"),
                     ("province", "Contoh"), ("vision", "Menjadi penyelenggara pemilu yang mandiri dan berintegritas."),
                     ("missions", "Menyelenggarakan pemilu yang jujur dan adil.\nMeningkatkan kualitas pelayanan.")]:
    fill(field, value)
submit_form_of(driver.find_element(By.ID, "vision"))
after_submit("Profil dan pengaturan disimpan.")
check("the profile is saved", "Profil dan pengaturan disimpan." in driver.page_source, text()[:300])

paste("pegawai", [["ID", "Nama", "Peran", "NIP", "Status", "Pangkat", "Golongan", "Jabatan", "Pendidikan"],
                  ["P1", "Andi Saputra", "ketua", "", "komisioner", "", "", "Ketua KPU Kabupaten Contoh", "S2"],
                  ["P2", "Budi Santoso", "sekretaris", "197001012000031001", "pns", "Pembina", "IV/a", "Sekretaris KPU Kabupaten Contoh", "S2"],
                  ["P3", "Citra Lestari", "anggota", "", "komisioner", "", "", "Anggota KPU Kabupaten Contoh", "S1"]], "people")
paste("tujuan-renstra", [["ID", "Tujuan"], ["T1", "Meningkatnya kualitas penyelenggaraan pemilu yang akuntabel"]], "Renstra goals")
paste("sasaran", [["ID", "Sasaran", "ID Tujuan Renstra"],
                  ["S1", "Meningkatnya kualitas perencanaan program dan anggaran", "T1"],
                  ["S2", "Terwujudnya tata kelola keuangan yang akuntabel", "T1"]], "sasaran")
paste("indikator", [["ID", "Indikator", "Jenis", "Satuan", "Skala", "Arah", "IKU", "Nilai tahunan"],
                    ["I1", "Persentase dokumen perencanaan yang tersusun tepat waktu", "persentase", "", "", "naik", "ya", "TW IV"],
                    ["I2", "Jumlah laporan keuangan yang disusun tepat waktu", "jumlah", "Laporan", "", "naik", "ya", "jumlah triwulan"],
                    ["I3", "Nilai SAKIP KPU Kabupaten Contoh", "nilai", "", "SAKIP", "naik", "ya", "TW IV"]], "indicators")
paste("target-renstra", [["ID Sasaran", "ID Indikator", "2025", "2026", "2027", "2028", "2029"],
                         ["S1", "I1", "100 %", "100 %", "100 %", "100 %", "100 %"],
                         ["S2", "I2", "4 Laporan", "4 Laporan", "4 Laporan", "4 Laporan", "4 Laporan"],
                         ["S2", "I3", "BB", "BB", "A", "A", "A"]], "Renstra targets")
paste("rkt", [["ID Sasaran", "ID Indikator", "Target"], ["S1", "I1", "100 %"], ["S2", "I2", "4 Laporan"], ["S2", "I3", "BB"]], "RKT")
paste("rak", [["ID Indikator", "TW I", "TW II", "TW III", "TW IV"],
              ["I1", "25 %", "50 %", "75 %", "100 %"], ["I2", "1 Laporan", "1 Laporan", "1 Laporan", "1 Laporan"],
              ["I3", "", "", "", "BB"]], "RAK")
paste("anggaran", [["Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)"],
                   ["076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "", ""],
                   ["CQ.6709", "Perencanaan Program dan Anggaran", "", ""],
                   ["QGE.001", "Perencanaan dan Penganggaran Pemilu", "400.000.000", "380.000.000"],
                   ["076.01.WA", "Program Dukungan Manajemen", "", ""],
                   ["WA.3355", "Pengelolaan Keuangan dan Barang Milik Negara", "", ""],
                   ["EBA.994", "Layanan Perkantoran", "1.600.000.000", "1.580.000.000"]], "DIPA tree")

# A pasted table with several wrong cells is refused with every one, what was typed kept (issue 16.3).
open_page(office_year("/data/rkt"), "tabel rkt")
rows = driver.find_element(By.ID, "rows")
bad = "ID Sasaran\tID Indikator\tTarget\nS9\tI1\t100 %\nS2\tI9\t4 Laporan\nS2\tI3\t80 %"
set_value(rows, bad)
submit_form_of(rows)
after_submit("disimpan (")
body = text()
check("a bad RKT paste lists every wrong cell with its row and column",
      all(s in body for s in ["Baris 2", "Baris 3", "Baris 4", "kolom ID Sasaran", "kolom ID Indikator", "kolom Target"]), body[:800])
check("the bad paste keeps what was typed", "S9\tI1" in driver.find_element(By.ID, "rows").get_attribute("value"))
page_is_clean("tabel rkt ditolak")

# --- 3. Both PKs from the editor; the Ketua signs them on a typed date. -------------------------------------
for level, first, second in [("ketua", "P1", None), ("sekretaris", "P2", "P1")]:
    open_page(office_year(f"/pk/{level}"), f"PK {level}")
    targets = {box.get_attribute("name"): box.get_attribute("value")
               for box in driver.find_elements(By.CSS_SELECTOR, "input[name^='target[']")}
    # A form field holds the spelling a person types: an ordinary space, not the display's no-break space.
    check(f"PK {level}: targets proposed from the Renstra", targets.get("target[I1]") == "100 %"
          and targets.get("target[I3]") == "BB", targets)
    for box in driver.find_elements(By.CSS_SELECTOR, "input[name^='include[']"):
        if not box.is_selected():
            box.click()
    programs = [e.get_attribute("value") for e in driver.find_elements(By.CSS_SELECTOR, "input[name^='programName[']")]
    check(f"PK {level}: programs proposed from the DIPA", "Program Dukungan Manajemen" in programs, programs)
    Select(driver.find_element(By.ID, "firstParty")).select_by_value(first)
    if second:
        Select(driver.find_element(By.ID, "secondParty")).select_by_value(second)
    fill("agreementPlace", "Contoh")
    submit_form_of(driver.find_element(By.ID, "agreementPlace"))
    wait.until(lambda d: "/pk/" in d.current_url)
    page_is_clean(f"PK {level} disimpan")
    check(f"PK {level} saved as revision 0 with its three indicators and the DIPA's programs",
          "Revisi 0: " in text() and "Belum ada PK" not in text() and "Nilai SAKIP KPU Kabupaten Contoh" in text()
          and "Rp 2.000.000.000" in text(), problems())

sign_in("ketua.contoh")
for level in ["ketua", "sekretaris"]:
    open_page(office_year(f"/pk/{level}"), f"PK {level} (Ketua)")
    date = driver.find_element(By.ID, "signDate")
    set_value(date, "31 Februari 2025")
    submit_form_of(date)
    after_submit("ditandatangani 6 Januari 2025")
    check(f"PK {level}: an impossible date is refused at its field", "Kolom Tanggal tanda tangan" in problems(), problems())
    page_is_clean(f"PK {level} tanggal ditolak")
    date = driver.find_element(By.ID, "signDate")
    set_value(date, "6 Januari 2025")
    override = driver.find_elements(By.CSS_SELECTOR, "input[name='override']")
    if override:
        override[0].click()
        fill("overrideReason", "Data awal tahun")
    submit_form_of(date)
    wait.until(lambda d: "ditandatangani 6 Januari 2025" in d.page_source or 'role="alert"' in d.page_source)
    check(f"PK {level} signed on the date typed", "ditandatangani 6 Januari 2025" in text(), text()[:400])

# --- 4. Four quarters as tables. -----------------------------------------------------------------------------
sign_in("operator.contoh")
quarters = [("1", "25 %", "1 Laporan", ""), ("2", "50 %", "1 Laporan", ""), ("3", "75 %", "1 Laporan", ""), ("4", "100 %", "1 Laporan", "BB")]
for number, i1, i2, i3 in quarters:
    lines = [["ID Indikator", "Realisasi", "Penjelasan"], ["I1", i1, "Sesuai jadwal"], ["I2", i2, "Laporan triwulan"]]
    if i3:
        lines.append(["I3", i3, "Hasil evaluasi SAKIP"])
    paste(f"realisasi-tw{number}", lines, f"realisations of TW {number}")
open_page(office_year("/realisasi"), "realisasi")
check("the realisation page shows a capaian per quarter", "100,00 %" in text(), problems())
open_page(office_year(""), "dasbor terisi")
check("the filled dashboard shows the office's capaian, no checklist", "Capaian kinerja" in text() and "Langkah pengisian" not in text(), problems())

# --- 5. The Ketua finalises; the LKj downloads and LibreOffice renders it. ----------------------------------
sign_in("ketua.contoh")
open_page(office_year("/dokumen"), "dokumen")
fill("place", "Contoh")
fill("date", "15 Januari 2026")
override = driver.find_elements(By.CSS_SELECTOR, "input[name='override']")
if override:
    override[0].click()
    fill("overrideReason", "Catatan reviu ditindaklanjuti pada LKj berikutnya")
submit_form_of(driver.find_element(By.ID, "place"))
wait.until(lambda d: "LKj final" in d.page_source or 'role="alert"' in d.page_source)
page_is_clean("LKj difinalkan")
check("the documents page says which version is final", "LKj final: Contoh, 15 Januari 2026" in text(), text()[:500])
driver.refresh()
check("refreshing after finalising does not finalise again", "finalisasi ke-2" not in text())

cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
url = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
connection.request("GET", office_year("/dokumen/lkj.docx"), headers={"Cookie": cookie})
response = connection.getresponse()
docx = response.read()
check("the LKj downloads as DOCX", response.status == 200 and docx[:2] == b"PK", f"{response.status} {docx[:80]!r}")
folder = tempfile.mkdtemp()
path = os.path.join(folder, "lkj-contoh-2025.docx")
with open(path, "wb") as f:
    f.write(docx)
profile = "file://" + os.path.join(folder, "profile")
converted = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, path],
                           capture_output=True, text=True, timeout=300)
pdf = path.replace(".docx", ".pdf")
check("LibreOffice renders the LKj", os.path.exists(pdf) and os.path.getsize(pdf) > 20_000, converted.stdout + converted.stderr)
if os.path.exists(pdf):
    rendered = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.replace("\xa0", " ")
    check("the rendered LKj names the office and its year", OFFICE_NAME.upper() in rendered.upper() and "2025" in rendered, rendered[:300])
    check("the rendered LKj carries the measured capaian", "100,00 %" in rendered, rendered[:300])
    with open(os.path.join(args.artifacts, "lkj-contoh-2025.pdf"), "wb") as f, open(pdf, "rb") as g:
        f.write(g.read())

# --- 6. A final LKj refuses a change until the Ketua reopens it with a reason. ------------------------------
sign_in("operator.contoh")
open_page(office_year("/data/realisasi-tw4"), "tabel realisasi TW IV")
rows = driver.find_element(By.ID, "rows")
changed = "ID Indikator\tRealisasi\tPenjelasan\nI1\t95 %\tTerlambat satu dokumen\nI2\t1 Laporan\tLaporan triwulan\nI3\tBB\tHasil evaluasi SAKIP"
set_value(rows, changed)
submit_form_of(rows)
after_submit("disimpan (")
check("a change after finalisation is refused, saying the LKj is final", "sudah final" in text() and "disimpan (" not in driver.page_source, text()[:400])
check("the refused change keeps what was typed", "95 %" in driver.find_element(By.ID, "rows").get_attribute("value"))
page_is_clean("perubahan ditolak karena LKj final")

sign_in("ketua.contoh")
open_page(office_year("/dokumen"), "dokumen (buka kembali)")
reason = driver.find_element(By.CSS_SELECTOR, "form[action$='/lkj/buka-kembali'] textarea[name='reason'], form[action$='/lkj/buka-kembali'] input[name='reason']")
set_value(reason, "Realisasi TW IV I1 dikoreksi setelah verifikasi")
submit_form_of(reason)
wait.until(lambda d: "LKj belum final" in d.page_source or 'role="alert"' in d.page_source)
check("the Ketua reopens the LKj with a reason, which the page shows",
      "LKj belum final" in text() and "Realisasi TW IV I1 dikoreksi setelah verifikasi" in text(), text()[:500])

sign_in("operator.contoh")
paste("realisasi-tw4", [line.split("\t") for line in changed.split("\n")], "the corrected TW IV after reopening")
open_page(office_year("/jejak"), "jejak perubahan")
check("the audit trail records the reopening and the corrected realisation", "95 %" in text(), text()[:500])

print(f"pages checked for JSON, JSON paths and English: {len(pages_seen)}")
driver.quit()
sys.exit(checks.summary("new office"))
