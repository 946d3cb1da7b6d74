import Foundation

/// An indicator offered on the PK form: whether it is in the PK, under which sasaran, with which target.
public struct AgreementCandidate: Hashable, Sendable {
    /// Where the proposed target comes from.
    public enum Source: Hashable, Sendable {
        /// The current PK of the level.
        case agreement
        /// The Renstra's target for the year.
        case renstra
        /// The RKT's target.
        case annualPlan
        /// No target anywhere yet.
        case none

        /// "PK", "Renstra 2025", "RKT", "-".
        public func label(year: Int) -> String {
            switch self {
            case .agreement: "PK"
            case .renstra: "Renstra \(year)"
            case .annualPlan: "RKT"
            case .none: "-"
            }
        }
    }

    public var indicator: Indicator
    public var objectiveId: String?
    public var target: MeasureValue?
    public var source: Source
    /// Ticked on the form: in the current PK, or (for a new PK) given a target for the year.
    public var included: Bool
}

extension OfficeYear {
    /// Every indicator of the office as the PK form of a level offers it: the current PK's rows first in
    /// their order with their targets, then the other indicators with the target proposed for the year
    /// (the Renstra's, else the RKT's). Without a PK, an indicator with a proposed target is ticked.
    public func agreementCandidates(_ level: PerformanceAgreement.Level) -> [AgreementCandidate] {
        let current = agreements.current(level)
        var candidates: [AgreementCandidate] = []
        for row in current?.rows ?? [] {
            guard let indicator = indicator(row.indicatorId), !candidates.contains(where: { $0.indicator.id == row.indicatorId }) else { continue }
            candidates.append(AgreementCandidate(indicator: indicator, objectiveId: row.objectiveId, target: row.target,
                                                 source: .agreement, included: true))
        }
        let planned = (renstra?.targets.map(\.indicatorId) ?? []) + (annualPlan?.rows.map(\.indicatorId) ?? []) + indicators.map(\.id)
        for id in planned where !candidates.contains(where: { $0.indicator.id == id }) {
            guard let indicator = indicator(id) else { continue }
            let series = renstra?.targets.first { $0.indicatorId == id }
            let rktRow = annualPlan?.rows.first { $0.indicatorId == id }
            let target = series?.byYear[year] ?? rktRow?.target
            let source: AgreementCandidate.Source = series?.byYear[year] != nil ? .renstra : rktRow != nil ? .annualPlan : .none
            candidates.append(AgreementCandidate(indicator: indicator, objectiveId: series?.objectiveId ?? rktRow?.objectiveId,
                                                 target: target, source: source, included: current == nil && target != nil))
        }
        return candidates
    }

    /// The program table a new PK proposes: the RKT's programs, else the DIPA tree's programs with their pagu.
    public var proposedAgreementPrograms: [ProgramBudget] {
        if let programs = annualPlan?.programs, !programs.isEmpty { return programs }
        return budget.tree.totals(at: .program).map { ProgramBudget(code: $0.code.full, name: $0.name, amount: $0.figures.pagu) }
    }

    /// The content of a new PK of a level: the ticked candidates, the proposed programs, the office's Ketua
    /// (and its Sekretaris as pihak pertama of the Sekretaris's PK) and its city as the place.
    public func proposedAgreementContent(_ level: PerformanceAgreement.Level) -> AgreementContent {
        let rows = agreementCandidates(level).filter(\.included).compactMap { candidate in
            candidate.target.map { TargetRow(objectiveId: candidate.objectiveId, indicatorId: candidate.indicator.id, target: $0) }
        }
        let ketua = people.first { $0.role == .ketua }.map { party(for: $0) }
        let sekretaris = people.first { $0.role == .sekretaris }.map { party(for: $0) }
        return AgreementContent(rows: rows, programs: proposedAgreementPrograms,
                                firstParty: level == .ketua ? ketua : sekretaris,
                                secondParty: level == .sekretaris ? ketua : nil, place: office.city)
    }

    /// A person as a PK signatory: name, NIP and position ("Ketua KPU Kabupaten Asahan" when none is recorded).
    public func party(for person: Person) -> PerformanceAgreement.Party {
        let position = person.position.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            ?? "\(person.role.title) \(office.name)"
        return PerformanceAgreement.Party(personId: person.id, name: person.name, nip: person.nip, position: position)
    }
}

extension Person.Role {
    /// "Ketua", "Anggota", "Sekretaris", "Kepala Subbagian", "Staf".
    public var title: String {
        switch self {
        case .ketua: "Ketua"
        case .anggota: "Anggota"
        case .sekretaris: "Sekretaris"
        case .kasubbag: "Kepala Subbagian"
        case .staf: "Staf"
        }
    }
}
