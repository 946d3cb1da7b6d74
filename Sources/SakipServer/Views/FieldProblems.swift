
/// Validation messages shown next to the field they concern.
struct FieldProblems {
    var problems: [(field: String, reason: String)]

    /// The message for `field`, or nothing.
    func node(_ field: String) -> Node {
        let reasons = problems.filter { $0.field == field }.map(\.reason)
        guard !reasons.isEmpty else { return .empty }
        return .p(.class("error field-error"), .attribute(named: "role", value: "alert"), .text("\(field): \(reasons.joined(separator: " "))"))
    }

    /// The messages not tied to a field of the form.
    func others(_ fields: [String]) -> Node {
        let rest = problems.filter { !fields.contains($0.field) }
        guard !rest.isEmpty else { return .empty }
        return .div(.class("error"), .attribute(named: "role", value: "alert"), .ul(.forEach(rest) { .li(.text("\($0.field): \($0.reason)")) }))
    }
}
