import Foundation
@testable import SakipCore

/// A seed fixture reviewed, with lookups by code and path.
struct ReviewedSeed {
    let report: ReviewReport

    init(_ name: String) throws {
        report = try Fixtures.load(name).officeYear.review()
    }

    /// The JSON paths of one check's findings, in report order.
    func paths(_ code: String) -> [String] { report.findings(code: code).compactMap(\.place.path) }

    /// The finding of a check at a path.
    func finding(_ code: String, at path: String) -> ReviewFinding? {
        report.findings(code: code).first { $0.place.path == path }
    }

    /// The codes found, each once.
    var codes: Set<String> { Set(report.findings.map(\.code)) }
}
