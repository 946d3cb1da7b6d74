// pdf-batch-bench: converts a province's LKj to PDF one by one (a fresh LibreOffice and profile per document, as
// PDFConverter does), in one batch run with one reused profile (BatchPDFConverter with one lane), and split over one
// LibreOffice per core (its default lanes), and prints the times, then the province's ZIP bundle with PDFs. Prints
// figures only; tests never assert on time.
//
//   swift run -c release pdf-batch-bench [count] [--no-baseline]
//
// count: how many LKj of KPU Kabupaten/Kota se-Provinsi Sumatera Utara 2024 to convert (default 33, the whole province).
import Foundation
import SakipCore
import SakipDocuments

let arguments = CommandLine.arguments.dropFirst()
let count = arguments.compactMap { Int($0) }.first ?? 33
let baseline = !arguments.contains("--no-baseline")
guard PDFConverter.sofficePath() != nil else {
    print(PDFConverter.missingMessage)
    exit(1)
}

func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000)
}
let seconds = { (value: Double) in String(format: "%.1f s", value) }

let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/seeds")
let dataSet = try NationalDataSet.reference(seedDirectory: seeds, configuration: .init(years: 2024...2024))
guard let sumut = dataSet.offices.first(where: { $0.name == "KPU Provinsi Sumatera Utara" }) else { exit(1) }
let kabKota = dataSet.offices.filter { $0.metadata.level == .kabupatenKota && $0.metadata.provinceCode == sumut.code }.prefix(count)
let officeYears = kabKota.compactMap { dataSet.officeYear(officeCode: $0.code, year: 2024) }
let (documents, render) = try time {
    try officeYears.map { BatchPDFConverter.Document(name: "lkj-\($0.office.code)-2024.docx", data: try LKjDocument($0).docx()) }
}
print("LKj KPU Kabupaten/Kota se-Provinsi Sumatera Utara 2024: \(documents.count) dokumen, DOCX dibentuk dalam \(seconds(render))")

if baseline {
    let (_, oneByOne) = try time { try documents.forEach { _ = try PDFConverter.convert($0.data, fileExtension: "docx") } }
    print("  satu per satu (LibreOffice dan profil baru tiap dokumen): \(seconds(oneByOne)) (\(seconds(oneByOne / Double(documents.count))) per dokumen)")
}

let profile = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-bench-profile-\(UUID().uuidString)")
let single = BatchPDFConverter(profileDirectory: profile, lanes: 1)
let (pdfs, cold) = try time { try single.convert(documents) }
print("  satu proses LibreOffice, profil baru: \(seconds(cold)) (\(seconds(cold / Double(documents.count))) per dokumen)")
let (_, warm) = try time { try single.convert(documents) }
print("  satu proses LibreOffice, profil dipakai ulang: \(seconds(warm)) (\(seconds(warm / Double(documents.count))) per dokumen)")
print("  ukuran PDF: \(pdfs.reduce(0) { $0 + $1.count } / 1000) kB")
let converter = BatchPDFConverter(profileDirectory: profile)
defer { converter.removeProfile() }
let (_, lanesCold) = try time { try converter.convert(documents) }
let (_, lanes) = try time { try converter.convert(documents) }
print("  \(converter.lanes) proses LibreOffice berdampingan (satu per inti), profil baru lalu dipakai ulang: \(seconds(lanesCold)), \(seconds(lanes)) "
      + "(\(seconds(lanes / Double(documents.count))) per dokumen)")

let members = officeYears.map { officeYear in
    ProvinceBundle.Member(officeYear: officeYear, status: dataSet.scenario(officeCode: officeYear.office.code, year: 2024)?.status)
}
let bundle = ProvinceBundle(provinceName: "Sumatera Utara", year: 2024, members: members)
let (zip, bundleTime) = try time { try bundle.zip(converter: converter) }
let accepted = bundle.documents().files.count
print("  ZIP \(bundle.fileName): \(accepted) dokumen diterima (DOCX + PDF), \(zip.count / 1000) kB, \(seconds(bundleTime))")
