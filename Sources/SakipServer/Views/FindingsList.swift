import Plot
import SakipCore

/// Review findings as a list: severity, check code, place, message, expected and found values.
struct FindingsList {
    var findings: [ReviewFinding]

    func node() -> Node<HTML.BodyContext> {
        guard !findings.isEmpty else { return .empty }
        return .ul(
            .class("findings"),
            .forEach(findings) { finding in
                .li(
                    .class("finding \(finding.severity.rawValue)"),
                    .span(.class("badge"), .text(finding.severity.label)),
                    .text(" "),
                    .code(.text(finding.code)),
                    .text(" — \(finding.place): \(finding.message)"),
                    .if(finding.expected != nil || finding.found != nil,
                        .span(.class("hint"), .text(" (seharusnya: \(finding.expected ?? "-") · tertulis: \(finding.found ?? "-"))")))
                )
            }
        )
    }
}
