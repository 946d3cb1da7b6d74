import Foundation
import Testing
@testable import SakipCore

/// Which findings block signing a PK: errors in the data, not in figures an imported document printed.
struct ReviewBlockingTests {
    @Test func revisedPKTarget_makesPrintedFiguresStale_withoutBlocking() throws {
        var file = try Fixtures.load("asahan-2024-corrected").officeYear
        let index = try #require(file.agreements.firstIndex { $0.level == .ketua })
        let row = try #require(file.agreements[index].rows.firstIndex { $0.indicatorId == "I7" })
        file.agreements[index].rows[row].target = try MeasureValue.parse("77 %")
        let review = file.review()
        #expect(review.hasErrors)
        let stale = review.findings(code: "ARITH-CAPAIAN") + review.findings(code: "COV-TARGET-TABLE")
        #expect(stale.count >= 2)
        #expect(stale.allSatisfy { $0.concernsStatedFigure })
        #expect(review.blockingFindings.isEmpty)
    }

    @Test func revisionOutOfOrder_blocks() throws {
        let file = try Fixtures.load("pagaralam-2024").officeYear
        let blocking = file.review().blockingFindings
        #expect(blocking.contains { $0.code == "CHRON-REVISION-ORDER" })
        #expect(!blocking.contains { $0.concernsStatedFigure })
    }

    @Test func findingsUnderATable_stayInsideIt() throws {
        let file = try Fixtures.load("pagaralam-2024").officeYear
        let review = file.review()
        let revisions = review.findings(under: "$.budget.revisions")
        #expect(!revisions.isEmpty)
        #expect(revisions.allSatisfy { $0.place.path?.hasPrefix("$.budget.revisions[") == true })
        #expect(review.findings(under: "$.budget.revision").isEmpty)
    }
}
