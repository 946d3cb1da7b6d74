import Foundation
import SakipCore

/// A Perjanjian Kinerja as a Word document: one level (Ketua or Sekretaris) and one signed revision.
public struct PKDocument {
    public let officeYear: OfficeYear
    public let agreement: PerformanceAgreement
    /// A line printed in every page's footer: the digest of the submitted version the PK was made from.
    public var footerNote: String?

    /// The PK of a level; the latest revision unless `revision` names one. Throws when there is none.
    public init(_ officeYear: OfficeYear, level: PerformanceAgreement.Level = .ketua, revision: Int? = nil) throws {
        let candidates = officeYear.agreements.filter { $0.level == level }
        let chosen = revision.map { number in candidates.first { $0.revision == number } } ?? candidates.current(level)
        guard let chosen else {
            let which = revision.map { " revisi \($0)" } ?? ""
            throw DocumentError.missingData("\(level.label)\(which) tahun \(officeYear.year) tidak ada dalam data")
        }
        self.officeYear = officeYear
        self.agreement = chosen
    }

    /// The DOCX bytes.
    public func docx() throws -> Data {
        var document = WordDocument(title: "Perjanjian Kinerja \(officeYear.office.name) Tahun \(officeYear.year)",
                                    author: officeYear.office.name)
        document.footerNote = footerNote
        var numbering = TableNumbering()
        PKWriter.write(&document, agreement, officeYear) { title, columns, rows in
            ReportTable(number: numbering.next(in: ""), title: title, columns: columns, rows: rows)
        }
        return try document.docx()
    }
}
