import ArgumentParser
import SakipCore

/// `sakip achievement`: one capaian and its category, for quick checks and scripts.
struct AchievementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "achievement",
        abstract: "Menghitung satu capaian dan kategorinya.",
        discussion: """
        Jenis indikator diambil dari penulisan target: "95 %" persentase, "10 kali" jumlah, "66" indeks, "B"/"WTP" nilai.
        Contoh: sakip achievement --target "0,1 %" --actual "1,1 %" --polarity lower
        """
    )

    @Option(help: "Target, misalnya \"75 %\", \"10 kali\", \"B\".")
    var target: String

    @Option(help: "Realisasi, dengan penulisan yang sama dengan target.")
    var actual: String

    @Option(help: "higher (semakin tinggi semakin baik), lower, atau equal.")
    var polarity: PolarityArgument = .higher

    @Option(help: "Rumus indikator lower: mirror = (2T−R)/T, ratio = T/R.")
    var formula: FormulaArgument = .mirror

    @Flag(help: "Keluaran JSON.")
    var json = false

    func run() throws {
        let output: (text: String, achievement: Achievement)
        do {
            output = try AchievementCommand.render(target: target, actual: actual, polarity: polarity.polarity,
                                                   formula: formula.formula, json: json)
        } catch {
            printError("Nilai tidak dapat dibaca: \(error)")
            throw ExitCode(2)
        }
        print(output.text)
        // A value of the wrong kind is refused: scripts must see it as a failure.
        if case .rejected = output.achievement { throw ExitCode(1) }
    }

    /// The command's output for given arguments, with the achievement it shows.
    static func render(target: String, actual: String, polarity: Polarity, formula: LowerIsBetterFormula,
                       json: Bool) throws(ValueParseError) -> (text: String, achievement: Achievement) {
        let targetValue = try MeasureValue.parse(target)
        let actualValue = try MeasureValue.parse(actual)
        let indicator = Indicator(id: "cli", statement: "indikator", kind: kind(of: targetValue), unit: unit(of: targetValue),
                                  scale: scale(of: targetValue), polarity: polarity, lowerIsBetterFormula: formula)
        let achievement = CapaianCalculator.capaian(indicator: indicator, target: targetValue, realisation: actualValue, formula: formula)
        let category = CategoryScale.kpuDefault.category(of: achievement)
        let rule = ruleText(indicator: indicator, formula: formula)
        if json {
            let text = JSONWriter.write(.object([
                ("target", .string(targetValue.description)),
                ("realisation", .string(actualValue.description)),
                ("polarity", .string(polarity.rawValue)),
                ("formula", .string(rule)),
                ("capaian", achievement.percent.map { .decimal($0) } ?? .null),
                ("capaianText", .string(achievement.display)),
                ("category", .optional(category)),
                ("reason", .optional(achievement.reason)),
            ])).trimmingCharacters(in: .newlines)
            return (text, achievement)
        }
        var lines = [
            "Target    : \(targetValue)",
            "Realisasi : \(actualValue)",
            "Polaritas : \(polarity.label)",
            "Rumus     : \(rule)",
            "Capaian   : \(achievement.display)",
        ]
        if let category { lines.append("Kategori  : \(category)") }
        if let reason = achievement.reason { lines.append("Keterangan: \(reason)") }
        return (lines.joined(separator: "\n"), achievement)
    }

    private static func kind(of value: MeasureValue) -> IndicatorKind {
        switch value {
        case .percentage: .percentage
        case .count: .count
        case .grade: .grade
        case .number, .notApplicable, .unreadable: .index
        }
    }

    private static func unit(of value: MeasureValue) -> String? {
        if case .count(_, let unit) = value { return unit }
        return nil
    }

    private static func scale(of value: MeasureValue) -> GradeScale? {
        if case .grade(let grade) = value { return GradeScale.containing(grade) }
        return nil
    }

    static func ruleText(indicator: Indicator, formula: LowerIsBetterFormula) -> String {
        switch (indicator.kind, indicator.polarity) {
        case (.grade, _): "peringkat nilai: mencapai atau melampaui target = 100 %, di bawahnya peringkat realisasi / peringkat target × 100 %"
        case (_, .higherIsBetter): "Capaian = Realisasi / Target × 100 %"
        case (_, .lowerIsBetter): (indicator.lowerIsBetterFormula ?? formula).methodNote
        case (_, .equalToTarget): "Capaian = 100 % − |Realisasi − Target| / Target × 100 %, paling rendah 0 %"
        }
    }
}

/// Polarity as typed on the command line.
enum PolarityArgument: String, ExpressibleByArgument, CaseIterable {
    case higher, lower, equal

    var polarity: Polarity {
        switch self {
        case .higher: .higherIsBetter
        case .lower: .lowerIsBetter
        case .equal: .equalToTarget
        }
    }
}

/// Lower-is-better formula as typed on the command line.
enum FormulaArgument: String, ExpressibleByArgument, CaseIterable {
    case mirror, ratio
    var formula: LowerIsBetterFormula { self == .mirror ? .mirror : .ratio }
}

import Foundation
