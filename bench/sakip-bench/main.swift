// sakip-bench: how long generating one LKj takes (median of N runs), DOCX and XLSX, from a seed; and how long
// a table of as many rows as a table may have (Sheet.maximumRows) takes to import, twice.
//
//   swift run -c release sakip-bench [FILE.json] [RUNS] [ROWS]
//
// Prints figures only; tests never assert on time.
import Foundation
import SakipCore
import SakipDocuments

let arguments = CommandLine.arguments.dropFirst()
let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/seeds")
let file = arguments.first.map { URL(fileURLWithPath: $0) } ?? seeds.appendingPathComponent("asahan-2024-corrected.json")
let runs = arguments.dropFirst().first.flatMap { Int($0) } ?? 21
let tableRows = arguments.dropFirst(2).first.flatMap { Int($0) } ?? Sheet.maximumRows

let officeYear = try OfficeYearReader.read(contentsOf: file).officeYear

/// The median wall time of `runs` calls, in milliseconds, and the size of the last result.
func measure(_ body: () throws -> Data) rethrows -> (median: Double, bytes: Int) {
    var times: [Double] = []
    var bytes = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        bytes = try body().count
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return (times.sorted()[times.count / 2], bytes)
}

let docx = try measure { try LKjDocument(officeYear).docx() }
let xlsx = try measure { try LKjDocument(officeYear).xlsx() }
let format = { (value: Double) in String(format: "%.1f", value) }
print("LKj \(officeYear.office.name) \(officeYear.year), \(runs) kali:")
print("  DOCX median \(format(docx.median)) ms (\(docx.bytes) bita)")
print("  XLSX median \(format(xlsx.median)) ms (\(xlsx.bytes) bita)")

let table = try tableImportSeconds(rows: tableRows, into: officeYear)
print("Impor tabel distribusi logistik \(IndonesianFormat.count(tableRows)) baris dari workbook .xlsx:")
print("  membaca workbook \(format(table.read)) s, mencari tabel \(format(table.find)) s, menerapkan \(format(table.first)) s,")
print("  menerapkan lagi (tiap baris dicocokkan dengan baris tersimpan) \(format(table.again)) s")
