import Foundation
import SakipCore

/// The Rencana Kinerja Tahunan of an office-year as a Word document.
public struct RKTDocument {
    public let officeYear: OfficeYear

    /// Throws when the office-year has no RKT.
    public init(_ officeYear: OfficeYear) throws {
        guard let plan = officeYear.annualPlan, !plan.rows.isEmpty else {
            throw DocumentError.missingData("Rencana Kinerja Tahunan \(officeYear.year) tidak ada dalam data")
        }
        self.officeYear = officeYear
    }

    /// The DOCX bytes.
    public func docx() throws -> Data {
        var document = WordDocument(title: "Rencana Kinerja Tahunan \(officeYear.office.name) Tahun \(officeYear.year)",
                                    author: officeYear.office.name)
        var numbering = TableNumbering()
        RKTWriter.write(&document, officeYear) { title, columns, rows in
            ReportTable(number: numbering.next(in: ""), title: title, columns: columns, rows: rows)
        }
        return try document.docx()
    }
}
