import Foundation

/// A change to a PK that the year's data does not allow, with every reason found.
public struct AgreementChangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// "baris 2: indikator I9 tidak ada" …
    public let problems: [String]
    public init(problems: [String]) { self.problems = problems }
    public var description: String { problems.joined(separator: "; ") }
}

/// What an operator sets on a PK draft: targets, programs, signatories and the place of signing.
public struct AgreementContent: Hashable, Sendable {
    public var rows: [TargetRow]
    public var programs: [ProgramBudget]
    /// Pihak pertama: the Ketua for the Ketua's PK, the Sekretaris for the Sekretaris's.
    public var firstParty: PerformanceAgreement.Party?
    /// Pihak kedua: the Ketua, for the Sekretaris's PK only.
    public var secondParty: PerformanceAgreement.Party?
    /// Where it is signed ("Kisaran").
    public var place: String?

    public init(rows: [TargetRow], programs: [ProgramBudget], firstParty: PerformanceAgreement.Party? = nil,
                secondParty: PerformanceAgreement.Party? = nil, place: String? = nil) {
        self.rows = rows
        self.programs = programs
        self.firstParty = firstParty
        self.secondParty = secondParty
        self.place = place
    }

    /// The content of a PK as it stands.
    public init(_ agreement: PerformanceAgreement) {
        self.init(rows: agreement.rows, programs: agreement.programs, firstParty: agreement.firstParty,
                  secondParty: agreement.secondParty, place: agreement.place)
    }
}

extension OfficeYear {
    /// Changes the rows and programs of the current PK of a level, keeping its signatories and place (or,
    /// for a level without a PK yet, proposing them from the office's people and city).
    @discardableResult
    public mutating func reviseAgreement(_ level: PerformanceAgreement.Level, rows: [TargetRow],
                                         programs: [ProgramBudget]) throws(AgreementChangeError) -> PerformanceAgreement {
        var content = agreements.current(level).map(AgreementContent.init) ?? proposedAgreementContent(level)
        content.rows = rows
        content.programs = programs
        return try reviseAgreement(level, to: content)
    }

    /// Sets the content of the current PK of a level. A draft is edited in place; a signed PK stays as it
    /// is and the change becomes a new draft revision (revision + 1). With no PK of that level yet, the
    /// change is draft revision 0. Content equal to the current PK's changes nothing. Every problem of
    /// the content is reported at once. Returns the PK as it now stands.
    @discardableResult
    public mutating func reviseAgreement(_ level: PerformanceAgreement.Level,
                                         to content: AgreementContent) throws(AgreementChangeError) -> PerformanceAgreement {
        let problems = agreementContentProblems(level, content)
        guard problems.isEmpty else { throw AgreementChangeError(problems: problems) }
        let current = agreements.current(level)
        if let current, AgreementContent(current) == content { return current }
        var draft: PerformanceAgreement
        if let current, current.signedOn == nil {
            draft = current
        } else {
            draft = PerformanceAgreement(level: level, revision: current.map { $0.revision + 1 } ?? 0)
        }
        draft.rows = content.rows
        draft.programs = content.programs
        draft.firstParty = content.firstParty
        draft.secondParty = content.secondParty
        draft.place = content.place
        storeAgreement(draft)
        return draft
    }

    /// Signs the current PK of a level on `date`. An already signed revision stays as it is. Refused when
    /// the PK has no indicator or lacks a signatory or a place, or when the date lies outside the year
    /// before and the year of the PK, or before the signature of the revision it replaces.
    @discardableResult
    public mutating func signAgreement(_ level: PerformanceAgreement.Level, on date: CalendarDate) throws(AgreementChangeError) -> PerformanceAgreement {
        guard var current = agreements.current(level) else {
            throw AgreementChangeError(problems: ["\(level.label) tahun \(year) belum ada; susun drafnya terlebih dahulu"])
        }
        guard current.signedOn == nil else { return current }
        // What the PK document shows for a draft without them: the office's city, its Ketua and Sekretaris.
        let proposal = proposedAgreementContent(level)
        if (current.place ?? "").isEmpty { current.place = proposal.place }
        if current.firstParty == nil { current.firstParty = proposal.firstParty }
        if level == .sekretaris, current.secondParty == nil { current.secondParty = proposal.secondParty }
        let problems = signingProblems(current, on: date)
        guard problems.isEmpty else { throw AgreementChangeError(problems: problems) }
        current.signedOn = date
        storeAgreement(current)
        return current
    }

    /// What stands in the way of signing a PK on `date`.
    public func signingProblems(_ agreement: PerformanceAgreement, on date: CalendarDate) -> [String] {
        var problems: [String] = []
        if agreement.rows.isEmpty { problems.append("\(agreement.level.label) belum berisi indikator kinerja") }
        if agreement.firstParty == nil { problems.append("pihak pertama \(agreement.level.label) belum dipilih") }
        if agreement.level == .sekretaris, agreement.secondParty == nil {
            problems.append("pihak kedua (Ketua, atasan Sekretaris) belum dipilih")
        }
        if (agreement.place ?? "").isEmpty { problems.append("tempat penandatanganan belum diisi") }
        if !(year - 1...year).contains(date.year) {
            problems.append("tanggal tanda tangan \(IndonesianDate.format(date)) di luar tahun \(year - 1)–\(year); PK tahun \(year) ditandatangani pada awal tahun \(year) (atau akhir tahun sebelumnya)")
        }
        let earlier = agreements.filter { $0.level == agreement.level && $0.revision < agreement.revision }.compactMap(\.signedOn).max()
        if let earlier, date < earlier {
            problems.append("tanggal tanda tangan \(IndonesianDate.format(date)) sebelum tanda tangan revisi sebelumnya (\(IndonesianDate.format(earlier)))")
        }
        return problems
    }

    /// Puts a revision in place of the stored one with the same level and revision, or adds it.
    mutating func storeAgreement(_ agreement: PerformanceAgreement) {
        if let index = agreements.firstIndex(where: { $0.level == agreement.level && $0.revision == agreement.revision }) {
            agreements[index] = agreement
        } else {
            agreements.append(agreement)
        }
    }

    /// Every problem of a PK's content: rows, programs and signatories.
    public func agreementContentProblems(_ level: PerformanceAgreement.Level, _ content: AgreementContent) -> [String] {
        var problems = agreementRowProblems(content.rows)
        if content.rows.isEmpty { problems.append("\(level.label) belum berisi indikator kinerja; pilih sedikitnya satu indikator") }
        for (index, program) in content.programs.enumerated() {
            if program.name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("Program baris \(index + 1): nama program wajib diisi") }
            if program.amount < 0 { problems.append("Program baris \(index + 1): anggaran tidak boleh negatif") }
        }
        for (party, role) in [(content.firstParty, "pihak pertama"), (content.secondParty, "pihak kedua")] {
            guard let party else { continue }
            if party.name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(role): nama wajib diisi") }
            if party.position.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(role): jabatan wajib diisi") }
            if let id = party.personId, person(id) == nil { problems.append("\(role): orang \(id) tidak ada dalam tabel pegawai") }
        }
        if level == .ketua, content.secondParty != nil {
            problems.append("PK Ketua ditandatangani Ketua sendiri; pihak kedua hanya untuk PK Sekretaris")
        }
        if let first = content.firstParty, let second = content.secondParty,
           first.personId.map({ $0 == second.personId }) ?? (first.name == second.name) {
            problems.append("pihak pertama dan pihak kedua tidak boleh orang yang sama")
        }
        return problems
    }

    /// Rows naming an indicator or sasaran the year does not have, an indicator twice, or a target of the wrong kind.
    public func agreementRowProblems(_ rows: [TargetRow]) -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        for (index, row) in rows.enumerated() {
            let place = "baris \(index + 1)"
            if let objective = row.objectiveId, self.objective(objective) == nil {
                problems.append("\(place): sasaran \(objective) tidak ada")
            }
            guard let indicator = indicator(row.indicatorId) else {
                problems.append("\(place): indikator \(row.indicatorId) tidak ada")
                continue
            }
            if !seen.insert(row.indicatorId).inserted { problems.append("\(place): indikator \(row.indicatorId) tercantum dua kali") }
            do { _ = try indicator.reading(of: row.target) } catch {
                problems.append("\(place): target \(error.description)")
            }
        }
        return problems
    }
}
