import Foundation
import SakipCore

/// Every document the application and the command line produce, by kind and format, in one place.
public enum DocumentRenderer {
    /// Which document.
    public enum Kind: String, CaseIterable, Sendable { case lkj, pk, rkt, reviu }

    /// Which file format.
    public enum Format: String, CaseIterable, Sendable {
        case docx, xlsx, pdf

        /// The media type of a file of this format.
        public var mediaType: String {
            switch self {
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            case .pdf: "application/pdf"
            }
        }
    }

    /// The bytes of a document. `reviewedOn` dates the Lembar Reviu; `tocPageNumbers` writes the LKj's table of
    /// contents page numbers into its DOCX when LibreOffice can find them (see ``LKjDocument/docxWithPageNumbers()``);
    /// `consolidation` appends a KPU Provinsi's Kab/Kota consolidation to its LKj; `footerNote` is printed in every
    /// page's footer of an LKj or PK (the digest of a submitted version).
    public static func render(_ kind: Kind, _ officeYear: OfficeYear, format: Format, level: PerformanceAgreement.Level = .ketua,
                              revision: Int? = nil, reviewedOn: CalendarDate? = nil, tocPageNumbers: Bool = false,
                              consolidation: ProvinceConsolidation? = nil, footerNote: String? = nil) throws -> Data {
        if format == .xlsx && kind != .lkj {
            throw DocumentError.missingData("format xlsx hanya tersedia untuk LKj (seluruh tabel LKj)")
        }
        let docx: Data
        switch kind {
        case .lkj:
            let lkj = LKjDocument(officeYear, consolidation: consolidation, footerNote: footerNote)
            if format == .xlsx { return try lkj.xlsx() }
            if format == .pdf { return try lkj.pdf() }
            docx = tocPageNumbers ? try lkj.docxWithPageNumbers() : try lkj.docx()
        case .pk:
            var pk = try PKDocument(officeYear, level: level, revision: revision)
            pk.footerNote = footerNote
            docx = try pk.docx()
        case .rkt: docx = try RKTDocument(officeYear).docx()
        case .reviu:
            let date = reviewedOn ?? officeYear.report.date ?? CalendarDate(year: officeYear.year + 1, month: 1, day: 31)!
            docx = try ReviewSheetDocument(officeYear, reviewedOn: date).docx()
        }
        return format == .pdf ? try PDFConverter.convert(docx, fileExtension: "docx") : docx
    }

    /// "lkj-655921-2024.docx", "pk-sekretaris-r1-655921-2024.pdf".
    public static func fileName(_ kind: Kind, officeCode: String, year: Int, format: Format,
                                level: PerformanceAgreement.Level = .ketua, revision: Int? = nil) -> String {
        var name = kind.rawValue
        if kind == .pk { name += "-\(level.rawValue)" + (revision.map { "-r\($0)" } ?? "") }
        return "\(name)-\(officeCode)-\(year).\(format.rawValue)"
    }
}
