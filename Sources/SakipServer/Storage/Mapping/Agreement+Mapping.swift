import FluentKit
import Foundation
import SakipCore

extension AgreementModel {
    /// An imported revision: signed when it bears a date, else a draft.
    convenience init(_ agreement: PerformanceAgreement, officeYearID: UUID, position: Int) {
        self.init()
        self.id = UUID()
        self.$officeYear.id = officeYearID
        self.position = position
        level = agreement.level.rawValue
        revision = agreement.revision
        signedOn = agreement.signedOn?.iso
        place = agreement.place
        firstParty = agreement.firstParty.map(StoredParty.init)
        secondParty = agreement.secondParty.map(StoredParty.init)
        status = (agreement.signedOn == nil ? Status.draft : .signed).rawValue
        signedByUserID = nil
        signedAt = nil
    }

    /// The core value with its rows and programs.
    func core(rows: [TargetRowModel], programs: [ProgramBudgetModel]) throws(StorageError) -> PerformanceAgreement {
        PerformanceAgreement(level: try StoredCoding.choice(level, PerformanceAgreement.Level.self, "agreements.level"),
                             revision: revision, signedOn: try StoredCoding.date(signedOn, "agreements.signed_on"),
                             place: place, firstParty: firstParty.map(PerformanceAgreement.Party.init),
                             secondParty: secondParty.map(PerformanceAgreement.Party.init),
                             rows: try rows.map { row throws(StorageError) in try row.core() },
                             programs: try programs.map { program throws(StorageError) in try program.core() })
    }
}

extension StoredParty {
    init(_ party: PerformanceAgreement.Party) {
        self.init(personId: party.personId, name: party.name, nip: party.nip, position: party.position)
    }
}

extension PerformanceAgreement.Party {
    init(_ party: StoredParty) {
        self.init(personId: party.personId, name: party.name, nip: party.nip, position: party.position)
    }
}

extension TargetRowModel {
    convenience init(_ row: TargetRow, officeYearID: UUID, agreementID: UUID?, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.$agreement.id = agreementID
        self.position = position
        objectiveKey = row.objectiveId
        indicatorKey = row.indicatorId
        target = StoredCoding.text(row.target)
        activityTarget = row.activityTarget
    }

    func core() throws(StorageError) -> TargetRow {
        TargetRow(objectiveId: objectiveKey, indicatorId: indicatorKey,
                  target: try StoredCoding.measure(target, "target_rows.target"), activityTarget: activityTarget)
    }
}

extension ProgramBudgetModel {
    convenience init(_ program: ProgramBudget, officeYearID: UUID, agreementID: UUID?, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.$agreement.id = agreementID
        self.position = position
        code = program.code
        name = program.name
        amount = StoredCoding.text(program.amount)
    }

    func core() throws(StorageError) -> ProgramBudget {
        ProgramBudget(code: code, name: name, amount: try StoredCoding.decimal(amount, "program_budgets.amount"))
    }
}
