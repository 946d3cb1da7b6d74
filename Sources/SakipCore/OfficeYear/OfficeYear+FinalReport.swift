extension OfficeYear {
    /// The office-year as far as its LKj shows it. Left out: the RAK, the monthly budget realisation,
    /// the explanation and evidence of each quarterly realisation, the figures kept only to check an
    /// imported document (claims), the file's source note, and the finalisation record itself.
    public var reportedContent: OfficeYear {
        var shown = self
        shown.source = nil
        shown.actionPlan = []
        shown.realisations = realisations.map { QuarterlyRealisation(indicatorId: $0.indicatorId, quarter: $0.quarter, value: $0.value) }
        shown.budget.monthly = []
        shown.report.claims = []
        shown.report.finalisations = []
        return shown
    }

    /// What a change from `old` to `new` may not do because the LKj is final, in Indonesian; empty when the
    /// change is allowed. While the LKj is final nothing it shows may change, and it may not be finalised
    /// again; the leader's reopening is allowed on its own. Past finalisations are never rewritten.
    public static func finalReportViolations(from old: OfficeYear, to new: OfficeYear) -> [String] {
        old.finalReportViolations(to: new)
    }

    /// What changing this office-year into `new` may not do because the LKj is final (see
    /// ``finalReportViolations(from:to:)``).
    public func finalReportViolations(to new: OfficeYear) -> [String] {
        var violations: [String] = []
        if !Self.keepsHistory(report.finalisations, in: new.report.finalisations) {
            violations.append("riwayat finalisasi LKj tidak dapat diubah atau dihapus")
        }
        guard isReportFinal else { return violations }
        if new.report.finalisations.count > report.finalisations.count {
            violations.append("LKj \(year) sudah final; buka kembali LKj terlebih dahulu untuk memfinalkannya lagi")
        }
        let changes = OfficeYearDiff.changes(from: reportedContent, to: new.reportedContent)
        var areas: [String] = []
        var rows: [String: [String]] = [:]
        for change in changes {
            let area = Self.reportedAreaLabel(change.table)
            if !areas.contains(area) { areas.append(area) }
            if !change.row.isEmpty, !change.row.hasPrefix("#"), !(rows[area] ?? []).contains(change.row) { rows[area, default: []].append(change.row) }
        }
        for area in areas {
            let named = rows[area] ?? []
            let detail = named.isEmpty ? "" : " (" + named.prefix(3).joined(separator: ", ") + (named.count > 3 ? " dan \(named.count - 3) lainnya" : "") + ")"
            violations.append("perubahan \(area)\(detail)")
        }
        return violations
    }

    /// An imported file in place of this office-year: everything the file holds, with the finalisation
    /// history kept as recorded (a file cannot finalise, reopen or forget a finalisation).
    public func replaced(by imported: OfficeYear) -> OfficeYear {
        var next = imported
        next.report.finalisations = report.finalisations
        return next
    }

    /// Whether `after` keeps the finalisations of `before`: the same records in the same order, the last
    /// one possibly reopened since, and possibly new ones after it.
    static func keepsHistory(_ before: [ReportFinalisation], in after: [ReportFinalisation]) -> Bool {
        guard after.count >= before.count else { return false }
        for (index, old) in before.enumerated() where after[index] != old {
            var reopened = after[index]
            reopened.reopening = nil
            guard index == before.count - 1, old.reopening == nil, reopened == old else { return false }
        }
        return true
    }

    /// The Indonesian name of a part of the office-year file, by its top-level key.
    static func reportedAreaLabel(_ key: String) -> String {
        switch key {
        case "office": "profil kantor"
        case "settings": "pengaturan pengukuran"
        case "people": "komisioner dan pegawai"
        case "objectives": "sasaran strategis"
        case "indicators": "indikator kinerja"
        case "renstra": "Renstra"
        case "rkt": "RKT"
        case "agreements": "Perjanjian Kinerja"
        case "realisations": "realisasi triwulan"
        case "measurement": "tabel pengukuran kinerja"
        case "indicatorHistory": "capaian tahun-tahun sebelumnya"
        case "analyses": "analisis capaian"
        case "budget": "anggaran"
        case "report": "tempat, tanggal atau penanda tangan LKj"
        case "elections": "data pemilu/pemilihan"
        case "logistics": "data logistik"
        case "bindings": "sumber realisasi indikator"
        case "year": "tahun"
        default: "data \(key)"
        }
    }
}
