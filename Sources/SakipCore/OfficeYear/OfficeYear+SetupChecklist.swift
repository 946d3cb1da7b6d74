import Foundation

/// One step of an office's year, from its profile to the final LKj, judged from the data.
public struct SetupStep: Hashable, Sendable {
    /// The steps, in the order a year is filled.
    public enum Kind: String, CaseIterable, Sendable {
        case profile, people, renstra, annualPlan, agreements, actionPlan, budget, signing, realisations, finalisation

        /// The step as the checklist names it.
        public var title: String {
            switch self {
            case .profile: "Profil kantor dan periode Renstra"
            case .people: "Komisioner dan pegawai"
            case .renstra: "Renstra: sasaran, indikator dan target"
            case .annualPlan: "Rencana Kinerja Tahunan (RKT)"
            case .agreements: "Perjanjian Kinerja (PK Ketua dan PK Sekretaris)"
            case .actionPlan: "Rencana Aksi Kinerja (RAK)"
            case .budget: "Pohon anggaran DIPA"
            case .signing: "Penandatanganan PK"
            case .realisations: "Realisasi triwulan"
            case .finalisation: "Finalisasi LKj"
            }
        }
    }

    public var kind: Kind
    public var done: Bool
    /// What is missing, or what is there ("13 indikator").
    public var detail: String

    public var title: String { kind.title }
}

extension OfficeYear {
    /// The year's steps with what each still lacks. `date` decides up to which quarter realisations are due.
    public func setupChecklist(on date: CalendarDate) -> [SetupStep] {
        SetupStep.Kind.allCases.map { kind in
            let missing = missingForStep(kind, on: date)
            return SetupStep(kind: kind, done: missing.isEmpty,
                             detail: missing.isEmpty ? doneDetail(kind) : "Belum: " + missing.joined(separator: "; ") + ".")
        }
    }

    private func missingForStep(_ kind: SetupStep.Kind, on date: CalendarDate) -> [String] {
        let levels = PerformanceAgreement.Level.allCases
        switch kind {
        case .profile:
            return [(office.city ?? "").isEmpty ? "kota tempat penandatanganan" : nil,
                    renstra == nil ? "periode Renstra" : nil].compactMap { $0 }
        case .people:
            return [people.contains { $0.role == .ketua } ? nil : "Ketua",
                    people.contains { $0.role == .sekretaris } ? nil : "Sekretaris"].compactMap { $0 }
        case .renstra:
            let targeted = renstra?.targets.contains { $0.byYear[year] != nil } ?? false
            return [objectives.isEmpty ? "sasaran strategis" : nil, indicators.isEmpty ? "indikator kinerja" : nil,
                    targeted ? nil : "target Renstra tahun \(year)"].compactMap { $0 }
        case .annualPlan:
            return (annualPlan?.rows ?? []).isEmpty ? ["sasaran, indikator dan target RKT \(year)"] : []
        case .agreements:
            return levels.filter { agreements.current($0) == nil }.map { "\($0.label) belum disusun" }
        case .actionPlan:
            let planned = Set(actionPlan.filter { $0.quarters.contains { $0 != nil } }.map(\.indicatorId))
            let unplanned = Set((governingAgreement?.rows ?? []).map(\.indicatorId)).subtracting(planned)
            if governingAgreement == nil { return ["PK terlebih dahulu"] }
            return unplanned.isEmpty ? [] : ["\(unplanned.count) indikator PK tanpa target triwulan"]
        case .budget:
            return budget.tree.lines.isEmpty ? ["program, kegiatan, KRO dan RO dengan pagunya"] : []
        case .signing:
            return levels.compactMap { level in
                guard let current = agreements.current(level) else { return "\(level.label) belum ada" }
                return current.signedOn == nil ? "\(level.label) revisi \(current.revision) belum ditandatangani" : nil
            }
        case .realisations:
            guard governingAgreement != nil else { return ["PK terlebih dahulu"] }
            let quarter = referenceQuarter(on: date)
            let gaps = missingRealisations(through: quarter)
            return gaps.isEmpty ? [] : ["\(gaps.count) indikator belum lengkap sampai \(quarter.name)"]
        case .finalisation:
            if isReportFinal { return [] }
            if let last = lastReportFinalisation, let reopening = last.reopening {
                return ["dibuka kembali \(IndonesianDate.format(reopening.on)) oleh \(reopening.by); finalkan lagi setelah perbaikan"]
            }
            return ["difinalkan oleh Ketua atau Sekretaris setelah realisasi Triwulan IV lengkap"]
        }
    }

    private func doneDetail(_ kind: SetupStep.Kind) -> String {
        switch kind {
        case .profile: "\(office.city ?? ""); Renstra \(renstra.map { "\($0.startYear)–\($0.endYear)" } ?? "")."
        case .people: "\(people.count) orang."
        case .renstra: "\(objectives.count) sasaran, \(indicators.count) indikator."
        case .annualPlan: "\(annualPlan?.rows.count ?? 0) indikator."
        case .agreements: PerformanceAgreement.Level.allCases.compactMap { level in
                agreements.current(level).map { "\(level.label): \($0.rows.count) indikator" }
            }.joined(separator: "; ") + "."
        case .actionPlan: "\(actionPlan.count) indikator dengan target triwulan."
        case .budget: "Pagu \(IndonesianFormat.rupiah(budget.tree.total.pagu))."
        case .signing: PerformanceAgreement.Level.allCases.compactMap { level in
                agreements.current(level)?.signedOn.map { "\(level.label) ditandatangani \(IndonesianDate.format($0))" }
            }.joined(separator: "; ") + "."
        case .realisations: "Semua indikator PK terisi."
        case .finalisation: lastReportFinalisation.map { "Final sejak \(IndonesianDate.format($0.finalisedOn)) (\($0.by))." } ?? ""
        }
    }
}
