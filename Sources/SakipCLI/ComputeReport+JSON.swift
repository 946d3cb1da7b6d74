import Foundation
import SakipCore

extension ComputeReport {
    /// The report for machines: exact decimals as JSON numbers, with their Indonesian spellings beside them.
    func json() -> String {
        var root: [(key: String, value: JSONValue)] = [
            ("office", .object([("code", .string(officeYear.office.code)), ("name", .string(officeYear.office.name))])),
            ("year", .number("\(officeYear.year)")),
            ("basis", .string(basis)),
            ("measurement", measurementJSON()),
            ("comparison", comparisonJSON()),
            ("budget", budgetJSON()),
            ("programs", .array(officeYear.programBudgetComparison.map { row in
                .object([("name", .string(row.name)), ("code", .optional(row.code?.full)),
                         ("agreed", decimalOrNull(row.agreed)), ("finalPagu", decimalOrNull(row.finalPagu)),
                         ("difference", decimalOrNull(row.difference))])
            })),
        ]
        root += electionsJSON()
        root.append(("warnings", .array(warnings.map { issue in
            .object([("location", .string(issue.location)), ("path", .string(issue.path)), ("value", .optional(issue.value)),
                     ("reason", .string(issue.reason))])
        })))
        return JSONWriter.write(.object(root))
    }

    private func decimalOrNull(_ value: Decimal?) -> JSONValue { value.map(JSONValue.decimal) ?? .null }

    private func achievementJSON(_ achievement: Achievement) -> [(key: String, value: JSONValue)] {
        let status: String = switch achievement {
        case .measured: "measured"
        case .notApplicable: "notApplicable"
        case .missing: "missing"
        case .rejected: "rejected"
        }
        return [("capaian", decimalOrNull(achievement.percent)), ("capaianText", .string(achievement.display)),
                ("status", .string(status)), ("reason", .optional(achievement.reason))]
    }

    private func measurementJSON() -> JSONValue {
        let objectives = measurement.objectives.map { objective -> JSONValue in
            let rows = objective.rows.map { row -> JSONValue in
                .object([("indicatorId", .string(row.indicator.id)), ("statement", .string(row.indicator.statement)),
                         ("kind", .string(row.indicator.kind.rawValue)), ("polarity", .string(row.indicator.polarity.rawValue)),
                         ("target", .optional(row.target?.description)), ("realisation", .optional(row.realisation?.description))]
                        + achievementJSON(row.achievement) + [("category", .optional(row.category))])
            }
            return .object([("objectiveId", .string(objective.objective.id)), ("statement", .string(objective.objective.statement)),
                            ("mean", decimalOrNull(objective.mean)), ("meanText", .string(ComputeReport.percent(objective.mean))),
                            ("category", .optional(objective.category)), ("rows", .array(rows))])
        }
        return .object([
            ("objectives", .array(objectives)),
            ("officeMean", decimalOrNull(measurement.officeMean)),
            ("officeMeanText", .string(ComputeReport.percent(measurement.officeMean))),
            ("officeCategory", .optional(measurement.officeCategory)),
            ("indicatorMean", decimalOrNull(measurement.indicatorMean)),
            ("cappedAt100", .bool(measurement.cappedAt100)),
            ("lowerIsBetterFormula", .string(measurement.settings.lowerIsBetterFormula.rawValue)),
            ("categoryCounts", .object(measurement.categoryCounts.map { ($0.label, .number("\($0.count)")) })),
        ])
    }

    private func comparisonJSON() -> JSONValue {
        .object([
            ("years", .array(comparison.years.map { .number("\($0)") })),
            ("finalYear", comparison.finalYear.map { .number("\($0)") } ?? .null),
            ("rows", .array(comparison.rows.map { row in
                .object([("indicatorId", .string(row.indicator.id)),
                         ("earlier", .object(comparison.years.compactMap { year in
                             row.earlier[year].map { ("\(year)", .string($0.display)) }
                         })),
                         ("current", .string(row.current.achievement.display)),
                         ("finalTarget", .optional(row.finalTarget?.description)),
                         ("againstFinalTarget", .string(row.againstFinalTarget.display))])
            })),
        ])
    }

    private func figuresJSON(_ figures: BudgetFigures) -> [(key: String, value: JSONValue)] {
        [("pagu", .decimal(figures.pagu)), ("realisasi", .decimal(figures.realisasi)), ("sisa", .decimal(figures.sisa)),
         ("persen", decimalOrNull(figures.persen)), ("persenText", .string(ComputeReport.percent(figures.persen)))]
    }

    private func lineJSON(_ line: BudgetLine) -> JSONValue {
        .object([("code", .string(line.code.full)), ("short", .string(line.code.short)),
                 ("level", .optional(line.code.level?.label)), ("name", .string(line.name))]
                + figuresJSON(line.figures) + [("children", .array(line.children.map(lineJSON)))])
    }

    private func budgetJSON() -> JSONValue {
        let budget = officeYear.budget
        return .object([
            ("lines", .array(budget.tree.lines.map(lineJSON))),
            ("total", .object(figuresJSON(budget.tree.total))),
            ("revisions", .array(budget.revisions.map { revision in
                .object([("number", .number("\(revision.number)")), ("name", .string(revision.name)),
                         ("date", .optional(revision.date?.iso)), ("total", decimalOrNull(revision.total))])
            })),
            ("revisionCount", .number("\(budget.revisions.revisionCount)")),
            ("revisionProblems", .array(budget.revisions.orderProblems.map { .string($0.description) })),
            ("history", .array(budget.history.map { .object([("year", .number("\($0.year)"))] + figuresJSON($0.figures)) })),
            ("grants", .array(budget.grants.map { grant in
                .object([("name", .string(grant.name)), ("total", .decimal(grant.total)), ("paid", .decimal(grant.paid)),
                         ("tranches", .array(grant.tranches.map { tranche in
                             .object([("year", .number("\(tranche.year)")), ("amount", .decimal(tranche.amount)),
                                      ("share", decimalOrNull(grant.share(of: tranche)))])
                         }))])
            })),
        ])
    }
}
