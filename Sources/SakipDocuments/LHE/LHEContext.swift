import Foundation
import SakipCore

/// What every LHE section reads: the evaluation, its LKE version, both scorecards, last year's evaluation, and
/// the tables so far.
struct LHEContext {
    let evaluation: Evaluation
    let version: LKEVersion
    let previous: PreviousEvaluation?
    let comparison: AssessmentComparison
    var numbering = TableNumbering()
    private(set) var tables: [ReportTable] = []

    init(_ evaluation: Evaluation, version: LKEVersion, previous: PreviousEvaluation?) {
        self.evaluation = evaluation
        self.version = version
        self.previous = previous
        comparison = AssessmentComparison(evaluation, version: version)
    }

    var office: String { evaluation.office.name }
    var year: Int { evaluation.year }
    var lhe: LHEContent { evaluation.lhe }
    /// The evaluator's scoring: the one the LHE states.
    var card: Scorecard { comparison.evaluator }

    /// The evaluating unit, as the letter's head and the closing name it.
    var unit: String { lhe.evaluatorUnit ?? "Inspektorat Utama Sekretariat Jenderal Komisi Pemilihan Umum" }

    /// "78,85 dengan predikat BB (Sangat Baik)".
    var scoreSentence: String {
        let predikat = card.predikat.map { " dengan predikat \($0.predikat.code) (\($0.name))" } ?? ""
        return "\(LKEScore.text(card.total))\(predikat)"
    }

    /// Whom the letter is for: the LHE's addressee, else the office's Ketua.
    var addressee: String { lhe.addressee ?? "Ketua \(office)" }

    /// Creates, numbers and records a table of a chapter.
    mutating func table(_ chapter: String, _ title: String, columns: [ReportTable.Column], rows: [ReportTable.Row]) -> ReportTable {
        let table = ReportTable(number: numbering.next(in: chapter), title: title, columns: columns, rows: rows)
        tables.append(table)
        return table
    }

    /// The signature block: place and date, on whose behalf, the position, the name and NIP.
    var signer: Signer {
        let date = lhe.date.map(IndonesianDate.format) ?? "…… \(year + 1)"
        let place = lhe.place ?? "Jakarta"
        guard let signatory = lhe.signatory else {
            return Signer(lines: ["\(place), \(date)", "\(unit),"], name: "(nama penanda tangan)", nip: nil)
        }
        let lines = ["\(place), \(date)"] + (signatory.onBehalfOf.map { [$0] } ?? []) + ["\(signatory.position),"]
        return Signer(lines: lines, name: signatory.name, nip: signatory.nip)
    }

    /// A weight as the regulation writes it ("30", "4,5").
    static func weight(_ value: Decimal) -> ReportTable.Cell { .text(IndonesianFormat.plain(value)) }

    /// A score with two decimals ("24,60").
    static func score(_ value: Decimal?) -> ReportTable.Cell { value.map { .number($0, .decimal) } ?? .text("-") }
}
