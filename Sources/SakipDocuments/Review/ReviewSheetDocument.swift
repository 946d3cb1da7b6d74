import Foundation
import SakipCore

/// The Lembar Reviu: every finding of the automatic review of an office-year, for the reviewer
/// (Inspektorat) to work through and sign, per PermenPANRB 53/2014.
public struct ReviewSheetDocument {
    public let officeYear: OfficeYear
    public let report: ReviewReport
    /// The review date printed on the sheet; given, so that identical data gives identical bytes.
    public let reviewedOn: CalendarDate

    public init(_ officeYear: OfficeYear, reviewedOn: CalendarDate) {
        self.officeYear = officeYear
        self.report = officeYear.review()
        self.reviewedOn = reviewedOn
    }

    /// The DOCX bytes.
    public func docx() throws -> Data {
        let office = officeYear.office.name
        var document = WordDocument(title: "Lembar Reviu LKj \(office) Tahun \(officeYear.year)", author: office)
        document.title("LEMBAR REVIU", size: 14, spaceAfter: 0)
        document.title("LAPORAN KINERJA \(office.uppercased()) TAHUN \(officeYear.year)", size: 12, spaceAfter: 12)
        document.text("Tanggal reviu: \(IndonesianDate.format(reviewedOn)). Reviu otomatis e-SAKIP KPU memeriksa "
            + "\(ReviewCatalogue.standard.count) aturan (aritmetika, logika, kelengkapan, kronologi dan kesesuaian antarbagian) "
            + "dan menemukan \(report.count(.error)) kesalahan, \(report.count(.warning)) peringatan dan \(report.count(.note)) catatan.")
        if report.findings.isEmpty {
            document.text("Tidak ada temuan: angka-angka laporan konsisten dengan datanya.")
        } else {
            var numbering = TableNumbering()
            for severity in [ReviewSeverity.error, .warning, .note] {
                let findings = report.findings(severity)
                guard !findings.isEmpty else { continue }
                let rows = findings.enumerated().map { index, finding in
                    ReportTable.Row([.number(Decimal(index + 1), .integer), .text(finding.code), .text(finding.place.description),
                                     .text(finding.message), .text(finding.expected ?? "-"), .text(finding.found ?? "-"),
                                     .text("")])
                }
                document.table(ReportTable(number: numbering.next(in: ""), title: "Temuan tingkat \(severity.label) (\(findings.count))",
                                           columns: [.init("No", width: 4), .init("Kode", width: 12), .init("Lokasi", width: 20),
                                                     .init("Uraian", width: 34), .init("Seharusnya", width: 10),
                                                     .init("Tertulis", width: 10), .init("Tindak lanjut", width: 10)],
                                           rows: rows))
            }
        }
        document.emptyLines(1)
        let place = officeYear.office.city ?? office
        document.raw(SignatureBlock.xml(left: Signer(lines: ["", "Penanggung jawab laporan,", "Sekretaris \(office),"],
                                                     name: officeYear.people.first { $0.role == .sekretaris }?.name ?? "(nama)", nip: officeYear.people.first { $0.role == .sekretaris }?.nip),
                                        right: Signer(lines: ["\(place), \(IndonesianDate.format(reviewedOn))", "Reviu,"],
                                                      name: "(nama pereviu)", nip: nil)))
        return try document.docx()
    }
}
