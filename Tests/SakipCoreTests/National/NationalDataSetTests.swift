import Foundation
import Testing
@testable import SakipCore

/// The national data set, generated once for the suite (it is deterministic, so sharing it hides nothing).
enum NationalFixture {
    static let templates: [OfficeYear] = ["asahan-2024-corrected", "pematangsiantar-2024-corrected", "pagaralam-2024-corrected"].map { name in
        do { return try Fixtures.load(name).officeYear } catch { preconditionFailure("seed \(name): \(error)") }
    }
    static let dataSet = NationalDataSet(templates: templates)
    static let officeYears: [OfficeYear] = dataSet.allOfficeYears()
}

@Suite struct SHA256DigestTests {
    @Test func knownVectors() {
        #expect(SHA256Digest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Digest.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var split = SHA256Digest()
        split.update(String(repeating: "a", count: 70))
        split.update(String(repeating: "a", count: 999_930))
        #expect(split.finalHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite struct NationalDataSetShapeTests {
    let dataSet = NationalFixture.dataSet

    @Test func offices_areKPURI_38Provinces_and514KabupatenKota_withUniqueCodes() {
        let levels = Dictionary(grouping: dataSet.offices, by: \.metadata.level).mapValues(\.count)
        #expect(dataSet.offices.count == 553)
        #expect(levels[.ri] == 1 && levels[.provinsi] == 38 && levels[.kabupatenKota] == 514)
        #expect(Set(dataSet.offices.map(\.code)).count == 553)
        #expect(dataSet.offices.allSatisfy { $0.code.count == 6 && $0.code.allSatisfy(\.isNumber) })
        #expect(Set(dataSet.offices.map(\.name)).count == 553)
    }

    @Test func provinces_haveTheirRealNamesAndKabupatenKotaCounts() {
        let provinces = dataSet.offices.filter { $0.metadata.level == .provinsi }
        #expect(provinces.map(\.name) == NationalRegions.provinces.map { "KPU Provinsi \($0.name)" })
        #expect(NationalRegions.provinces.reduce(0) { $0 + $1.kabupaten } == 416)
        #expect(NationalRegions.provinces.reduce(0) { $0 + $1.kota } == 98)
        for (province, region) in zip(provinces, NationalRegions.provinces) {
            let under = dataSet.offices.filter { $0.metadata.level == .kabupatenKota && $0.metadata.provinceCode == province.code }
            #expect(under.count == region.offices, "\(region.name)")
            #expect(under.filter { $0.name.hasPrefix("KPU Kota ") }.count == region.kota, "\(region.name)")
            #expect(under.allSatisfy { $0.metadata.parentCode == province.code && $0.office.parentName == province.name })
        }
    }

    @Test func referenceOffices_keepTheirRealNamesCodesAndProvince() throws {
        let asahan = try #require(dataSet.office("655921"))
        #expect(asahan.name == "KPU Kabupaten Asahan" && asahan.metadata.provinceName == "Sumatera Utara" && asahan.template == 0)
        #expect(dataSet.office("656024")?.name == "KPU Kota Pematangsiantar")
        #expect(dataSet.office("654293")?.name == "KPU Provinsi Sumatera Utara")
        let pagarAlam = try #require(dataSet.offices.first { $0.name == "KPU Kota Pagar Alam" })
        #expect(pagarAlam.metadata.provinceName == "Sumatera Selatan" && pagarAlam.office.areas.count == 5)
    }

    @Test func everyOfficeHasFiveYears_andEveryYearAScenario() {
        #expect(dataSet.years == [2020, 2021, 2022, 2023, 2024])
        #expect(dataSet.scenarios.count == 2_765)
        #expect(NationalFixture.officeYears.count == 2_765)
        #expect(zip(NationalFixture.officeYears, dataSet.scenarios).allSatisfy { $0.office.code == $1.officeCode && $0.year == $1.year })
    }

    @Test func officeYears_carryTheOfficeRenamedAndThePlanOfTheirYear() throws {
        let year = try #require(dataSet.officeYear(officeCode: dataSet.offices[100].code, year: 2022))
        #expect(year.year == 2022 && year.office == dataSet.offices[100].office)
        let template = NationalFixture.templates[dataSet.offices[100].template]
        let oldPlace = template.office.name.replacingOccurrences(of: "KPU Kabupaten ", with: "").replacingOccurrences(of: "KPU Kota ", with: "")
        let traces = OfficeYearWriter.write(year).split(separator: "\n").filter { $0.contains(oldPlace) && !$0.contains("\"source\"") }
        #expect(traces.isEmpty, "no trace of the template's place name: \(traces.prefix(5))")
        #expect(year.agreements.allSatisfy { $0.signedOn?.year == 2022 && $0.signedOn?.month == 1 })
        #expect(year.report.renstraYearNumber == 3)
        #expect(year.budget.history.map(\.year) == [2020, 2021, 2022])
        #expect(year.indicatorHistory.allSatisfy { $0.year < 2022 } && !year.indicatorHistory.isEmpty)
        #expect(!year.realisations.isEmpty && !year.actionPlan.isEmpty)
    }

    @Test func electionYears_haveDPTTurnoutLogisticsAndBoundParticipation() throws {
        let office = try #require(dataSet.office("655921"))
        let years = dataSet.officeYears(of: office)
        let y2024 = try #require(years.last)
        #expect(y2024.elections.map(\.id) == ["pemilu2024", "pemilihan2024"])
        #expect(y2024.elections.allSatisfy { $0.turnout != nil && $0.dpt.tps > 0 })
        #expect(y2024.logistics?.eventId == "pemilu2024" && y2024.logistics?.distributedTPS == y2024.elections[0].dpt.tps)
        #expect(y2024.bindings.contains { $0.indicatorId == "I7" && $0.figure == .participationOverall })
        let participation = try #require(y2024.measure().rows.first { $0.indicator.id == "I7" })
        #expect(participation.realisation == y2024.boundRealisation(for: "I7")?.value)
        let y2022 = years[2]
        #expect(y2022.elections.isEmpty && y2022.logistics == nil)
        #expect(y2022.measure().rows.first { $0.indicator.id == "I7" }?.achievement.percent == nil)
    }
}

@Suite struct NationalScenarioTests {
    let scenarios = NationalFixture.dataSet.scenarios

    private func count(_ items: [OfficeYearScenario], _ document: KeyPath<OfficeYearScenario, DocumentScenario>) -> [SubmissionState: Int] {
        Dictionary(grouping: items, by: { $0[keyPath: document].state }).mapValues(\.count)
    }

    @Test func submissionStates_holdTheStatedQuotasExactly() {
        let latest = scenarios.filter { $0.year == 2024 }
        let earlier = scenarios.filter { $0.year != 2024 }
        // 553 × (70, 8, 7, 10, 5) % by largest remainder; 553 × (40, 10, 10, 25, 15) %; 2.212 × (92, 2, 2, 3, 1) %.
        #expect(count(latest, \.pk) == [.accepted: 387, .resubmitted: 44, .returned: 39, .submitted: 55, .draft: 28])
        #expect(count(latest, \.lkj) == [.accepted: 221, .resubmitted: 55, .returned: 56, .submitted: 138, .draft: 83])
        #expect(count(earlier, \.pk) == [.accepted: 2_035, .resubmitted: 44, .returned: 44, .submitted: 67, .draft: 22])
        #expect(count(earlier, \.lkj) == count(earlier, \.pk))
    }

    @Test func lateSubmissions_are15PercentOfTheSubmittedOnes_andDatedAfterTheDeadline() {
        for group in [scenarios.filter { $0.year == 2024 }, scenarios.filter { $0.year != 2024 }] {
            for document in [\OfficeYearScenario.pk, \OfficeYearScenario.lkj] {
                let submitted = group.map { $0[keyPath: document] }.filter { $0.state != .draft }
                let late = submitted.filter { ($0.daysLate ?? 0) > 0 }
                #expect(late.count == ScenarioMix.share(15, of: submitted.count))
                #expect(late.allSatisfy { document in document.submittedOn.map { document.deadline.days(to: $0) } == document.daysLate })
                #expect(submitted.filter { ($0.daysLate ?? 0) == 0 }.allSatisfy { document in document.submittedOn.map { $0 <= document.deadline } == true })
            }
        }
    }

    @Test func transitions_followTheWorkflow_andReturnsCarryANote() {
        for scenario in scenarios {
            for document in [scenario.pk, scenario.lkj] {
                #expect(document.transitions.last?.to ?? .draft == document.state)
                #expect(zip(document.transitions, document.transitions.dropFirst()).allSatisfy { $0.to == $1.from && $0.on <= $1.on })
                #expect(document.transitions.allSatisfy { ($0.to == .returned) == ($0.note != nil) })
                #expect(document.transitions.allSatisfy { $0.actor == ([.returned, .accepted].contains($0.to) ? .evaluator : .ketua) })
            }
        }
        #expect(scenarios.contains { $0.lkj.state == .accepted && $0.lkj.transitions.contains { $0.to == .returned } })
    }

    @Test func mistakesAndRewordings_holdTheirShares_andGoWhereTheyFit() {
        let withMistakes = scenarios.filter { !$0.mistakes.isEmpty }
        #expect(withMistakes.count == ScenarioMix.share(6, of: 2_765) && withMistakes.count == 166)
        #expect(withMistakes.allSatisfy { $0.lkj.state != .accepted }, "an evaluator would not have accepted them")
        #expect(Set(withMistakes.flatMap(\.mistakes)).count == InjectedMistake.allCases.count, "every kind of mistake occurs")
        let reworded = scenarios.filter { !$0.rewordedIndicators.isEmpty }
        #expect(reworded.count == ScenarioMix.share(4, of: 514 * 5))
        #expect(reworded.allSatisfy { NationalFixture.dataSet.office($0.officeCode)?.metadata.level == .kabupatenKota })
    }

    @Test func rewordedIndicators_getNoStrongSuggestion_andNoDecision() throws {
        let matcher = CatalogueMatcher(catalogue: .kpuDefault)
        for wording in OfficeYearGenerator.rewordings.values {
            let best = matcher.bestSuggestion(for: wording)
            #expect(best?.strength != .strong, "\(wording): \(String(describing: best))")
        }
        let scenario = try #require(scenarios.first { !$0.rewordedIndicators.isEmpty })
        let officeYear = try #require(NationalFixture.officeYears.first { $0.office.code == scenario.officeCode && $0.year == scenario.year })
        let summary = OfficeYearSummary(officeYear, mapping: NationalFixture.dataSet.mapping)
        for id in scenario.rewordedIndicators {
            #expect(summary.indicator(id)?.catalogueCode == nil)
        }
        #expect(summary.indicators.filter { $0.catalogueCode == nil }.count == scenario.rewordedIndicators.count)
    }

    @Test func provinceConsolidation_ofTheNationalData_showsItsScenarios() throws {
        let dataSet = NationalFixture.dataSet
        let sumut = try #require(dataSet.office("654293"))
        let offices = dataSet.offices.filter { $0.metadata.provinceCode == sumut.code }
        let summaries = NationalFixture.officeYears.filter { $0.year == 2024 && offices.map(\.code).contains($0.office.code) }
            .map { OfficeYearSummary($0, mapping: dataSet.mapping) }
        let input = ConsolidationInput(offices: dataSet.metadata, summaries: summaries, statuses: dataSet.scenarios.map(\.status),
                                       mapping: dataSet.mapping)

        let province = try #require(ProvinceConsolidation.build(provinceCode: sumut.code, year: 2024, input: input))

        #expect(province.statusBoard.count == 33 && province.summaries.count == 33)
        let lateOffices = offices.filter { office in dataSet.scenario(officeCode: office.code, year: 2024).map { $0.pk.status.isLate || $0.lkj.status.isLate } ?? false }
        #expect(province.statusBoard.filter { ($0.pk?.isLate ?? false) || ($0.lkj?.isLate ?? false) }.count == lateOffices.count)
        let participation = try #require(province.comparisons.first { $0.entry.code == "IKU-07" })
        let reworded = offices.compactMap { dataSet.scenario(officeCode: $0.code, year: 2024) }.flatMap { scenario in scenario.rewordedIndicators.map { (scenario.officeCode, $0) } }
        #expect(province.unmapped.map { "\($0.office.code) \($0.indicatorId)" }.sorted() == reworded.map { "\($0.0) \($0.1)" }.sorted())
        #expect(participation.rows.count + participation.officesWithout.count == 33)
        #expect(participation.statistics.count > 20 && participation.rows.first?.rank == 1)
        #expect(province.totals.elections.map(\.kind) == [.pemilu, .pemilihan])
        #expect(province.totals.elections[0].participation.map { $0 > 70 && $0 < 95 } == true)
        #expect(province.totals.logistics.offices == 33)
    }
}

@Suite struct NationalDataSetDeterminismTests {
    @Test func sameSeed_givesTheSameDigest_otherSeed_another() {
        let again = NationalDataSet(templates: NationalFixture.templates)
        let other = NationalDataSet(templates: NationalFixture.templates, configuration: .init(seed: 7))

        #expect(again.digest(includingOfficeYears: false) == NationalFixture.dataSet.digest(includingOfficeYears: false))
        #expect(other.digest(includingOfficeYears: false) != NationalFixture.dataSet.digest(includingOfficeYears: false))
        #expect(again.mapping == NationalFixture.dataSet.mapping)
    }

    @Test func everyOfficeYear_isTheSame_whenGeneratedAgain_aloneOrStreamed() {
        let again = NationalDataSet(templates: NationalFixture.templates)
        var index = 0
        var differing: [String] = []
        // Equal values write equal bytes (the writer is deterministic), so comparing values compares the files.
        again.forEachOfficeYear { officeYear, _ in
            if officeYear != NationalFixture.officeYears[index] { differing.append("\(officeYear.office.code) \(officeYear.year)") }
            index += 1
        }
        #expect(index == 2_765 && differing.isEmpty, "\(differing.prefix(5))")
        let alone = again.officeYear(officeCode: "656024", year: 2023)
        #expect(alone == NationalFixture.officeYears.first { $0.office.code == "656024" && $0.year == 2023 })
    }
}

/// Every generated office-year reads back through the writer and the reader, and its review shows errors exactly where
/// its scenario injected them.
@Suite struct NationalDataSetReviewTests {
    /// What one office-year check found: nothing when it round-trips and its error codes are the scenario's.
    private static func problems(_ officeYear: OfficeYear, _ scenario: OfficeYearScenario) -> String? {
        let text = OfficeYearWriter.write(officeYear)
        let read: OfficeYear
        do { read = try OfficeYearReader.read(text).officeYear } catch {
            return "\(officeYear.office.code) \(officeYear.year): does not read back: \(error)"
        }
        guard read == officeYear else { return "\(officeYear.office.code) \(officeYear.year): reads back different" }
        let report = read.review()
        let codes = Set(report.findings(.error).map(\.code))
        guard codes == scenario.expectedErrorCodes else {
            return "\(officeYear.office.code) \(officeYear.year): review errors \(codes.sorted()), injected \(scenario.expectedErrorCodes.sorted())"
        }
        return report.findings(.warning).isEmpty ? nil : "\(officeYear.office.code) \(officeYear.year): warnings \(report.findings(.warning).map(\.code))"
    }

    @Test func everyOfficeYear_roundTrips_andShowsErrorsOnlyWhereInjected() async {
        let pairs = Array(zip(NationalFixture.officeYears, NationalFixture.dataSet.scenarios))
        let workers = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        let found = await withTaskGroup(of: [String].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    stride(from: worker, to: pairs.count, by: workers).compactMap { Self.problems(pairs[$0].0, pairs[$0].1) }
                }
            }
            return await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(found.isEmpty, "\(found.count) office-years: \(found.prefix(10))")
        #expect(pairs.filter { !$0.1.mistakes.isEmpty }.count == 166)
    }
}
