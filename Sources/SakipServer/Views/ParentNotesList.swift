import SakipCore

/// The parent office's unanswered notes that point at one place, shown where they point, with a link to answer them.
struct ParentNotesList {
    var notes: [SubmissionNoteModel]
    var office: String
    var year: Int
    /// Whether each note names its place (a page that lists notes of several places).
    var showPlace = false

    func node() -> Node {
        guard !notes.isEmpty else { return .empty }
        return .div(.class("parent-notes"), .attribute(named: "role", value: "note"),
                    .forEach(notes) { note in
                        .p(.class("parent-note"), .id("catatan-\(note.id?.uuidString ?? "")"),
                           .strong(.text("Catatan kantor induk")), .if(showPlace, .text(" — \(note.placeLabel)")), .text(" (\(note.authorName), \(WIB.moment(note.at))): \(note.text) "),
                           .a(.href(SiteURL.submissions(office: office, year: year).path + "#catatan-\(note.id?.uuidString ?? "")"),
                              .text("Jawab catatan")))
                    })
    }
}
