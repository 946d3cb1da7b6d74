import Foundation
import SakipCore

/// What `sakip review` prints: the findings as Indonesian text or as JSON.
struct ReviewOutput {
    let officeYear: OfficeYear
    let file: String
    let report: ReviewReport

    /// The JSON document (docs/reviu.md).
    func json() -> String {
        JSONWriter.write(report.jsonValue(office: officeYear.office, year: officeYear.year, file: file))
    }

    /// The findings grouped by severity, each with its code, place, message, expected and found value.
    func text() -> String {
        var out = ["REVIU LAPORAN KINERJA — \(officeYear.office.name.uppercased()) — TAHUN \(officeYear.year)",
                   "Berkas: \(file)",
                   "Temuan: " + ReviewSeverity.allCases.map { "\(IndonesianFormat.count(report.count($0))) \($0.label)" }
                       .joined(separator: ", ")]
        var number = 0
        for severity in ReviewSeverity.allCases {
            let findings = report.findings(severity)
            guard !findings.isEmpty else { continue }
            out.append("")
            out.append("\(severity.label.uppercased()) (\(findings.count))")
            for finding in findings {
                number += 1
                // The message leads; the check's code and the file path follow for whoever needs them.
                out.append("\(number). \(finding.place)")
                out.append("   \(finding.message)")
                let values = [finding.expected.map { "seharusnya: \($0)" }, finding.found.map { "tertulis: \($0)" }].compactMap { $0 }
                if !values.isEmpty { out.append("   " + values.joined(separator: " · ")) }
                for alternative in finding.alternatives {
                    out.append("   atau: \(alternative.place)\(alternative.expected.map { ", seharusnya \($0)" } ?? "")")
                }
                out.append("   (\(finding.code), \(finding.category.label)\(finding.place.path.map { " · lokasi di berkas: \($0)" } ?? ""))")
            }
        }
        out.append("")
        out.append(report.hasErrors
                   ? "Hasil: ada \(report.count(.error)) kesalahan yang harus diperbaiki sebelum laporan diterbitkan."
                   : "Hasil: tidak ada kesalahan.")
        return out.joined(separator: "\n")
    }
}
