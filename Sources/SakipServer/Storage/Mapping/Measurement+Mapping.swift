import FluentKit
import Foundation
import SakipCore

extension ActionPlanRowModel {
    convenience init(_ row: ActionPlanRow, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        indicatorKey = row.indicatorId
        q1 = StoredCoding.text(row.quarters[0])
        q2 = StoredCoding.text(row.quarters[1])
        q3 = StoredCoding.text(row.quarters[2])
        q4 = StoredCoding.text(row.quarters[3])
    }

    func core() throws(StorageError) -> ActionPlanRow {
        var quarters: [MeasureValue?] = []
        for text in [q1, q2, q3, q4] { quarters.append(try StoredCoding.measure(text, "action_plan_rows.q")) }
        return ActionPlanRow(indicatorId: indicatorKey, quarters: quarters)
    }
}

extension RealisationModel {
    convenience init(_ realisation: QuarterlyRealisation, officeYearID: UUID, position: Int, userID: UUID? = nil) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        indicatorKey = realisation.indicatorId
        quarter = realisation.quarter.rawValue
        value = StoredCoding.text(realisation.value)
        explanation = realisation.explanation
        evidence = realisation.evidence
        enteredByUserID = userID
    }

    func core() throws(StorageError) -> QuarterlyRealisation {
        guard let quarter = Quarter(rawValue: quarter) else {
            throw .corrupt("kolom realisations.quarter berisi \(self.quarter), bukan triwulan 1 sampai 4")
        }
        return QuarterlyRealisation(indicatorId: indicatorKey, quarter: quarter,
                                    value: try StoredCoding.measure(value, "realisations.value"),
                                    explanation: explanation, evidence: evidence)
    }
}

extension MeasurementRowModel {
    convenience init(_ row: MeasurementTable.Row, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        objectiveKey = row.objectiveId
        indicatorKey = row.indicatorId
        target = StoredCoding.text(row.target)
        realisation = StoredCoding.text(row.realisation)
        notApplicableReason = row.notApplicableReason
        printedCapaian = row.printedCapaian
        printedCategory = row.printedCategory
    }

    func core() throws(StorageError) -> MeasurementTable.Row {
        MeasurementTable.Row(objectiveId: objectiveKey, indicatorId: indicatorKey,
                             target: try StoredCoding.measure(target, "measurement_rows.target"),
                             realisation: try StoredCoding.measure(realisation, "measurement_rows.realisation"),
                             notApplicableReason: notApplicableReason, printedCapaian: printedCapaian,
                             printedCategory: printedCategory)
    }
}

extension IndicatorHistoryModel {
    convenience init(_ entry: IndicatorHistoryEntry, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        indicatorKey = entry.indicatorId
        year = entry.year
        target = StoredCoding.text(entry.target)
        realisation = StoredCoding.text(entry.realisation)
        capaian = StoredCoding.text(entry.statedCapaian)
    }

    func core() throws(StorageError) -> IndicatorHistoryEntry {
        IndicatorHistoryEntry(indicatorId: indicatorKey, year: year,
                              target: try StoredCoding.measure(target, "indicator_history.target"),
                              realisation: try StoredCoding.measure(realisation, "indicator_history.realisation"),
                              statedCapaian: try StoredCoding.measure(capaian, "indicator_history.capaian"))
    }
}

extension AnalysisModel {
    convenience init(_ analysis: IndicatorAnalysis, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        indicatorKey = analysis.indicatorId
        actions = analysis.actions
        obstacles = analysis.obstacles
        solutions = analysis.solutions
    }

    func core() -> IndicatorAnalysis {
        IndicatorAnalysis(indicatorId: indicatorKey, actions: actions, obstacles: obstacles, solutions: solutions)
    }
}
