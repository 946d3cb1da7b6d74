import Foundation

/// A reader of outside input the harness feeds: what its cases are and how many a run gives it.
enum Target: String, CaseIterable {
    /// Office-year files (`POST /impor`, `sakip compute`, `sakip review`): mutated seed fixtures.
    case officeYear = "office-year"
    /// Uploaded .xlsx workbooks: mutated fixtures and workbooks generated from every table of the seeds.
    case workbook
    /// Tables pasted as text, for every kind of table.
    case sheet
    /// The value parsers behind the forms: numbers, money, percentages, dates, measured values, budget codes.
    case values

    var number: Int { Target.allCases.firstIndex(of: self) ?? 0 }

    /// Cases per run at scale 1: the CI budget, about a minute on two cores in a debug build.
    var baseCases: Int {
        switch self {
        case .officeYear: 200
        case .workbook: 250
        case .sheet: 200
        case .values: 6_000
        }
    }

    /// Cases per worker process: a crash costs the rest of its batch a restart.
    var batch: Int {
        switch self {
        case .officeYear: 25
        case .workbook: 50
        case .sheet: 50
        case .values: 2_000
        }
    }

    /// The file extension of a saved input.
    var fileExtension: String {
        switch self {
        case .officeYear: "json"
        case .workbook: "xlsx"
        case .sheet, .values: "txt"
        }
    }
}

/// A case's input: the bytes a reader gets and what they are for (the table a workbook or text is read into).
struct FuzzInput {
    var payload: Data
    var context: String
}

/// What running a case found besides accepting or refusing: a message that is not a located Indonesian
/// sentence, a document that does not open, a file written that does not read back.
struct CaseOutcome {
    var accepted = false
    var problems: [String] = []
    /// The first messages of a refusal, shown by `--case`.
    var refusal: [String] = []
}
