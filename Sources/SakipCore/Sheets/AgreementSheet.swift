import Foundation

/// The PK tables of a level (its indicators and targets, its programs) edited as pasted text: the
/// current revision's rows, and a paste that changes them through ``OfficeYear/reviseAgreement(_:to:)``,
/// so a signed PK stays as signed and the change becomes a new draft revision.
public enum AgreementSheet {
    /// The PK level and part a sheet edits; nil for other sheets.
    public static func part(of id: Sheet.ID) -> (level: PerformanceAgreement.Level, programs: Bool)? {
        switch id {
        case .agreementKetua: (.ketua, false)
        case .agreementKetuaPrograms: (.ketua, true)
        case .agreementSekretaris: (.sekretaris, false)
        case .agreementSekretarisPrograms: (.sekretaris, true)
        default: nil
        }
    }

    /// The current revision's rows as text cells.
    static func rows(_ sheet: Sheet, of file: OfficeYear) -> [[String]] {
        guard let part = part(of: sheet.id), let agreement = file.agreements.current(part.level) else { return [] }
        if part.programs {
            return agreement.programs.map { [$0.code ?? "", $0.name, BudgetSheet.money($0.amount)] }
        }
        return agreement.rows.map { [$0.objectiveId ?? "", $0.indicatorId, $0.target.fileSpelling] }
    }

    /// `file` with the level's PK part replaced by `rows`; refused with every problem, each at its line
    /// and column. Rows equal to the current PK's change nothing; an empty table for a level without a PK
    /// creates none.
    static func apply(_ sheet: Sheet, rows: [(line: Int, cells: [String])], to file: OfficeYear) throws(SheetRejection) -> SheetResult {
        guard let part = part(of: sheet.id) else { throw SheetRejection(problems: []) }
        // The table pasted back as shown changes nothing, even when a stored (imported) target is wrong.
        let shown = Self.rows(sheet, of: file)
        if rows.map({ $0.cells + Array(repeating: "", count: max(0, sheet.columns.count - $0.cells.count)) }) == shown {
            return SheetResult(officeYear: file, warnings: [])
        }
        let current = file.agreements.current(part.level)
        var content = current.map(AgreementContent.init) ?? file.proposedAgreementContent(part.level)
        if part.programs {
            content.programs = try programs(rows, columns: sheet.columns).get()
        } else {
            content.rows = try targetRows(rows, columns: sheet.columns, in: file, keeping: current?.rows ?? []).get()
        }
        if current == nil, rows.isEmpty { return SheetResult(officeYear: file, warnings: []) }
        var next = file
        do { try next.reviseAgreement(part.level, to: content) } catch {
            throw SheetRejection(problems: error.problems.map { SheetProblem(line: nil, column: nil, value: nil, reason: $0, place: sheet.title) })
        }
        return SheetResult(officeYear: next, warnings: [])
    }

    /// PK target rows from cells (ID Sasaran, ID Indikator, Target), every wrong cell reported with its
    /// line and column. A row keeps the "target kegiatan" of the stored row of the same indicator.
    public static func targetRows(_ rows: [(line: Int, cells: [String])], columns: [SheetColumn], in file: OfficeYear,
                                  keeping stored: [TargetRow] = []) -> Result<[TargetRow], SheetRejection> {
        var problems: [SheetProblem] = []
        var result: [TargetRow] = []
        var firstLine: [String: Int] = [:]
        for row in rows {
            guard let cells = padded(row, columns: columns, problems: &problems) else { continue }
            func refuse(_ index: Int, _ reason: String) {
                problems.append(SheetProblem(line: row.line, column: columns[index].header, value: cells[index].isEmpty ? nil : cells[index], reason: reason))
            }
            let objectiveId = cells[0].isEmpty ? nil : cells[0]
            if let objectiveId, file.objective(objectiveId) == nil { refuse(0, "sasaran \(objectiveId) tidak ada dalam tabel sasaran strategis") }
            let indicator = file.indicator(cells[1])
            if cells[1].isEmpty {
                refuse(1, "wajib diisi")
            } else if indicator == nil {
                refuse(1, "indikator \(cells[1]) tidak ada dalam tabel indikator kinerja")
            } else if let earlier = firstLine[cells[1]] {
                refuse(1, "indikator ini sudah ada di baris \(earlier)")
            } else {
                firstLine[cells[1]] = row.line
            }
            guard !cells[2].isEmpty else {
                refuse(2, "wajib diisi")
                continue
            }
            let target: MeasureValue
            do { target = try MeasureValue.parse(cells[2]) } catch {
                refuse(2, error.reason)
                continue
            }
            if let indicator {
                do { _ = try indicator.reading(of: target) } catch { refuse(2, error.reason) }
            }
            result.append(TargetRow(objectiveId: objectiveId, indicatorId: cells[1], target: target,
                                    activityTarget: stored.first { $0.indicatorId == cells[1] }?.activityTarget))
        }
        return problems.isEmpty ? .success(result) : .failure(SheetRejection(problems: problems))
    }

    /// PK programs from cells (Kode, Program, Anggaran), every wrong cell reported with its line and column.
    public static func programs(_ rows: [(line: Int, cells: [String])], columns: [SheetColumn]) -> Result<[ProgramBudget], SheetRejection> {
        var problems: [SheetProblem] = []
        var result: [ProgramBudget] = []
        for row in rows {
            guard let cells = padded(row, columns: columns, problems: &problems) else { continue }
            func refuse(_ index: Int, _ reason: String) {
                problems.append(SheetProblem(line: row.line, column: columns[index].header, value: cells[index].isEmpty ? nil : cells[index], reason: reason))
            }
            if cells[1].isEmpty { refuse(1, "wajib diisi") }
            var amount: Decimal?
            if cells[2].isEmpty {
                refuse(2, "wajib diisi")
            } else {
                do { amount = try IndonesianNumber.parseMoney(cells[2]) } catch { refuse(2, "jumlah uang tidak dapat dibaca: \(error.reason)") }
                if let value = amount, value < 0 { refuse(2, "anggaran tidak boleh negatif") }
            }
            if let amount, !cells[1].isEmpty {
                result.append(ProgramBudget(code: cells[0].isEmpty ? nil : cells[0], name: cells[1], amount: amount))
            }
        }
        return problems.isEmpty ? .success(result) : .failure(SheetRejection(problems: problems))
    }

    /// The row's cells, one per column; nil (with the problem) when it has more cells than columns.
    private static func padded(_ row: (line: Int, cells: [String]), columns: [SheetColumn], problems: inout [SheetProblem]) -> [String]? {
        guard row.cells.count <= columns.count else {
            problems.append(SheetProblem(line: row.line, column: nil, value: nil,
                reason: "baris berisi \(row.cells.count) sel, padahal tabel ini \(columns.count) kolom (\(columns.map(\.header).joined(separator: ", ")))"))
            return nil
        }
        return row.cells + Array(repeating: "", count: columns.count - row.cells.count)
    }
}

extension AgreementSheet {
    /// An amount as the PK tables show it for editing: "58.192.468.000", with cents only when there are any.
    public static func amountText(_ amount: Decimal) -> String { BudgetSheet.money(amount) }
}
