import Foundation
import Testing
@testable import SakipCore

@Suite struct ReviewCatalogueTests {
    @Test func codes_areUniqueAndNamedByCategory() {
        let codes = ReviewCatalogue.standard.map(\.code)
        #expect(Set(codes).count == codes.count)
        let prefixes: [ReviewCategory: String] = [.arithmetic: "ARITH-", .logic: "LOGIC-", .coverage: "COV-",
                                                  .chronology: "CHRON-", .crossModule: "CROSS-"]
        for check in ReviewCatalogue.standard {
            #expect(check.code.hasPrefix(prefixes[check.category]!), "\(check.code)")
            #expect(!check.summary.isEmpty)
        }
    }

    @Test func docs_listEveryCheckWithItsSeverity() throws {
        let docs = try String(contentsOf: Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/reviu.md"), encoding: .utf8)
        for check in ReviewCatalogue.standard {
            let category = check.category == .crossModule ? "cross-module" : check.category.rawValue
            #expect(docs.contains("| `\(check.code)` | \(check.severity.rawValue) | \(category) |"), "\(check.code) missing in docs/reviu.md")
        }
        let documented = docs.components(separatedBy: "\n").filter { $0.hasPrefix("| `") && $0.dropFirst(3).first?.isUppercase == true }.count
        #expect(documented == ReviewCatalogue.standard.count)
    }

    @Test func engine_ordersErrorsFirstAndKeepsCatalogueOrderWithinASeverity() throws {
        let report = try Fixtures.load("asahan-2024").officeYear.review()
        let severities = report.findings.map(\.severity)
        #expect(severities == severities.sorted())
        let order = ReviewCatalogue.standard.map(\.code)
        let errorCodes = report.findings(.error).map { order.firstIndex(of: $0.code)! }
        #expect(errorCodes == errorCodes.sorted())
    }

    @Test func json_hasTheDocumentedShape() throws {
        let year = try Fixtures.load("pematangsiantar-2024").officeYear
        let value = year.review().jsonValue(office: year.office, year: year.year, file: "x.json")
        #expect(value["format"] == .string("sakip-review"))
        #expect(value["summary"]?["errors"] == .number("36"))
        #expect(value["summary"]?["hasErrors"] == .bool(true))
        guard case .array(let findings)? = value["findings"], let first = findings.first else {
            Issue.record("findings missing")
            return
        }
        #expect(first["code"] == .string("ARITH-BUDGET-PERSEN"))
        #expect(first["category"] == .string("arithmetic"))
        #expect(first["place"]?["path"] == .string("$.report.claims[7].persen"))
        #expect(first["expected"] == .string("66,13\u{00A0}%"))
        #expect(first["found"] == .string("66.31 %"))
    }
}
