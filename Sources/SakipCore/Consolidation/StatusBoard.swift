import Foundation

/// One office on a status board: where its PK and LKj stand, how late, what the review found, and its headline
/// figures. An office without a summary for the year is on the board with ``hasData`` false.
public struct StatusBoardRow: Hashable, Sendable {
    public var office: OfficeMetadata
    public var year: Int
    public var pk: SubmissionStatus?
    public var lkj: SubmissionStatus?
    public var hasData: Bool
    public var reviewErrors: Int?
    public var reviewWarnings: Int?
    public var capaian: Decimal?
    public var category: String?
    public var pagu: Decimal?
    public var realisasi: Decimal?
    public var absorption: Decimal?
    public var lastChange: Date?
    /// The summary was computed by older rules and waits to be recomputed.
    public var stale: Bool

    /// The larger of the PK's and the LKj's days late.
    public var daysLate: Int? {
        let days = [pk?.daysLate, lkj?.daysLate].compactMap { $0 }
        return days.max()
    }
}

/// The status board of a set of offices for one year.
public enum StatusBoard {
    /// One row per office, in the order of `offices`.
    public static func rows(for offices: [OfficeMetadata], year: Int, in input: ConsolidationInput) -> [StatusBoardRow] {
        offices.map { office in
            let summary = input.summary(office.code, year: year)
            let status = input.status(office.code, year: year)
            return StatusBoardRow(office: office, year: year, pk: status?.pk, lkj: status?.lkj, hasData: summary != nil,
                                  reviewErrors: summary?.review.errors, reviewWarnings: summary?.review.warnings,
                                  capaian: summary?.capaian, category: summary?.category, pagu: summary?.budget.pagu,
                                  realisasi: summary?.budget.realisasi, absorption: summary?.budget.absorption,
                                  lastChange: status?.lastChange, stale: summary?.isStale ?? false)
        }
    }

    /// How many rows are in each state of a document (rows without a state count as draft).
    public static func stateCounts(_ rows: [StatusBoardRow], document: KeyPath<StatusBoardRow, SubmissionStatus?>) -> [(state: SubmissionState, count: Int)] {
        SubmissionState.allCases.map { state in (state, rows.filter { ($0[keyPath: document]?.state ?? .draft) == state }.count) }
    }
}
