import Foundation

extension OfficeYearReader {
    func readBudget(_ field: JSONField) -> Budget? {
        guard let b = field.object(["lines", "printedTotal", "revisions", "history", "grants", "monthly"]) else { return nil }
        let lines = b.list("lines").compactMap { readBudgetLine($0, parent: nil) }
        var total = BudgetLine.Printed()
        if let t = b.optional("printedTotal")?.object(["pagu", "realisasi", "sisa", "persen"]) {
            var amounts = PrintedAmounts()
            total = BudgetLine.Printed(pagu: amounts.read(t, "pagu"), realisasi: amounts.read(t, "realisasi"),
                                       sisa: amounts.read(t, "sisa"), persen: t.optional("persen")?.string(),
                                       unreadable: amounts.unreadable)
        }
        let revisions = b.list("revisions").compactMap { item -> DIPARevision? in
            guard let r = item.object(["number", "label", "reference", "date", "total", "note"]) else { return nil }
            let number = r.required("number")?.revisionNumber()
            // Only the original DIPA (number 0) may be printed without a date.
            let date = number == 0 ? r.optional("date")?.date() : r.required("date")?.date()
            guard let number, number == 0 || date != nil else { return nil }
            return DIPARevision(number: number, label: r.optional("label")?.string(), reference: r.optional("reference")?.string(),
                                date: date, total: r.optional("total")?.amount(), note: r.optional("note")?.string())
        }
        let history = b.list("history").compactMap { item -> BudgetYear? in
            guard let h = item.object(["year", "pagu", "realisasi", "printedPersen"]) else { return nil }
            let year = h.required("year")?.year()
            let pagu = h.required("pagu")?.amount()
            let realisasi = h.required("realisasi")?.amount()
            guard let year, let pagu, let realisasi else { return nil }
            return BudgetYear(year: year, pagu: pagu, realisasi: realisasi, printedPersen: h.optional("printedPersen")?.string())
        }
        let grants = b.list("grants").compactMap(readGrant)
        let tree = BudgetTree(lines: lines)
        // One lookup table for every monthly row: a search of the tree per row is quadratic on a large DIPA.
        var byCode: [String: BudgetLine] = [:]
        for entry in tree.flattened where byCode[entry.line.code.full] == nil { byCode[entry.line.code.full] = entry.line }
        let monthly = b.list("monthly").compactMap { readMonthly($0, lines: byCode) }
        return Budget(tree: tree, printedTotal: total, revisions: revisions, history: history, grants: grants, monthly: monthly)
    }

    /// `{code, months: [12 amounts or null]}`; the code must name a line of the tree, and a leaf's months
    /// should add up to its realisasi (a warning, since a monthly report may be incomplete).
    private func readMonthly(_ field: JSONField, lines: [String: BudgetLine]) -> MonthlyRealisation? {
        guard let m = field.object(["code", "months"]) else { return nil }
        var line: BudgetLine?
        if let codeField = m.required("code"), let text = codeField.string() {
            line = lines[text] ?? (try? BudgetCode.parse(text)).flatMap { lines[$0.full] }
            if line == nil { codeField.fail("tidak ada baris anggaran dengan kode ini") }
        }
        guard let monthsField = m.required("months"), let items = monthsField.array() else { return nil }
        guard items.count == 12 else {
            monthsField.fail("diharapkan 12 bulan (Januari–Desember), ditemukan \(items.count)")
            return nil
        }
        var months: [Decimal?] = []
        var readable = true
        for item in items {
            if case .null = item.value { months.append(nil); continue }
            guard let amount = item.amount() else { readable = false; continue }
            months.append(amount)
        }
        guard readable, let line else { return nil }
        let entry = MonthlyRealisation(code: line.code, months: months)
        if line.isLeaf, let own = line.own, entry.total != own.realisasi {
            field.warn("jumlah realisasi bulanan \(IndonesianFormat.rupiah(entry.total)) tidak sama dengan realisasi baris \(line.code.short) \(IndonesianFormat.rupiah(own.realisasi))")
        }
        return entry
    }

    private func readBudgetLine(_ field: JSONField, parent: BudgetCode?) -> BudgetLine? {
        guard let l = field.object(["code", "name", "pagu", "realisasi", "printed", "children"]) else { return nil }
        var code: BudgetCode?
        if let codeField = l.required("code"), let text = codeField.string() {
            do {
                code = try BudgetCode.parse(text, under: parent)
                if parent == nil, code?.level != .program {
                    codeField.fail("baris teratas anggaran harus sebuah program (misalnya 076.01.CQ)")
                }
            } catch { codeField.fail(error.reason) }
        }
        let name = l.required("name")?.string()
        let hasChildren = !(l.optional("children")?.array()?.isEmpty ?? true)
        // A parent's pagu and realisasi are what the document printed; a leaf's are the data.
        var amounts = PrintedAmounts()
        let pagu = hasChildren ? amounts.read(l, "pagu") : l.optional("pagu")?.amount()
        let realisasi = hasChildren ? amounts.read(l, "realisasi") : l.optional("realisasi")?.amount()
        let printedObject = l.optional("printed")?.object(["sisa", "persen"])
        let sisa = printedObject.flatMap { amounts.read($0, "sisa") }
        let children = code.map { code in l.list("children").compactMap { readBudgetLine($0, parent: code) } } ?? []
        guard let code, let name else { return nil }
        let printed = BudgetLine.Printed(pagu: hasChildren ? pagu : nil, realisasi: hasChildren ? realisasi : nil,
                                         sisa: sisa, persen: printedObject?.optional("persen")?.string(),
                                         unreadable: amounts.unreadable)
        if hasChildren {
            return BudgetLine(code: code, name: name, children: children, printed: printed)
        }
        guard let pagu, let realisasi else {
            // An unreadable amount is already reported at its own path.
            if l.optional("pagu") == nil || l.optional("realisasi") == nil {
                field.fail("baris anggaran tanpa rincian wajib memiliki pagu dan realisasi")
            }
            return nil
        }
        return BudgetLine(code: code, name: name, pagu: pagu, realisasi: realisasi, printed: printed)
    }

    private func readGrant(_ field: JSONField) -> RegionalGrant? {
        guard let g = field.object(["name", "agreement", "total", "realisasi", "tranches"]) else { return nil }
        let name = g.required("name")?.string()
        let total = g.required("total")?.amount()
        let tranches = g.list("tranches").compactMap { item -> RegionalGrant.Tranche? in
            guard let t = item.object(["year", "percent", "amount", "date"]) else { return nil }
            let year = t.required("year")?.year()
            let amount = t.required("amount")?.amount()
            var percent: Decimal?
            if let field = t.optional("percent"), let text = field.string() {
                do throws(ValueParseError) { percent = try IndonesianNumber.parsePercent(text) } catch { field.fail(error.reason) }
            }
            guard let year, let amount else { return nil }
            return RegionalGrant.Tranche(year: year, statedPercent: percent, amount: amount, date: t.optional("date")?.date())
        }
        guard let name, let total else { return nil }
        return RegionalGrant(name: name, agreement: g.optional("agreement")?.string(), total: total,
                             realisasi: g.optional("realisasi")?.amount(), tranches: tranches)
    }

    func readReport(_ field: JSONField) -> ReportInfo? {
        guard let r = field.object(["place", "date", "signatoryId", "renstraYearNumber", "claims", "finalisations"]) else { return nil }
        let claims = r.list("claims").readEach { item -> Claim? in
            guard let c = item.object(["where", "text", "indicatorId", "budgetCode", "label", "target", "realisation", "capaian",
                                       "category", "pagu", "realisasi", "sisa", "persen", "count", "countOf", "group",
                                       "year", "yearOf", "renstraYearNumber"]),
                  let location = c.required("where")?.string() else { return nil }
            var code: BudgetCode?
            if let codeField = c.optional("budgetCode"), let text = codeField.string() {
                do throws(ValueParseError) { code = try BudgetCode.parse(text) } catch { codeField.fail(error.reason) }
            }
            let countOf = c.optional("countOf")?.choice(Claim.CountOf.self)
            if let groupField = c.optional("group") {
                if countOf != .staff {
                    groupField.fail("kelompok hanya untuk jumlah pegawai (countOf \"staff\")")
                } else if let text = groupField.string(), StaffGroup(text) == nil {
                    groupField.fail("kelompok pegawai tidak dikenal; tulis status (PNS, PPPK, PPNPN), pendidikan (S1, D3, SLTA …) atau golongan (III/a)")
                }
            }
            let year = c.optional("year")?.int()
            let yearOf = c.optional("yearOf")?.choice(Claim.YearOf.self)
            if (c.optional("year") == nil) != (c.optional("yearOf") == nil) {
                item.fail("tahun yang disebut harus diisi bersama artinya: year dan yearOf")
            }
            var amounts = PrintedAmounts()
            return Claim(location: location, text: c.optional("text")?.string(), indicatorId: c.optional("indicatorId")?.identifier(),
                         budgetCode: code, label: c.optional("label")?.string(), target: c.optional("target")?.string(),
                         realisation: c.optional("realisation")?.string(), capaian: c.optional("capaian")?.string(),
                         category: c.optional("category")?.string(), pagu: amounts.read(c, "pagu"),
                         realisasi: amounts.read(c, "realisasi"), sisa: amounts.read(c, "sisa"),
                         persen: c.optional("persen")?.string(), count: c.optional("count")?.count(), countOf: countOf,
                         group: c.optional("group")?.string(), year: year, yearOf: yearOf,
                         renstraYearNumber: c.optional("renstraYearNumber")?.int(), unreadable: amounts.unreadable)
        }
        return ReportInfo(place: r.optional("place")?.string(), date: r.optional("date")?.date(),
                          signatoryId: r.optional("signatoryId")?.identifier(),
                          renstraYearNumber: readRenstraYearNumber(r.optional("renstraYearNumber")), claims: claims,
                          finalisations: r.list("finalisations").compactMap(readFinalisation))
    }

    private func readFinalisation(_ field: JSONField) -> ReportFinalisation? {
        guard let f = field.object(["date", "place", "finalisedOn", "by", "version", "reopening"]) else { return nil }
        let date = f.required("date")?.date(), place = f.required("place")?.string()
        let finalisedOn = f.required("finalisedOn")?.date(), by = f.required("by")?.string()
        let reopening = f.optional("reopening").flatMap { field -> ReportFinalisation.Reopening? in
            guard let r = field.object(["on", "by", "reason"]), let on = r.required("on")?.date(), let by = r.required("by")?.string(),
                  let reason = r.required("reason")?.string() else { return nil }
            return ReportFinalisation.Reopening(on: on, by: by, reason: reason)
        }
        guard let date, let place, let finalisedOn, let by else { return nil }
        return ReportFinalisation(date: date, place: place, finalisedOn: finalisedOn, by: by, version: f.optional("version")?.int(),
                                  reopening: reopening)
    }

    /// "Tahun ke N" of the Renstra period: 1 to the longest period ``YearRule`` accepts.
    private func readRenstraYearNumber(_ field: JSONField?) -> Int? {
        guard let field, let number = field.int() else { return nil }
        guard (1...YearRule.longestRenstra).contains(number) else {
            field.fail("tahun ke-berapa periode Renstra harus 1 sampai \(YearRule.longestRenstra)")
            return nil
        }
        return number
    }
}

/// Printed amounts of one row read leniently: what cannot be read is collected, by key, as typed.
struct PrintedAmounts {
    var unreadable: [String: String] = [:]

    mutating func read(_ object: JSONObject, _ key: String) -> Decimal? {
        guard let field = object.optional(key) else { return nil }
        // A sisa may be negative (overspending); a printed pagu or realisasi may not, whatever the path.
        let (amount, text) = field.printedMoney(key == "sisa" ? .any : .nonNegative)
        if let text { unreadable[key] = text }
        return amount
    }
}
