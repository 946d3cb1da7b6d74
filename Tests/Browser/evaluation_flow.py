"""The SAKIP evaluation (issue 14) in the real browser, on the demo's Asahan 2024, run by browser_test.py with its
driver: the office's operator starts the evaluation and answers every criterion, the leader submits it; the
Provinsi's evaluator scores it beside the office's answers, overrides the rating of 1.c with a written
justification, keeps the consistency warning that follows with a note, closes the scoring, fills the LHE, adds a
recommendation and issues the LHE (downloaded as DOCX); the office records a follow-up, the evaluator verifies it;
the Provinsi's recap shows the office's score (and downloads as XLSX)."""
import http.client
import urllib.parse

import browser_support

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def run(driver, wait, base, office, province, check, sign_in, screenshot):
    evaluation = f"{base}/kantor/{office}/2024/evaluasi"

    def main_text():
        return driver.find_element(By.TAG_NAME, "main").text

    def click(element_id, then):
        """Clicks a button and waits until the next page shows `then` (or an error)."""
        button = driver.find_element(By.ID, element_id)
        button.click()
        wait.until(lambda d: browser_support.is_left(button))
        wait.until(lambda d: then in d.page_source or 'role="alert"' in d.page_source)

    def type_into(element_id, text):
        field = driver.find_element(By.ID, element_id)
        field.clear()
        field.send_keys(text)

    def download(path):
        """Fetches a file with the browser's session cookie: status, content type, first bytes, size."""
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
        url = urllib.parse.urlparse(base)
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        connection.request("GET", path, headers={"Cookie": cookie})
        response = connection.getresponse()
        content = response.read()
        return response.status, response.getheader("Content-Type") or "", content[:4], len(content)

    # The office starts its evaluation from its data and answers every criterion.
    sign_in("operator.asahan")
    driver.get(evaluation)
    check("the evaluation page says it has not started", "belum dimulai" in main_text(), main_text()[:300])
    click("start-evaluation", "Penilaian mandiri SAKIP")
    check("starting opens the self-assessment with the suggestions from the data",
          "Saran dari data" in main_text() and "dimulai dengan" in main_text(), main_text()[:300])
    selects = driver.find_elements(By.CSS_SELECTOR, "form.lke select[name^='met[']")
    check("the self-assessment asks all 80 criteria", len(selects) == 80, str(len(selects)))
    for select in selects:
        Select(select).select_by_value("ada")
    for box in driver.find_elements(By.CSS_SELECTOR, "form.lke input[name^='mandate[']"):
        if not box.is_selected():
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", box)
            box.click()
    type_into("k-3.a.4-evidence", "LHR Inspektorat Nomor 12/PW.01/2025")
    click("save-self-assessment", "Penilaian mandiri disimpan.")
    check("the office's answers are saved and scored 80,00 (BB)",
          "Penilaian mandiri disimpan." in main_text() and "80,00 (BB, Sangat Baik)" in main_text(), main_text()[:400])
    screenshot("evaluasi-mandiri")

    # The leader submits it.
    sign_in("ketua.asahan")
    driver.get(evaluation + "/mandiri")
    click("submit-self-assessment", "diajukan ke evaluator")
    check("the leader submits the self-assessment", "Diajukan ke evaluator" in main_text(), main_text()[:300])

    # The Provinsi's evaluator scores beside the office and overrides 1.c with a justification.
    sign_in("evaluator.sumut")
    driver.get(evaluation + "/penilaian")
    check("the evaluator sees the office's score beside its own", "80,00 (BB, Sangat Baik)" in main_text(), main_text()[:300])
    Select(driver.find_element(By.ID, "override-1.c")).select_by_value("A")
    type_into("justification-1.c", "Monev rencana aksi bulanan dipakai pimpinan dalam setiap rapat kinerja")
    click("save-scoring", "Penilaian evaluator disimpan.")
    check("the override counts: 81,50 (A), a gap of +1,50",
          "81,50 (A, Memuaskan)" in main_text() and "+1,50" in main_text(), main_text()[:400])
    check("the override raises the Pemanfaatan-over-Kualitas warning", "LKE-PEMANFAATAN-KUALITAS" in main_text())
    screenshot("evaluasi-penilaian")
    click("complete-scoring", "peringatan konsistensi")
    check("the scoring cannot close with an open warning", "peringatan konsistensi" in main_text())
    type_into("warning-LKE-PEMANFAATAN-KUALITAS:1", "Pemanfaatan melampaui kualitas karena monev bulanan sudah berjalan")
    click("save-scoring", "Penilaian evaluator disimpan.")
    click("complete-scoring", "Penilaian evaluator diselesaikan")
    check("with the warning noted, the scoring closes", "Penilaian evaluator diselesaikan" in main_text(), main_text()[:300])

    # The LHE: its data, a recommendation, issued, downloaded.
    type_into("lhe-number", "12/PW.01/2025")
    type_into("lhe-date", "5 Agustus 2025")
    type_into("lhe-place", "Medan")
    type_into("lhe-signatoryName", "Drs. Evaluator Sumut")
    type_into("lhe-signatoryPosition", "Sekretaris KPU Provinsi Sumatera Utara")
    click("save-lhe", "Data LHE disimpan.")
    type_into("rec-text", "Agar menyusun rencana aksi dengan target bulanan")
    type_into("rec-person", "Sekretaris KPU Kabupaten Asahan")
    type_into("rec-target", "30 Juni 2025")
    click("add-recommendation", "Rekomendasi ditambahkan.")
    check("the recommendation is listed as overdue", "Melewati target" in main_text(), main_text()[:400])
    click("issue-lhe", "LHE diterbitkan")
    check("the LHE is issued", "LHE terbit" in main_text(), main_text()[:300])
    status, kind, head, size = download(f"/kantor/{office}/2024/evaluasi/lhe/lhe-{office}-2024.docx")
    check(f"the LHE downloads as DOCX ({size} bytes)", status == 200 and head[:2] == b"PK" and "wordprocessingml" in kind, f"{status} {kind}")
    screenshot("evaluasi-lhe")

    # The office records a follow-up.
    sign_in("operator.asahan")
    driver.get(evaluation + "/tindak-lanjut")
    type_into("tl-text-R1", "Rencana aksi 2025 dengan target bulanan ditetapkan")
    type_into("tl-evidence-R1", "https://kab-asahan.kpu.go.id/renaksi-2025.pdf")
    driver.find_element(By.ID, "tl-completes-R1").click()
    button = driver.find_element(By.CSS_SELECTOR, "form.follow-up button[type=submit]")
    button.click()
    wait.until(lambda d: browser_support.is_left(button))
    wait.until(lambda d: "dicatat" in d.page_source or 'role="alert"' in d.page_source)
    check("the office's follow-up awaits verification", "Menunggu verifikasi" in main_text(), main_text()[:400])

    # The evaluator verifies it.
    sign_in("evaluator.sumut")
    driver.get(evaluation + "/tindak-lanjut")
    screenshot("evaluasi-tindak-lanjut")
    click("verify-R1-TL1", "diterima")
    check("the evaluator accepts it and the recommendation is done",
          "Diterima" in main_text() and "1 dari 1" in main_text() and "Melewati target" not in main_text(), main_text()[:400])

    # The Provinsi's recap shows the score.
    driver.get(f"{base}/kantor/{province}/2024/rekap-evaluasi")
    row = driver.find_element(By.ID, f"rekap-{office}").text
    check("the province recap shows Asahan with 81,50 (A)", "81,50" in row and "A (Memuaskan)" in row, row)
    status, kind, head, size = download(f"/kantor/{province}/2024/rekap-evaluasi.xlsx")
    check(f"the recap downloads as XLSX ({size} bytes)", status == 200 and head[:2] == b"PK", f"{status} {kind}")
    screenshot("evaluasi-rekap")

