import Foundation
import SakipCore

/// The rows of the planning tables shared by the LKj, the PK and the RKT.
enum PlanTables {
    /// No, Sasaran, Indikator Kinerja, Target (and Target Kegiatan when a row has one); the sasaran is
    /// written on the first row of its indicators.
    static func targets(_ rows: [TargetRow], in data: OfficeYear) -> (columns: [ReportTable.Column], rows: [ReportTable.Row]) {
        let withActivity = rows.contains { $0.activityTarget != nil }
        var columns: [ReportTable.Column] = [.init("No", width: 4), .init("Sasaran", width: 22), .init("Indikator Kinerja", width: 30), .init("Target", width: 10)]
        if withActivity { columns.append(.init("Target Kegiatan", width: 10)) }
        var out: [ReportTable.Row] = []
        var lastObjective: String?
        var number = 0
        for row in rows {
            let objective = row.objectiveId
            let first = objective != lastObjective || objective == nil
            if first { number += 1 }
            lastObjective = objective
            var cells: [ReportTable.Cell] = [
                first ? .text("\(number)") : .empty,
                first ? .text(objective.flatMap(data.objective)?.statement ?? "-") : .empty,
                .text(data.indicator(row.indicatorId)?.statement ?? row.indicatorId),
                .text(row.target.description),
            ]
            if withActivity { cells.append(.text(row.activityTarget ?? "-")) }
            out.append(ReportTable.Row(cells))
        }
        return (columns, out)
    }

    /// No, Program, Anggaran, with the total.
    static func programs(_ programs: [ProgramBudget]) -> (columns: [ReportTable.Column], rows: [ReportTable.Row]) {
        let columns: [ReportTable.Column] = [.init("No", width: 4), .init("Program / Kegiatan", width: 40), .init("Anggaran (Rp)", width: 16)]
        var rows = programs.enumerated().map { index, program in
            let name = program.code.map { "\(program.name) (\($0))" } ?? program.name
            return ReportTable.Row([.text("\(index + 1)"), .text(name), .money(program.amount)])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .money(programs.reduce(Decimal(0)) { $0 + $1.amount })], kind: .total))
        return (columns, rows)
    }
}
