import FluentKit
import Foundation
import SakipCore

extension RenstraModel {
    convenience init(_ renstra: Renstra, officeYearID: UUID) {
        self.init()
        self.$officeYear.id = officeYearID
        position = 0
        startYear = renstra.startYear
        endYear = renstra.endYear
        decree = renstra.decree
        vision = renstra.vision
        missions = renstra.missions
        goals = renstra.goals.map { StoredGoal(id: $0.id, statement: $0.statement) }
        policies = renstra.policies
    }

    /// The Renstra with its target series rebuilt from their rows.
    func core(targets: [RenstraTargetModel]) throws(StorageError) -> Renstra {
        var series: [Renstra.TargetSeries] = []
        var lastPosition: Int?
        for row in targets {
            if row.position != lastPosition {
                series.append(Renstra.TargetSeries(objectiveId: row.objectiveKey, indicatorId: row.indicatorKey, byYear: [:]))
                lastPosition = row.position
            }
            if let year = row.year {
                let text: String = row.value ?? ""
                series[series.count - 1].byYear[year] = try StoredCoding.measure(text, "renstra_targets.value")
            }
        }
        return Renstra(startYear: startYear, endYear: endYear, decree: decree, vision: vision, missions: missions,
                       goals: goals.map { Renstra.Goal(id: $0.id, statement: $0.statement) }, policies: policies,
                       targets: series)
    }
}

extension RenstraTargetModel {
    /// One row per year of a series, years ascending; one row without a year for a series without years.
    static func rows(_ series: Renstra.TargetSeries, officeYearID: UUID, position: Int) -> [RenstraTargetModel] {
        let years: [(Int?, MeasureValue?)] = series.byYear.isEmpty
            ? [(nil, nil)]
            : series.byYear.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return years.map { year, value in
            let row = RenstraTargetModel()
            row.$officeYear.id = officeYearID
            row.position = position
            row.objectiveKey = series.objectiveId
            row.indicatorKey = series.indicatorId
            row.year = year
            row.value = StoredCoding.text(value)
            return row
        }
    }
}
