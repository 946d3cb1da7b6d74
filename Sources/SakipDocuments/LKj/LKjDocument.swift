import Foundation
import SakipCore

/// The Laporan Kinerja (LKj) of an office-year, in the structure of PermenPANRB 53/2014 (DOMAIN §8):
/// cover, Kata Pengantar, Ikhtisar Eksekutif, Daftar Isi, BAB I–IV and the PK and RKT as appendices.
///
/// Every figure comes from the office-year's computed results; identical data gives identical bytes.
public struct LKjDocument {
    public let officeYear: OfficeYear
    /// For a KPU Provinsi's own LKj: its Kab/Kota consolidated, printed as the last appendix.
    public let consolidation: ProvinceConsolidation?
    /// A line printed in every page's footer: the digest of the submitted version the LKj was made from.
    public let footerNote: String?

    public init(_ officeYear: OfficeYear, consolidation: ProvinceConsolidation? = nil, footerNote: String? = nil) {
        self.officeYear = officeYear
        self.consolidation = consolidation
        self.footerNote = footerNote
    }

    /// The LKj as a Word document (DOCX).
    public func docx() throws -> Data {
        try build().document.docx()
    }

    /// The DOCX with the table of contents' page numbers written in, when LibreOffice and pdftotext are
    /// installed: LibreOffice shows a Word table of contents as stored, without refreshing it. Without them,
    /// the plain DOCX (Word refreshes the field when the document opens).
    public func docxWithPageNumbers() throws -> Data {
        let document = try build().document
        guard PDFConverter.sofficePath() != nil,
              let first = try? PDFConverter.convert(document.docx(), fileExtension: "docx"),
              let pages = TOCPages.pageTexts(of: first) else { return try document.docx() }
        return try document.docx(pageNumbers: TOCPages.locate(document.headings, before: document.headingsBeforeTOC, in: pages))
    }

    /// The LKj as PDF through LibreOffice, with the table of contents' page numbers filled in: a first
    /// rendering finds each heading's page, the second prints them. Throws when LibreOffice is missing.
    public func pdf() throws -> Data {
        let document = try build().document
        let first = try PDFConverter.convert(document.docx(), fileExtension: "docx")
        guard let pages = TOCPages.pageTexts(of: first) else { return first }
        let numbers = TOCPages.locate(document.headings, before: document.headingsBeforeTOC, in: pages)
        return try PDFConverter.convert(document.docx(pageNumbers: numbers), fileExtension: "docx")
    }

    /// Every numbered table of the LKj, one worksheet each (XLSX).
    public func xlsx() throws -> Data {
        var workbook = Workbook()
        for table in try build().tables { workbook.add(table) }
        return try workbook.xlsx()
    }

    /// Every numbered table, in order.
    public func tables() throws -> [ReportTable] { try build().tables }

    private func build() throws -> (document: WordDocument, tables: [ReportTable]) {
        var context = LKjContext(officeYear)
        var document = WordDocument(title: "Laporan Kinerja \(officeYear.office.name) Tahun \(officeYear.year)",
                                    author: officeYear.office.name)
        document.footerNote = footerNote
        LKjFrontMatter.write(&document, &context)
        LKjChapter1.write(&document, &context)
        LKjChapter2.write(&document, &context)
        LKjChapter3Measurement.write(&document, &context)
        LKjChapter3Budget.write(&document, &context)
        LKjChapter4.write(&document, &context)
        let appendices = LKjAppendix.write(&document, &context)
        if let consolidation { LKjConsolidationAnnex.write(&document, &context, consolidation, number: appendices + 1) }
        return (document, context.tables)
    }
}
