import Foundation
import SakipCore

/// What every LKj section reads: the office-year, its computed measurement, and the tables so far.
struct LKjContext {
    let data: OfficeYear
    let result: MeasurementResult
    let summary: MeasurementSummary
    let comparison: YearComparison
    var numbering = TableNumbering()
    /// Every numbered table in order of appearance (the XLSX export carries them all).
    private(set) var tables: [ReportTable] = []

    init(_ data: OfficeYear) {
        self.data = data
        result = data.measure()
        summary = MeasurementSummary(result)
        comparison = data.yearComparison(result)
    }

    var office: String { data.office.name }
    var year: Int { data.year }

    /// The place written before dates: the report's, else the office's city, else its name.
    var place: String { data.report.place ?? data.office.city ?? office }

    /// The person who signs the LKj: the report's signatory, else the Ketua.
    var signatory: Person? {
        data.report.signatoryId.flatMap(data.person) ?? data.people.first { $0.role == .ketua }
    }

    /// The signature block of the LKj.
    var signer: Signer {
        let date = data.report.date.map(IndonesianDate.format) ?? "…… \(year + 1)"
        let person = signatory
        let position = person?.position ?? "Ketua \(office)"
        return Signer(lines: ["\(place), \(date)", "\(position),"], name: person?.name ?? "(nama penanda tangan)", nip: person?.nip)
    }

    /// Creates, numbers and records a table of a chapter.
    mutating func table(_ chapter: String, _ title: String, columns: [ReportTable.Column], rows: [ReportTable.Row]) -> ReportTable {
        let table = ReportTable(number: numbering.next(in: chapter), title: title, columns: columns, rows: rows)
        tables.append(table)
        return table
    }

    /// The sasaran statement of an id.
    func objectiveStatement(_ id: String?) -> String {
        id.flatMap(data.objective)?.statement ?? "-"
    }

    /// The realisation as the LKj writes it. A rate computed from election or logistics data (a binding, which the
    /// measurement takes before quarterly and table values) is exact, so it is shown with two decimals as its
    /// provenance states it; any other value as entered.
    func realisationText(_ row: IndicatorAchievement) -> String {
        if case .percentage(let value)? = row.realisation, data.boundRealisation(for: row.indicator.id) != nil {
            return IndonesianFormat.percent(value)
        }
        return row.realisation?.description ?? "-"
    }

    /// The budget total of the DIPA tree.
    var budgetTotal: BudgetFigures { data.budget.tree.total }
}
