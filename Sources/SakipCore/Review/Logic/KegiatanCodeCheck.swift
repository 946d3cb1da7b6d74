import Foundation

/// A kegiatan code that is not a KPU kegiatan of its program (Pagar Alam prints CQ.6636 for 6639
/// Teknis Penyelenggaraan Pemilu/Pemilihan). The list is not exhaustive, hence a warning.
public struct KegiatanCodeCheck: ReviewCheck {
    public let code = "LOGIC-KEGIATAN-CODE"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.logic
    public let summary = "Kode kegiatan anggaran termasuk kegiatan KPU yang dikenal untuk programnya (CQ: 6639, 6709, 6867 …; WA: 3355, 3360)."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.locatedBudgetLines.compactMap { located in
            let code = located.line.code
            guard code.level == .kegiatan, let program = code.program, let kegiatan = code.kegiatan,
                  let known = KnownKegiatan.byProgram[program], known[kegiatan] == nil else { return nil }
            let suggestion = KnownKegiatan.code(named: located.line.name, program: program)
            let hint = suggestion.map { "; nama \(ReviewText.quoted(located.line.name)) adalah kegiatan \(program).\($0)" } ?? ""
            let valid = known.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "; ")
            return finding(ReviewPlace(table: ReviewContext.budgetTable, row: "\(code.full) \(located.line.name)", field: "kode",
                                       path: "\(located.path).code"),
                           "Kode kegiatan \(program).\(kegiatan) tidak dikenal pada program \(program)\(hint). Kode kegiatan program \(program) yang dikenal: \(valid).",
                           expected: suggestion.map { "\(program).\($0)" } ?? known.keys.sorted().map { "\(program).\($0)" }.joined(separator: ", "),
                           found: "\(program).\(kegiatan)")
        }
    }
}
