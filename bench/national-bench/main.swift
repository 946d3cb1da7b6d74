// national-bench: how long the national data set (553 offices × 5 years) takes to generate, summarise and
// consolidate, and how large it is. Prints figures only; tests never assert on time.
//
//   swift run -c release national-bench [--check]
//
// --check also reviews every office-year and prints those whose error codes differ from their scenario's.
import Foundation
import SakipCore

let check = CommandLine.arguments.contains("--check")
let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/seeds")
let templates = try ["asahan-2024-corrected", "pematangsiantar-2024-corrected", "pagaralam-2024-corrected"].map {
    try OfficeYearReader.read(contentsOf: seeds.appendingPathComponent("\($0).json")).officeYear
}

func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000)
}
let seconds = { (value: Double) in String(format: "%.2f s", value) }
let megabytes = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_000_000) }

let (dataSet, prepare) = time { NationalDataSet(templates: templates) }
print("Data set nasional: \(dataSet.offices.count) satker × \(dataSet.years.count) tahun = \(dataSet.scenarios.count) office-year")
print("  persiapan (satker, skenario, pemetaan \(dataSet.mapping.decisions.count) keputusan): \(seconds(prepare))")

let (officeYears, generate) = time { dataSet.allOfficeYears() }
print("  membangkitkan semua office-year di memori (\(ProcessInfo.processInfo.activeProcessorCount) inti): \(seconds(generate))")

if CommandLine.arguments.contains("--generate-only") { exit(0) }

var sequentialCount = 0
let (_, sequential) = time { dataSet.forEachOfficeYear { _, _ in sequentialCount += 1 } }
print("  membangkitkan berurutan (streaming, \(sequentialCount) office-year): \(seconds(sequential))")

let (summaries, summarise) = time { officeYears.map { OfficeYearSummary($0, mapping: dataSet.mapping) } }
print("  ringkasan semua office-year (ukur + reviu): \(seconds(summarise)) (\(String(format: "%.1f", summarise / Double(summaries.count) * 1000)) ms per office-year)")

let encoded = try summaries.map { try $0.jsonData() }

let summaryBytes = encoded.reduce(0) { $0 + $1.count }
let (_, decode) = try time { try encoded.forEach { _ = try OfficeYearSummary.decode($0) } }
print("  JSON ringkasan: \(megabytes(summaryBytes)) (rata-rata \(summaryBytes / encoded.count) bita); decode semua: \(seconds(decode))")
let texts = encoded.map { String(decoding: $0, as: UTF8.self) }
let (_, parse) = try time { try texts.forEach { _ = try JSONParser.parse($0) } }
print("    (JSONParser saja: \(seconds(parse)))")

let statuses = dataSet.scenarios.map(\.status)
let input = ConsolidationInput(offices: dataSet.metadata, summaries: summaries, statuses: statuses, catalogue: dataSet.catalogue,
                               mapping: dataSet.mapping)
let sumut = dataSet.offices.first { $0.name == "KPU Provinsi Sumatera Utara" }!.code
var provinceTimes: [Double] = []
for _ in 0..<11 { provinceTimes.append(time { _ = ProvinceConsolidation.build(provinceCode: sumut, year: 2024, input: input) }.1) }
print("  konsolidasi Provinsi Sumatera Utara 2024 (33 Kab/Kota): median \(String(format: "%.1f", provinceTimes.sorted()[5] * 1000)) ms")
var nationalTimes: [Double] = []
for _ in 0..<5 { nationalTimes.append(time { _ = NationalConsolidation.build(year: 2024, input: input) }.1) }
print("  konsolidasi nasional 2024 (553 satker, 19 IKU, tren 5 tahun): median \(String(format: "%.1f", nationalTimes.sorted()[2] * 1000)) ms")
let (_, inputTime) = time { _ = ConsolidationInput(offices: dataSet.metadata, summaries: summaries, statuses: statuses, mapping: dataSet.mapping) }
print("  menyiapkan masukan konsolidasi (indeks 2.765 ringkasan): \(String(format: "%.1f", inputTime * 1000)) ms")

if !CommandLine.arguments.contains("--no-json") {
    let (json, write) = time { officeYears.map(OfficeYearWriter.write) }
    let bytes = json.reduce(0) { $0 + $1.utf8.count }
    print("  menulis JSON kanonik: \(seconds(write)), ukuran \(megabytes(bytes)) (rata-rata \(bytes / max(json.count, 1) / 1000) kB per office-year)")

    let (_, read) = try time { try json.prefix(200).forEach { _ = try OfficeYearReader.read($0) } }
    print("  membaca ulang 200 office-year: \(seconds(read)) (\(String(format: "%.1f", read / 200 * 1000)) ms per office-year)")

    let (digest, digestTime) = time { dataSet.digest() }
    print("  digest SHA-256 seluruh data: \(digest) (\(seconds(digestTime)))")
}

if check {
    var wrong = 0
    for (officeYear, summary) in zip(officeYears, summaries) {
        let expected = dataSet.scenario(officeCode: officeYear.office.code, year: officeYear.year)?.expectedErrorCodes ?? []
        if Set(summary.review.errorCodes) != expected {
            wrong += 1
            if wrong <= 20 { print("  ! \(officeYear.office.code) \(officeYear.year): diharapkan \(expected.sorted()), reviu \(summary.review.errorCodes)") }
        }
    }
    let warnings = summaries.reduce(0) { $0 + $1.review.warnings }
    let codes = Set(summaries.flatMap(\.review.warningCodes))
    print("  pemeriksaan: \(wrong) office-year dengan kode kesalahan tak terduga; \(warnings) peringatan (\(codes.sorted().joined(separator: ", ")))")
}
