import FluentKit
import Foundation
import SakipCore

extension PersonModel {
    convenience init(_ person: Person, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        key = person.id
        name = person.name
        role = person.role.rawValue
        nip = person.nip
        employment = person.employment?.rawValue
        rank = person.rank
        grade = person.grade
        positionTitle = person.position
        education = person.education?.rawValue
        division = person.division
        regions = person.regions
    }

    func core() throws(StorageError) -> Person {
        Person(id: key, name: name, role: try StoredCoding.choice(role, Person.Role.self, "people.role"), nip: nip,
               employment: try StoredCoding.choice(employment, Person.Employment.self, "people.employment"),
               rank: rank, grade: grade, position: positionTitle,
               education: try StoredCoding.choice(education, Person.Education.self, "people.education"),
               division: division, regions: regions)
    }
}

extension ObjectiveModel {
    convenience init(_ objective: Objective, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        key = objective.id
        statement = objective.statement
        goalKey = objective.goalId
    }

    func core() -> Objective { Objective(id: key, statement: statement, goalId: goalKey) }
}

extension IndicatorModel {
    convenience init(_ indicator: Indicator, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        key = indicator.id
        statement = indicator.statement
        kind = indicator.kind.rawValue
        unit = indicator.unit
        scale = indicator.scale?.rawValue
        polarity = indicator.polarity.rawValue
        lowerIsBetterFormula = indicator.lowerIsBetterFormula?.rawValue
        iku = indicator.iku
        yearValue = indicator.yearValue.rawValue
        definition = indicator.definition
        dataSource = indicator.dataSource
        responsibleUnit = indicator.responsibleUnit
    }

    func core() throws(StorageError) -> Indicator {
        Indicator(id: key, statement: statement, kind: try StoredCoding.choice(kind, IndicatorKind.self, "indicators.kind"),
                  unit: unit, scale: try StoredCoding.choice(scale, GradeScale.self, "indicators.scale"),
                  polarity: try StoredCoding.choice(polarity, Polarity.self, "indicators.polarity"),
                  lowerIsBetterFormula: try StoredCoding.choice(lowerIsBetterFormula, LowerIsBetterFormula.self, "indicators.lower_is_better_formula"),
                  iku: iku, yearValue: try StoredCoding.choice(yearValue, Indicator.YearValue.self, "indicators.year_value"),
                  definition: definition, dataSource: dataSource, responsibleUnit: responsibleUnit)
    }
}
