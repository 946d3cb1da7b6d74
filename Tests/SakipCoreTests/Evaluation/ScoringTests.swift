import Foundation
import Testing
@testable import SakipCore

/// LKE.md §2: the score of a scoring and its predikat.
@Suite struct ScoringTests {
    let version = LKEVersion.permenPANRB88

    @Test func workedExample_scores78_85_andBB() {
        let card = Scorecard(version: version, answers: LKEFixture.answers(LKEFixture.workedExample))
        #expect(card.subComponents.map(\.rating.code) == ["A", "BB", "BB", "BB", "BB", "A", "BB", "BB", "B", "BB", "BB", "CC"])
        #expect(card.subComponents.prefix(6).map(\.score) == [d("5.4"), d("7.2"), 12, d("4.8"), d("7.2"), d("13.5")])
        #expect(card.components.map(\.score) == [d("24.6"), d("25.5"), d("11.25"), d("17.5")])
        #expect(card.total == d("78.85"))
        #expect(LKEScore.text(card.total) == "78,85")
        #expect(card.predikat?.predikat == .bb)
        #expect(card.predikat?.name == "Sangat Baik")
        #expect(card.predikat?.interpretation.hasPrefix("Terdapat gambaran bahwa AKIP sangat baik pada 2/3 unit kerja") == true)
    }

    @Test func workedExample_byOverridesAlone_givesTheSameTotal() {
        let overrides = LKEFixture.workedExample.map { RatingOverride(subComponentId: $0.key, rating: $0.value, justification: "Sesuai kertas kerja") }
        let card = Scorecard(version: version, answers: LKEAnswers(), overrides: overrides)
        #expect(card.total == d("78.85"))
        #expect(card.subComponent("1.a")?.derived.rating == .e)
        #expect(card.subComponent("1.a")?.rating == .a)
    }

    @Test(arguments: [("90", Predikat.a), ("90.01", .aa), ("100", .aa), ("80", .bb), ("80.01", .a), ("70", .b), ("70.01", .bb),
                      ("60", .cc), ("50", .c), ("50.01", .cc), ("30.01", .c), ("30", .d), ("0", .d)])
    func predikatBands_areLowerExclusiveUpperInclusive(total: String, expected: Predikat) {
        #expect(PredikatScale.permenPANRB88.band(for: d(total))?.predikat == expected)
    }

    @Test func predikat_isDecidedOnTheTotalAsShown() {
        // 90,004 is printed "90,00": its predikat is the printed figure's, A.
        #expect(PredikatScale.permenPANRB88.band(for: d("90.004"))?.predikat == .a)
        #expect(PredikatScale.permenPANRB88.band(for: d("90.005"))?.predikat == .aa)
        #expect(PredikatScale.permenPANRB88.band(for: d("100.01")) == nil)
        #expect(PredikatScale.permenPANRB88.band(for: d("-1")) == nil)
    }

    @Test func allCriteriaMetPerMandate_givesBBEverywhere_80() {
        let card = Scorecard(version: version, answers: LKEFixture.allMet())
        #expect(card.total == 80)
        #expect(card.predikat?.predikat == .bb)
    }

    @Test func overriddenRating_replacesTheDerivedOneInTheScore() {
        let card = Scorecard(version: version, answers: LKEFixture.allMet(),
                             overrides: [RatingOverride(subComponentId: "1.c", rating: .aa, justification: "Inovasi dasbor kinerja")])
        #expect(card.subComponent("1.c")?.derived.rating == .bb)
        #expect(card.subComponent("1.c")?.rating == .aa)
        #expect(card.subComponent("1.c")?.score == 15)
        #expect(card.total == 83)
    }

    @Test func scoreChange_isSignedWithTwoDecimals() {
        #expect(LKEScore.change(d("2.149")) == "+2,15")
        #expect(LKEScore.change(d("-0.4")) == "-0,40")
        #expect(LKEScore.change(0) == "0,00")
    }
}

/// LKE.md §2.2: each derivation rule on a sub-component of its own.
@Suite struct RatingDerivationTests {
    /// A sub-component of `n` criteria c1 … cn.
    func sub(_ n: Int) -> LKESubComponent {
        LKESubComponent(id: "9.a", dimension: .keberadaan, title: "Uji", weight: 10,
                        criteria: (1...n).map { LKECriterion(id: "9.a.\($0)", text: "Kriteria \($0)") })
    }

    func derive(_ n: Int, met: Int, mandate: Int = 0, kept1: Int = 0, kept5: Int = 0) -> DerivedRating {
        let answers = (1...n).map { i in
            CriterionAnswer(criterionId: "9.a.\(i)", met: i <= met, mandate: i <= mandate, keptOneYear: i <= kept1, keptFiveYears: i <= kept5)
        }
        return RatingDerivation.derive(sub(n), answers: LKEAnswers(answers))
    }

    @Test func allMet_keptFiveYears_isAA() {
        let derived = derive(4, met: 4, mandate: 4, kept1: 4, kept5: 4)
        #expect(derived.rating == .aa)
        #expect(derived.reason == "4 dari 4 kriteria terpenuhi (100,00\u{00A0}%), seluruhnya sesuai mandat nasional dan dipertahankan sekurang-kurangnya 5 tahun → AA")
    }

    @Test func allMet_keptOneYear_isA_evenWhenSomeAreKeptFiveYears() {
        #expect(derive(4, met: 4, mandate: 4, kept1: 4).rating == .a)
        #expect(derive(4, met: 4, mandate: 4, kept1: 4, kept5: 3).rating == .a)
    }

    @Test func allMet_perMandate_isBB() {
        #expect(derive(4, met: 4, mandate: 4, kept1: 3).rating == .bb)
    }

    @Test func allMet_withoutTheMandateOnEvery_isB() {
        let derived = derive(4, met: 4, mandate: 3, kept1: 3, kept5: 3)
        #expect(derived.rating == .b)
        #expect(derived.reason.contains("1 kriteria belum ditandai sesuai mandat nasional"))
    }

    @Test func keptFlagsWithoutTheMandate_doNotCount() {
        #expect(derive(3, met: 3, mandate: 0, kept1: 3, kept5: 3).rating == .b)
    }

    @Test func above75Percent_isB() {
        let derived = derive(6, met: 5, mandate: 5)
        #expect(derived.rating == .b)
        #expect(derived.reason == "5 dari 6 kriteria terpenuhi (83,33\u{00A0}%): lebih dari 75\u{00A0}% → B")
    }

    @Test func exactly75Percent_isCC_andAbove50_isCC() {
        #expect(derive(4, met: 3).rating == .cc)
        #expect(derive(5, met: 3).rating == .cc)
    }

    @Test func exactly50Percent_isC_andAbove25_isC() {
        #expect(derive(4, met: 2).rating == .c)
        #expect(derive(3, met: 1).rating == .c)
    }

    @Test func exactly25Percent_isD_andAbove0_isD() {
        #expect(derive(4, met: 1).rating == .d)
        #expect(derive(11, met: 1).rating == .d)
    }

    @Test func noneMet_isE() {
        let derived = derive(3, met: 0)
        #expect(derived.rating == .e)
        #expect(derived.reason == "0 dari 3 kriteria terpenuhi (0,00\u{00A0}%) → E")
    }

    @Test func unansweredCriteria_countAsNotMet_andAreNamedInTheReason() {
        let answers = LKEAnswers([CriterionAnswer(criterionId: "9.a.1", met: true), CriterionAnswer(criterionId: "9.a.2", met: true),
                                  CriterionAnswer(criterionId: "9.a.3", met: true)])
        let derived = RatingDerivation.derive(sub(4), answers: answers)
        #expect(derived.rating == .cc)
        #expect(derived.unanswered == 1)
        #expect(derived.reason.hasSuffix("1 kriteria belum dijawab dihitung belum terpenuhi"))
    }

    @Test func ratingValues_are100To0() {
        #expect(LKERating.allCases.map(\.value) == [100, 90, 80, 70, 60, 50, 30, 0])
        #expect(LKERating(code: " bb") == .bb)
        #expect(LKERating.a > .bb)
    }
}
