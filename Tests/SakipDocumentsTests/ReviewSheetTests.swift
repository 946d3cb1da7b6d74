import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

/// The Lembar Reviu lists every finding of the automatic review, by severity, for the reviewer.
@Suite struct ReviewSheetTests {
    @Test func asPrintedSeed_listsEveryFinding_withItsCodeAndExpectedValue() throws {
        let data = try Seeds.load("asahan-2024")
        let review = data.review()
        let bytes = try ReviewSheetDocument(data, reviewedOn: CalendarDate(year: 2025, month: 1, day: 20)!).docx()
        let package = try OpenedPackage(bytes)
        expectValidPackage(package)
        let text = package.documentText
        #expect(text.contains("LEMBAR REVIU"))
        #expect(text.contains("20 Januari 2025"))
        #expect(text.contains("menemukan \(review.count(.error)) kesalahan, \(review.count(.warning)) peringatan"))
        for code in Set(review.findings.map(\.code)) { #expect(text.contains(code), "\(code)") }
        #expect(text.contains("1.100 %"))
        #expect(try ReviewSheetDocument(data, reviewedOn: CalendarDate(year: 2025, month: 1, day: 20)!).docx() == bytes)
    }

    @Test func correctedSeed_saysThereIsNoError() throws {
        let data = try Seeds.load("pematangsiantar-2024-corrected")
        let text = try OpenedPackage(DocumentRenderer.render(.reviu, data, format: .docx)).documentText
        #expect(text.contains("menemukan 0 kesalahan, 0 peringatan dan 0 catatan"))
        #expect(text.contains("Tidak ada temuan"))
    }
}
