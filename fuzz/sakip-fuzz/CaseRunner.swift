import Foundation
import SakipCore
import SakipDocuments

/// Makes the input of a case from the corpus and runs it through its reader and everything computed after.
struct CaseRunner {
    let corpus: Corpus
    let seed: UInt64
    let downstream: Downstream
    /// Seeds parsed once, for structural mutations.
    private let parsedSeeds: [JSONValue]

    init(corpus: Corpus, seed: UInt64) throws {
        self.corpus = corpus
        self.seed = seed
        downstream = Downstream()
        parsedSeeds = try corpus.seeds.map { try JSONParser.parse($0.text) }
    }

    // MARK: inputs

    func input(_ target: Target, _ index: Int) throws -> FuzzInput {
        var rng = SplitMix(seed: seed, target: target, index: index)
        switch target {
        case .officeYear:
            let base = rng.below(corpus.seeds.count)
            if rng.oneIn(4) {
                return FuzzInput(payload: ByteMutator.mutate(Data(corpus.seeds[base].text.utf8), using: &rng), context: corpus.seeds[base].name)
            }
            let mutated = rng.oneIn(2) ? JSONMutator.plausible(parsedSeeds[base], using: &rng) : JSONMutator.mutate(parsedSeeds[base], using: &rng)
            return FuzzInput(payload: Data(JSONWriter.write(mutated).utf8), context: corpus.seeds[base].name)
        case .workbook:
            let base = rng.pick(corpus.workbooks)
            let id = rng.oneIn(5) ? rng.pick(Sheet.ID.allCases) : Self.table(of: base.name, using: &rng)
            let office = id.group == .elections || id.group == .logistics
                ? corpus.bases.first { $0.name.hasPrefix("pagaralam") } ?? corpus.bases[0] : rng.pick(corpus.bases)
            return FuzzInput(payload: try WorkbookMutator.mutate(base.parts, using: &rng), context: "\(id.rawValue) \(office.name)")
        case .sheet:
            let id = Sheet.ID.allCases[index % Sheet.ID.allCases.count]
            let base = rng.pick(corpus.bases)
            let text = SheetEditor.text(Sheet.sheet(id, for: base.file), of: base.file)
            return FuzzInput(payload: Data(TextMutator.sheet(text, using: &rng).utf8), context: "\(id.rawValue) \(base.name)")
        case .values:
            return FuzzInput(payload: Data(TextMutator.value(using: &rng).utf8), context: "values")
        }
    }

    // MARK: running

    func run(_ target: Target, _ index: Int) throws -> CaseOutcome {
        let input = try input(target, index)
        var rng = SplitMix(seed: seed ^ 0xA5A5, target: target, index: index)
        switch target {
        case .officeYear: return officeYear(input, using: &rng)
        case .workbook: return workbook(input, using: &rng)
        case .sheet: return sheet(input, using: &rng)
        case .values: return values(String(decoding: input.payload, as: UTF8.self))
        }
    }

    private func officeYear(_ input: FuzzInput, using rng: inout SplitMix) -> CaseOutcome {
        var outcome = CaseOutcome()
        do {
            let result = try OfficeYearReader.read(String(decoding: input.payload, as: UTF8.self))
            outcome.accepted = true
            outcome.problems += result.warnings.compactMap { MessageCheck.problem($0.reason).map { "warning \($0)" } }
            outcome.problems += downstream.run(result.officeYear, cli: rng.oneIn(3), documents: rng.oneIn(6), table: rng.pick(Sheet.ID.allCases))
        } catch {
            outcome.problems += MessageCheck.problems(error)
            outcome.refusal = error.issues.prefix(5).map(\.description)
        }
        return outcome
    }

    private func workbook(_ input: FuzzInput, using rng: inout SplitMix) -> CaseOutcome {
        var outcome = CaseOutcome()
        let grids: [SheetGrid]
        do { grids = try WorkbookReader.read(input.payload) } catch {
            outcome.problems += MessageCheck.problem(error.description).map { [$0] } ?? []
            outcome.refusal = [error.description]
            return outcome
        }
        let (id, base) = context(input.context)
        let sheet = Sheet.sheet(id, for: base)
        let fill = sheet.columns.contains { $0.key == "eventId" } ? ["eventId": base.elections.first?.id ?? "pemilu2024"] : [:]
        do {
            let imported = try SheetImport.read(grids, for: sheet, fill: fill)
            do {
                let result = try SheetEditor.apply(sheet, rows: imported.rows, to: base)
                outcome.accepted = true
                outcome.problems += imported.locate(result.warnings).compactMap { MessageCheck.problem($0.reason) }
                outcome.problems += downstream.run(result.officeYear, cli: false, documents: rng.oneIn(10), table: id)
            } catch {
                let located = imported.locate(error.problems)
                outcome.problems += MessageCheck.problems(SheetRejection(problems: located))
                outcome.refusal = located.prefix(5).map(\.description)
            }
        } catch {
            outcome.problems += MessageCheck.problems(error)
            outcome.refusal = error.problems.prefix(5).map(\.description)
        }
        return outcome
    }

    private func sheet(_ input: FuzzInput, using rng: inout SplitMix) -> CaseOutcome {
        var outcome = CaseOutcome()
        let (id, base) = context(input.context)
        do {
            let result = try SheetEditor.apply(Sheet.sheet(id, for: base), text: String(decoding: input.payload, as: UTF8.self), to: base)
            outcome.accepted = true
            outcome.problems += result.warnings.compactMap { MessageCheck.problem($0.reason) }
            outcome.problems += downstream.run(result.officeYear, cli: false, documents: rng.oneIn(10), table: id)
        } catch {
            outcome.problems += MessageCheck.problems(error)
            outcome.refusal = error.problems.prefix(5).map(\.description)
        }
        return outcome
    }

    /// Every parser a form or a cell goes through, and the formatting of what it reads.
    private func values(_ text: String) -> CaseOutcome {
        var outcome = CaseOutcome()
        func check<T>(_ parse: () throws(ValueParseError) -> T, _ shown: (T) -> [String]) {
            do {
                let value = try parse()
                outcome.accepted = true
                for text in shown(value) where text.isEmpty { outcome.problems.append("empty formatting") }
            } catch {
                if let problem = MessageCheck.problem(error.reason) { outcome.problems.append(problem) }
            }
        }
        let number = { (value: Decimal) in
            [IndonesianFormat.number(value, fractionDigits: 2), IndonesianFormat.plain(value), IndonesianFormat.percent(value),
             IndonesianFormat.rupiah(value), Terbilang.words(value) ?? "-"]
        }
        check({ () throws(ValueParseError) in try IndonesianNumber.parse(text) }, number)
        check({ () throws(ValueParseError) in try IndonesianNumber.parseMoney(text) }, number)
        check({ () throws(ValueParseError) in try IndonesianNumber.parsePercent(text) }, number)
        check({ () throws(ValueParseError) in try MoneyRule.parse(text) }, number)
        check({ () throws(ValueParseError) in try MoneyRule.parse(text, sign: .any) }, number)
        check({ () throws(ValueParseError) in try MeasureValue.parse(text) }) { value in
            [value.description] + (value.amount.map(number) ?? [])
        }
        check({ () throws(ValueParseError) in try IndonesianDate.parse(text) }) { [IndonesianDate.format($0), $0.iso, $0.quarter.name] }
        check({ () throws(ValueParseError) in try BudgetCode.parse(text) }) { [$0.full, $0.short] }
        check({ () throws(ValueParseError) in try BudgetCode.parse(text, under: BudgetCode(section: "076", unit: "01", program: "CQ")) }) { [$0.full] }
        if let date = CalendarDate(iso: text) { _ = IndonesianDate.format(date) }
        return outcome
    }

    /// The table a workbook of the corpus holds: the generated ones are named by it, the fixtures by their content.
    private static func table(of workbook: String, using rng: inout SplitMix) -> Sheet.ID {
        if let id = Sheet.ID(rawValue: String(workbook.dropLast(".xlsx".count))) { return id }
        if workbook.contains("dpt") { return .dpt }
        return rng.pick([.logisticsDistribution, .logisticsTransport, .logisticsSorting])
    }

    /// The table and office-year a workbook or a pasted text is applied to.
    private func context(_ text: String) -> (Sheet.ID, OfficeYear) {
        let words = text.split(separator: " ").map(String.init)
        let id = words.first.flatMap(Sheet.ID.init(rawValue:)) ?? .areas
        let base = corpus.bases.first { words.contains($0.name) } ?? corpus.bases[0]
        return (id, base.file)
    }
}
