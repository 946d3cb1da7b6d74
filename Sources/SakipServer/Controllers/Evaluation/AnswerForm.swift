import SakipCore
import Vapor

/// The LKE answers a form posts, per criterion id: `met[1.a.1]` ("ada", "tidak" or empty), the flags
/// `mandate[…]`, `keptOneYear[…]`, `keptFiveYears[…]` (sent only when ticked), `note[…]` and `evidence[…]`
/// (one piece of evidence a line; a line starting with http:// or https:// is a link).
struct AnswerForm: Content {
    var met: [String: String]?
    var mandate: [String: String]?
    var keptOneYear: [String: String]?
    var keptFiveYears: [String: String]?
    var note: [String: String]?
    var evidence: [String: String]?

    /// Most evidence lines kept per criterion, and longest line: a form is not a file store.
    static let evidenceLines = 30
    static let lineLength = 1_000

    /// The answers to the criteria of `version` the form names (a criterion without a `met` field is left out),
    /// built over the stored answers: evidence the product attached (its documents) is kept.
    func answers(_ version: LKEVersion, over stored: LKEAnswers) -> [CriterionAnswer] {
        guard let met else { return [] }
        return version.criteria.compactMap { criterion in
            guard let choice = met[criterion.id] else { return nil }
            let id = criterion.id
            let kept = stored[id]?.evidence.filter { if case .product = $0 { true } else { false } } ?? []
            return CriterionAnswer(criterionId: id, met: choice == "ada" ? true : choice == "tidak" ? false : nil,
                                   mandate: mandate?[id] != nil, keptOneYear: keptOneYear?[id] != nil,
                                   keptFiveYears: keptFiveYears?[id] != nil, note: Self.text(note?[id]),
                                   evidence: kept + Self.evidence(evidence?[id]))
        }
    }

    /// A trimmed text, nil when blank.
    static func text(_ value: String?) -> String? {
        let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Evidence from lines of text: links and descriptions, blank lines dropped.
    static func evidence(_ text: String?) -> [EvidenceReference] {
        let lines = (text ?? "").split(whereSeparator: \.isNewline)
            .map { String($0.trimmingCharacters(in: .whitespaces).prefix(lineLength)) }
            .filter { !$0.isEmpty }
        return lines.prefix(evidenceLines).map { line in
            let lower = line.lowercased()
            return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? .link(url: line, title: nil) : .text(line)
        }
    }

    /// Evidence as the form's textarea shows it: the typed pieces, one a line (the product's documents are listed apart).
    static func editableText(_ evidence: [EvidenceReference]) -> String {
        evidence.compactMap { reference -> String? in
            switch reference {
            case .text(let text): text
            case .link(let url, _): url
            case .product: nil
            }
        }.joined(separator: "\n")
    }

    /// A date typed in Indonesian ("5 Agustus 2025"), nil when blank; an unreadable one is refused naming the field.
    static func date(_ text: String?, field: String) throws(EvaluationWorkflowError) -> CalendarDate? {
        guard let text = Self.text(text) else { return nil }
        do { return try IndonesianDate.parse(text) } catch {
            throw EvaluationWorkflowError("Kolom \(field): \(error.reason) (tulis tanggal seperti 5 Agustus 2025).")
        }
    }

    /// Lines of a textarea, trimmed, blanks dropped.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
