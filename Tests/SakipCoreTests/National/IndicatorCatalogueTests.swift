import Foundation
import Testing
@testable import SakipCore

@Suite struct IndicatorTextTests {
    @Test func tokens_foldCaseSpellingsAbbreviationsAndStopWords() {
        #expect(IndicatorText.tokens("Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan")
            == ["persentase", "partisipasi", "pemilih", "pemilu", "pemilihan"])
        #expect(IndicatorText.tokens("Prosentase partisipasi pemilih pada Pemilihan Umum")
            == ["persentase", "partisipasi", "pemilih", "pemilu"])
        #expect(IndicatorText.tokens("Persentase KPU Kota Pagar Alam yang memuktahirkan Data Pemilih", officeName: "KPU Kota Pagar Alam")
            == ["persentase", "memutakhirkan", "data", "pemilih"])
        #expect(IndicatorText.tokens("Persentase pemilih tidak masuk Daftar Pemilih Tetap tahun 2024") == ["persentase", "pemilih", "tidak", "masuk", "dpt"])
    }

    @Test func key_ignoresCasePunctuationAndSpacing_butNotWording() {
        #expect(IndicatorText.key("Persentase Partisipasi Pemilih  dalam Pemilu/Pemilihan")
            == IndicatorText.key("persentase partisipasi pemilih dalam pemilu - pemilihan."))
        #expect(IndicatorText.key("Persentase partisipasi pemilih") != IndicatorText.key("Persentase partisipasi pemilih pemula"))
    }
}

@Suite struct CatalogueMatcherTests {
    let matcher = CatalogueMatcher(catalogue: .kpuDefault)

    @Test(arguments: [
        ("asahan-2024-corrected", "I7", "IKU-07"), ("asahan-2024-corrected", "I10", "IKU-11"),
        ("asahan-2024-corrected", "I11", "IKU-12"), ("asahan-2024-corrected", "I24", "IK-04"),
        ("pagaralam-2024-corrected", "I5", "IKU-12"), ("pagaralam-2024-corrected", "I7", "IKU-15"),
        ("pagaralam-2024-corrected", "I27", "IKU-16"), ("pagaralam-2024-corrected", "I1", "IK-02"),
        ("pematangsiantar-2024-corrected", "I6", "IKU-07"), ("pematangsiantar-2024-corrected", "I11", "IKU-19"),
        ("pematangsiantar-2024-corrected", "I21", "IKU-04"), ("pematangsiantar-2024-corrected", "I30", "IK-08"),
    ])
    func seedIndicator_isSuggestedItsEntry(seed: String, indicatorId: String, code: String) throws {
        let year = try Fixtures.load(seed).officeYear
        let indicator = try #require(year.indicator(indicatorId))

        let best = matcher.bestSuggestion(for: indicator.statement, kind: indicator.kind, officeName: year.office.name)

        #expect(best?.code == code)
        #expect(best?.strength == .strong)
    }

    @Test func everySeedIndicator_hasAStrongSuggestion() throws {
        for seed in ["asahan-2024-corrected", "pagaralam-2024-corrected", "pematangsiantar-2024-corrected"] {
            let year = try Fixtures.load(seed).officeYear
            for indicator in year.indicators {
                let best = matcher.bestSuggestion(for: indicator.statement, kind: indicator.kind, officeName: year.office.name)
                #expect(best?.strength == .strong, "\(seed) \(indicator.id) \(indicator.statement): \(String(describing: best))")
            }
        }
    }

    @Test func rewordedSpellings_stillFindTheEntry() {
        #expect(matcher.bestSuggestion(for: "Prosentase Partisipasi Pemilih pada Pemilihan Umum Tahun 2024")?.code == "IKU-07")
        #expect(matcher.bestSuggestion(for: "PERSENTASE PARTISIPASI PEMILIH PEREMPUAN DLM PEMILU")?.code == "IKU-08")
        #expect(matcher.bestSuggestion(for: "Persentase sengketa hukum yg dimenangkan oleh KPU Kab. Contoh", officeName: "KPU Kabupaten Contoh")?.code == "IKU-14")
    }

    @Test func unrelatedWording_hasNoSuggestion_andAPartialOverlapIsOnlyPossible() {
        #expect(matcher.suggestions(for: "Tingkat kehadiran warga di TPS pada hari pencoblosan").isEmpty)
        #expect(matcher.suggestions(for: "").isEmpty)
        let partial = matcher.bestSuggestion(for: "Persentase partisipasi masyarakat dalam sosialisasi kepemiluan")
        #expect(partial.map { $0.strength == .possible } ?? true)
    }

    @Test func differentKind_scoresLower() {
        let same = matcher.bestSuggestion(for: "Jumlah laporan sistem akuntansi dan pelaporan keuangan", kind: .count)
        let other = matcher.bestSuggestion(for: "Jumlah laporan sistem akuntansi dan pelaporan keuangan", kind: .percentage)
        #expect(same?.code == "IK-08" && same?.score == 1)
        #expect(other?.code == "IK-08" && other?.score == d("0.85"))
    }

    @Test func bigramSimilarity_ofMisspelling_isHigh() {
        #expect(CatalogueMatcher.bigramDice("penyelenggaraan", "penyelengaraan") >= 0.8)
        #expect(CatalogueMatcher.bigramDice("pemilih", "pemilu") < 0.8)
    }
}

@Suite struct IndicatorMappingTests {
    let matcher = CatalogueMatcher(catalogue: .kpuDefault)

    @Test func decision_holdsAcrossCaseAndPunctuation_andLapsesWhenReworded() {
        var mapping = IndicatorMapping()
        mapping.record(.init(officeCode: "655921", statement: "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", catalogueCode: "IKU-07"))

        #expect(mapping.code(officeCode: "655921", statement: "persentase partisipasi pemilih dalam pemilu, pemilihan") == "IKU-07")
        #expect(mapping.code(officeCode: "655921", statement: "Tingkat partisipasi pemilih") == nil)
        #expect(mapping.code(officeCode: "656024", statement: "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan") == nil)
    }

    @Test func state_isConfirmedNotInCatalogueSuggestedOrNoMatch() {
        var mapping = IndicatorMapping()
        mapping.record(.init(officeCode: "1", statement: "Persentase Sengketa Hukum yang dimenangkan KPU", catalogueCode: "IKU-14"))
        mapping.record(.init(officeCode: "1", statement: "Jumlah kunjungan ke rumah pintar pemilu", catalogueCode: nil))

        #expect(mapping.state(officeCode: "1", officeName: nil, statement: "Persentase Sengketa Hukum yang dimenangkan KPU", kind: .percentage,
                              matcher: matcher) == .confirmed(code: "IKU-14"))
        #expect(mapping.state(officeCode: "1", officeName: nil, statement: "Jumlah kunjungan ke rumah pintar pemilu", kind: .count,
                              matcher: matcher) == .notInCatalogue)
        guard case .suggested(let suggestions) = mapping.state(officeCode: "1", officeName: nil, statement: "Nilai Opini BPK atas laporan keuangan",
                                                                kind: .grade, matcher: matcher) else {
            Issue.record("expected a suggestion")
            return
        }
        #expect(suggestions.first?.code == "IKU-05")
        #expect(mapping.state(officeCode: "1", officeName: nil, statement: "Tingkat kehadiran warga di TPS", kind: .percentage, matcher: matcher) == .noMatch)
    }

    @Test func confirmingStrongSuggestions_addsOnlyStrongMatches_andKeepsEarlierDecisions() throws {
        let summary = OfficeYearSummary(try Fixtures.load("asahan-2024-corrected").officeYear)
        var reworded = summary
        reworded.indicators[0].statement = "Tingkat kehadiran warga di TPS"
        let earlier = IndicatorMapping(decisions: [.init(officeCode: summary.officeCode, statement: summary.indicators[1].statement, catalogueCode: nil)])

        let (mapping, added) = earlier.confirmingStrongSuggestions(for: [reworded], matcher: matcher, by: "admin",
                                                                     on: CalendarDate(year: 2025, month: 3, day: 1)!)

        #expect(added == summary.indicators.count - 2)
        #expect(mapping.code(officeCode: summary.officeCode, statement: "Tingkat kehadiran warga di TPS") == nil)
        #expect(mapping.decision(officeCode: summary.officeCode, statement: summary.indicators[1].statement)?.catalogueCode == nil)
        #expect(mapping.code(officeCode: summary.officeCode, statement: summary.indicator("I7")!.statement) == "IKU-07")
        #expect(mapping.decisions.last?.confirmedBy == "admin")
    }

    @Test func problems_nameDecisionsWithUnknownCodes() {
        let mapping = IndicatorMapping(decisions: [.init(officeCode: "1", statement: "X", catalogueCode: "IKU-99")])
        #expect(mapping.problems(against: .kpuDefault) == ["kode katalog IKU-99 untuk indikator \"X\" (satker 1) tidak ada di katalog"])
    }
}
