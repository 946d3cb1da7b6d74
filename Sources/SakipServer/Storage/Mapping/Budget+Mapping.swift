import FluentKit
import Foundation
import SakipCore

extension BudgetLineModel {
    /// The tree's lines depth first, each linked to its parent; `position` numbers them in that order.
    static func rows(_ tree: BudgetTree, officeYearID: UUID) -> [BudgetLineModel] {
        var rows: [BudgetLineModel] = []
        func visit(_ line: BudgetLine, parentID: UUID?) {
            let row = BudgetLineModel(line, officeYearID: officeYearID, parentID: parentID, position: rows.count)
            rows.append(row)
            line.children.forEach { visit($0, parentID: row.id) }
        }
        tree.lines.forEach { visit($0, parentID: nil) }
        return rows
    }

    convenience init(_ line: BudgetLine, officeYearID: UUID, parentID: UUID?, position: Int) {
        self.init()
        self.id = UUID()
        self.$officeYear.id = officeYearID
        self.$parent.id = parentID
        self.position = position
        code = line.code.full
        name = line.name
        isLeaf = line.own != nil
        pagu = StoredCoding.text(line.own?.pagu ?? line.printed.pagu)
        realisasi = StoredCoding.text(line.own?.realisasi ?? line.printed.realisasi)
        printedSisa = StoredCoding.text(line.printed.sisa)
        printedPersen = line.printed.persen
    }

    /// Rebuilds the tree from its rows (in position order).
    static func tree(_ rows: [BudgetLineModel]) throws(StorageError) -> BudgetTree {
        var children: [UUID?: [BudgetLineModel]] = [:]
        for row in rows { children[row.$parent.id, default: []].append(row) }
        func build(_ row: BudgetLineModel) throws(StorageError) -> BudgetLine {
            let below = try (children[row.id] ?? []).map { child throws(StorageError) in try build(child) }
            return try row.core(children: below)
        }
        return BudgetTree(lines: try (children[nil] ?? []).map { row throws(StorageError) in try build(row) })
    }

    /// A leaf with its own figures, or a parent with its children and stated figures.
    func core(children: [BudgetLine]) throws(StorageError) -> BudgetLine {
        let code: BudgetCode
        do { code = try BudgetCode.parse(self.code) } catch {
            throw .corrupt("kode anggaran tersimpan \"\(self.code)\" tidak sah: \(error.reason)")
        }
        let pagu = try StoredCoding.decimal(self.pagu, "budget_lines.pagu")
        let realisasi = try StoredCoding.decimal(self.realisasi, "budget_lines.realisasi")
        let sisa = try StoredCoding.decimal(printedSisa, "budget_lines.printed_sisa")
        guard isLeaf else {
            return BudgetLine(code: code, name: name, children: children,
                              printed: .init(pagu: pagu, realisasi: realisasi, sisa: sisa, persen: printedPersen))
        }
        guard let pagu, let realisasi else {
            throw .corrupt("baris anggaran \(self.code) tanpa rincian tersimpan tanpa pagu atau realisasi")
        }
        return BudgetLine(code: code, name: name, pagu: pagu, realisasi: realisasi,
                          printed: .init(sisa: sisa, persen: printedPersen))
    }
}

extension DIPARevisionModel {
    convenience init(_ revision: DIPARevision, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        number = revision.number
        label = revision.label
        reference = revision.reference
        date = revision.date?.iso ?? ""
        total = StoredCoding.text(revision.total)
        note = revision.note
    }

    func core() throws(StorageError) -> DIPARevision {
        DIPARevision(number: number, label: label, reference: reference, date: date.isEmpty ? nil : try StoredCoding.date(date, "dipa_revisions.date"),
                     total: try StoredCoding.decimal(total, "dipa_revisions.total"), note: note)
    }
}

extension BudgetYearModel {
    convenience init(_ year: BudgetYear, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        self.year = year.year
        pagu = StoredCoding.text(year.figures.pagu)
        realisasi = StoredCoding.text(year.figures.realisasi)
        printedPersen = year.printedPersen
    }

    func core() throws(StorageError) -> BudgetYear {
        BudgetYear(year: year, pagu: try StoredCoding.decimal(pagu, "budget_years.pagu"),
                   realisasi: try StoredCoding.decimal(realisasi, "budget_years.realisasi"), printedPersen: printedPersen)
    }
}

extension GrantModel {
    convenience init(_ grant: RegionalGrant, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        name = grant.name
        agreement = grant.agreement
        total = StoredCoding.text(grant.total)
        realisasi = StoredCoding.text(grant.realisasi)
        tranches = grant.tranches.map {
            StoredTranche(year: $0.year, percent: StoredCoding.text($0.statedPercent), amount: StoredCoding.text($0.amount),
                          date: $0.date?.iso)
        }
    }

    func core() throws(StorageError) -> RegionalGrant {
        let tranches = try self.tranches.map { t throws(StorageError) in
            RegionalGrant.Tranche(year: t.year, statedPercent: try StoredCoding.decimal(t.percent, "grants.tranches.percent"),
                                  amount: try StoredCoding.decimal(t.amount, "grants.tranches.amount"),
                                  date: try StoredCoding.date(t.date, "grants.tranches.date"))
        }
        return RegionalGrant(name: name, agreement: agreement, total: try StoredCoding.decimal(total, "grants.total"),
                             realisasi: try StoredCoding.decimal(realisasi, "grants.realisasi"), tranches: tranches)
    }
}

extension BudgetMonthModel {
    convenience init(_ entry: MonthlyRealisation, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        code = entry.code.full
        months = entry.months.map { (month: Decimal?) -> String in month.map { StoredCoding.text($0) } ?? "" }
    }

    func core() throws(StorageError) -> MonthlyRealisation {
        let parsed: BudgetCode
        do { parsed = try BudgetCode.parse(code) } catch {
            throw StorageError.corrupt("budget_months.code: kode \(code) tidak dapat dibaca")
        }
        guard months.count == 12 else { throw StorageError.corrupt("budget_months.months: diharapkan 12 bulan, tersimpan \(months.count)") }
        var amounts: [Decimal?] = []
        for month in months {
            amounts.append(month.isEmpty ? nil : try StoredCoding.decimal(month, "budget_months.months"))
        }
        return MonthlyRealisation(code: parsed, months: amounts)
    }
}
