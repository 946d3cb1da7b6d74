"""Builds the workbook fixtures for the import tests: Pagar Alam's DPT recap (Tabel 3.3) and logistics
tables (Tabel 4, 5, 6) in the layout the seed prints, with title lines, merged two-row headers, the row of
column numbers and the "Jumlah" line. Run with openpyxl installed: python3 make_fixtures.py"""
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font


def title(ws, lines):
    for text in lines:
        ws.append([text])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append([])


def dpt(path, broken=False):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 3.3"
    title(ws, ["Tabel 3.3", "Rekapitulasi Daftar Pemilih Tetap (DPT) Pemilihan Gubernur dan Wakil Gubernur serta "
                            "Walikota dan Wakil Walikota Tahun 2024 Tingkat Kota Pagar Alam"])
    ws.append(["No", "Nama Kecamatan", "Jumlah Desa/Kel", "Jumlah TPS", "Jumlah Pemilih", None, None, "Ket"])
    top = ws.max_row
    ws.append([None, None, None, None, "L", "P", "L+P", None])
    for column in "ABCDH":
        ws.merge_cells(f"{column}{top}:{column}{top + 1}")
    ws.merge_cells(f"E{top}:G{top}")
    rows = [
        (1, "Pagaralam Utara", 10, 70, 16561, 16133, 32694),
        (2, "Pagaralam Selatan", 8, 73, 18215, 18166, 36381),
        (3, "Dempo Utara", 7, 46, 8956, 8496, 17452),
        (4, "Dempo Selatan", 5, 30, 5152, 4718, 9870),
        (5, "Dempo Tengah", 5, 950, 6004, 5515, 11519),
    ]
    for row in rows:
        ws.append(list(row))
    if broken:
        ws.cell(top + 3, 5).value = "16.5x1"      # E(top+3): a count that is not a number
        ws.cell(top + 5, 4).value = None          # D(top+5): TPS missing
    ws.append([None, None, 35, 248, 54888, 53028, 107916])
    wb.save(path)


def logistics(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabel 4"
    title(ws, ["Tabel 4", "Pendistribusian Logistik Pemilihan dari KPU Kota Pagar Alam Tahun 2024 ke TPS"])
    ws.append(["No", "Kelurahan", "Jumlah TPS", "Jumlah Kotak Suara Berisi Logistik (Buah)",
               "Jumlah Kantong Plastik Berisi Logistik (Bungkus)", "Tanggal Pengiriman", "Tanggal Ketibaan di TPS", "Mode Angkutan"])
    ws.append([1, 2, 3, 4, 5, 6, 7, 8])
    villages = [("Dempo Makmur", 7), ("Bangun Rejo", 9), ("Curup Jare", 4), ("Pagar Alam", 12), ("Sukorejo", 8)]
    for number, (name, tps) in enumerate(villages, 1):
        sent = datetime.date(2024, 11, 26) if number % 2 else "26-11-2024"
        ws.append([number, name, tps, tps * 2, tps * 4, sent, "26-11-2024", "Truck, Pick up dan Motor"])
        if isinstance(sent, datetime.date):
            ws.cell(ws.max_row, 6).number_format = "DD/MM/YYYY"
    ws.append(["Jumlah", None, 40, 80, 160])

    ws = wb.create_sheet("Tabel 5")
    title(ws, ["Tabel 5", "Mode Transportasi Logistik Pemilihan Tahun 2024"])
    ws.append(["No", "Jenis Transportasi", "Jumlah Mode Transportasi", None, None, None])
    top = ws.max_row
    ws.append([None, None, "PPK", "PPS", "TPS", None])
    ws.merge_cells(f"C{top}:E{top}")
    ws.append([1, 2, 3, 4, 5, 6])
    for number, (mode, ppk, pps, tps, share) in enumerate([
            ("Pesawat/Helikopter", None, None, None, "0,00%"), ("Mobil Truck", 7, None, None, "0,00%"),
            ("Mobil Pick up", None, 35, None, "0,00%"), ("Sepeda Motor/ Sepeda Kayuh", None, None, 138, "100,00%")], 1):
        ws.append([number, mode, ppk, pps, tps, share])
    ws.append([None, "Jumlah", 7, 35, 138])

    ws = wb.create_sheet("Tabel 6")
    title(ws, ["Tabel 6", "Hasil Penyortiran Penghitungan Logistik Pemilihan Tahun 2024"])
    ws.append(["No", "Jenis Logistik", "Satuan", "Jumlah Yang di Pesan", "Jumlah Yang di Terima", "Hasil Penyortiran", None,
               "Permintaan Kekurangan/ Rusak", None])
    top = ws.max_row
    ws.append([None, None, None, None, None, "Baik", "Rusak", "(n)", "%"])
    ws.merge_cells(f"F{top}:G{top}")
    ws.merge_cells(f"H{top}:I{top}")
    ws.append([1, 2, 3, 4, 5, 6, 7, 8, 9])
    for number, row in enumerate([
            ("Kotak Suara", "Buah", 506, 501, 501, 5, 5, 5),
            ("Tinta", "Botol", 496, 506, 503, 3, 0, 0),
            ("Bilik Pemungutan Suara", "Buah", 992, 992, 992, 0, 0, 0),
            ("Segel", "Keping", 12478, 10999, 10999, 0, 1479, 1479)], 1):
        ws.append([number, *row])
    ws.append([])
    ws.append(["Keterangan:"])
    ws.append(["1. Kolom (6) diisi jika jumlah Kolom (4) lebih besar dari Kolom (5)"])
    wb.save(path)


dpt("pagaralam-dpt.xlsx")
dpt("pagaralam-dpt-salah.xlsx", broken=True)
logistics("pagaralam-logistik.xlsx")
