import Foundation
import SakipCore

/// The Laporan Hasil Evaluasi (LHE) of an evaluation (LKE.md §4.4): the letter, I Pendahuluan, the follow-up of
/// last year's recommendations, II Hasil Evaluasi (score, predikat and its interpretation, the table per component
/// with this year's and last year's scores, notes per component), III Rekomendasi per component, IV Penutup, the
/// signature and copies, and the filled LKE (office beside evaluator) as the annex.
///
/// Built from the evaluation and its LKE version only: identical data gives identical bytes.
public struct LHEDocument {
    public let evaluation: Evaluation
    public let version: LKEVersion
    public let previous: PreviousEvaluation?

    /// Throws when `version` is not the one the evaluation was made with.
    public init(_ evaluation: Evaluation, version: LKEVersion, previous: PreviousEvaluation? = nil) throws {
        guard evaluation.lke.matches(version) else {
            throw DocumentError.missingData("LKE \(evaluation.lke.id) yang dipakai evaluasi ini tidak tersedia (isinya berbeda)")
        }
        self.evaluation = evaluation
        self.version = version
        self.previous = previous
    }

    /// The LHE as a Word document (DOCX).
    public func docx() throws -> Data { try build().document.docx() }

    /// The LHE as PDF through LibreOffice; throws when LibreOffice is missing.
    public func pdf() throws -> Data { try PDFConverter.convert(docx(), fileExtension: "docx") }

    /// Every numbered table, in order.
    public func tables() -> [ReportTable] { build().tables }

    /// "lhe-655921-2024.docx".
    public var fileName: String { "lhe-\(evaluation.office.code)-\(evaluation.year).docx" }

    private func build() -> (document: WordDocument, tables: [ReportTable]) {
        var context = LHEContext(evaluation, version: version, previous: previous)
        var document = WordDocument(title: "Laporan Hasil Evaluasi AKIP \(evaluation.office.name) Tahun \(evaluation.year)",
                                    author: context.unit)
        LHELetter.write(&document, context)
        LHEIntroduction.write(&document, &context)
        LHEResults.write(&document, &context)
        LHEClosing.write(&document, context)
        LHEAnnex.write(&document, &context)
        return (document, context.tables)
    }
}
