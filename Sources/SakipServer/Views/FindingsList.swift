import SakipCore

/// Review findings as a list: severity, place, message, expected and found values; the check's code
/// follows in small print, for whoever looks it up in the review catalogue.
struct FindingsList {
    var findings: [ReviewFinding]

    func node() -> Node {
        guard !findings.isEmpty else { return .empty }
        return .ul(
            .class("findings"),
            .forEach(findings) { finding in
                .li(
                    .class("finding \(finding.severity.rawValue)"),
                    .span(.class("badge"), .text(finding.severity.label)),
                    .text(" \(finding.place): \(finding.message)"),
                    .if(finding.expected != nil || finding.found != nil,
                        .span(.class("hint"), .text(" (seharusnya: \(finding.expected ?? "-") · tertulis: \(finding.found ?? "-"))"))),
                    .text(" "),
                    .small(.class("code"), .text(finding.code))
                )
            }
        )
    }
}
