import SakipCore

/// The DIPA tree: parents computed from children, leaves editable by the operator.
struct BudgetPage {
    struct Typed {
        var code: String
        var pagu: String
        var realisasi: String
    }

    var office: Office
    var year: Int
    var budget: Budget
    var access: Access
    var error: String?
    /// A line's figures as the user typed them in a refused form.
    var typed: Typed?
    /// The latest recorded change of each line, by its path in the file (`budget.lines[076.01.CQ].children[CQ.6709]`).
    var lastChanges: [String: AuditEntryModel] = [:]
    /// The parent office's unanswered notes on budget lines.
    var parentNotes: [SubmissionNoteModel] = []
    var title: String { "Anggaran \(office.name) \(year)" }

    func body(csrf: String) -> Node {
        let total = budget.tree.total
        return .div(
            .h1(.text("Realisasi anggaran — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .budget(office: office.code, year: year)).node(),
            ParentNotesList(notes: parentNotes, office: office.code, year: year, showPlace: true).node(),
            .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .p(.class("hint"), .text("Baris induk selalu dihitung dari jumlah rinciannya; hanya baris rincian yang dapat diubah.")),
            .table(
                .class("budget"),
                .thead(.tr(.th(.text("Kode")), .th(.text("Uraian")), .th(.text("Pagu")), .th(.text("Realisasi")), .th(.text("Sisa")), .th(.text("Persen")))),
                .tbody(
                    .forEach(Array(zip(budget.tree.flattened, Self.rowPaths(budget.tree.flattened)))) { item, path in
                        row(item.line, depth: item.depth, changed: lastChanges[path], csrf: csrf)
                    },
                    .tr(.class("mean"), .td(), .td(.text("JUMLAH")),
                        .td(.class("num"), .text(IndonesianFormat.number(total.pagu))),
                        .td(.class("num"), .text(IndonesianFormat.number(total.realisasi))),
                        .td(.class("num"), .text(IndonesianFormat.number(total.sisa))),
                        .td(.class("num"), .text(total.persen.map { IndonesianFormat.percent($0) } ?? "-")))
                )
            ),
            .if(!budget.revisions.isEmpty, .div(
                .h2(.text("Revisi DIPA (\(budget.revisions.revisionCount) kali)")),
                .ul(.forEach(budget.revisions) { revision in
                    .li(.text("\(revision.name) — \(IndonesianDate.format(revision.date))\(revision.total.map { " — " + IndonesianFormat.rupiah($0) } ?? "")"))
                }),
                .forEach(budget.revisions.orderProblems) { .p(.class("error"), .text($0.description)) }
            ))
        )
    }

    /// Each line's path in the file, as the audit trail records it: the codes as written, from the program down.
    static func rowPaths(_ items: [(line: BudgetLine, depth: Int)]) -> [String] {
        var stack: [String] = []
        return items.map { item in
            stack = Array(stack.prefix(max(item.depth, 0))) + [item.line.code.short]
            return "budget.lines[" + stack.joined(separator: "].children[") + "]"
        }
    }

    /// "diubah oleh … pada …" under a line's name, from the audit trail.
    private func changedNote(_ entry: AuditEntryModel?) -> Node {
        .unwrap(entry) { .group(.small(.class("changed"), .text("diubah oleh \($0.userName) pada \(WIB.moment($0.at))"))) }
    }

    private func row(_ line: BudgetLine, depth: Int, changed: AuditEntryModel?, csrf: String) -> Node {
        let figures = line.figures
        let indent = Node.class(Indent.className(depth: depth))
        guard line.isLeaf, access.edit else {
            return .tr(.class(line.isLeaf ? "leaf" : "parent"),
                       .td(indent, .text(line.code.short)), .td(.text(line.name), changedNote(changed)),
                       .td(.class("num"), .text(IndonesianFormat.number(figures.pagu))),
                       .td(.class("num"), .text(IndonesianFormat.number(figures.realisasi))),
                       .td(.class("num"), .text(IndonesianFormat.number(figures.sisa))),
                       .td(.class("num"), .text(figures.persen.map { IndonesianFormat.percent($0) } ?? "-")))
        }
        let form = "f-\(line.code.full)"
        let mine = typed?.code == line.code.full ? typed : nil
        return .tr(.class("leaf"),
                   .td(indent, .text(line.code.short),
                       .form(.id(form), .action(SiteURL.budget(office: office.code, year: year).path), .method(.post),
                             Layout.csrfField(csrf), .input(.type(.hidden), .name("code"), .value(line.code.full)))),
                   .td(.text(line.name), changedNote(changed)),
                   .td(.input(.type(.text), .name("pagu"), .value(mine?.pagu ?? IndonesianFormat.number(figures.pagu)), .attribute(named: "form", value: form),
                              .attribute(named: "aria-label", value: "Pagu \(line.code.short)"))),
                   .td(.input(.type(.text), .name("realisasi"), .value(mine?.realisasi ?? IndonesianFormat.number(figures.realisasi)), .attribute(named: "form", value: form),
                              .attribute(named: "aria-label", value: "Realisasi \(line.code.short)"))),
                   .td(.class("num"), .text(IndonesianFormat.number(figures.sisa))),
                   .td(.class("num"), .text(figures.persen.map { IndonesianFormat.percent($0) } ?? "-"),
                       .button(.type(.submit), .attribute(named: "form", value: form), .text("Simpan"))))
    }
}
