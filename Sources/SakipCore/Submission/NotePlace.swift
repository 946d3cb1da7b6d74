/// Where a return note of the parent office points: the whole document, an indicator, a table row (a budget line or
/// a PK program), a review finding or a chapter. The office sees the note there.
public struct NotePlace: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case general = "umum"
        case indicator = "indikator"
        case tableRow = "baris"
        case finding = "temuan"
        case chapter = "bab"
    }

    public var kind: Kind
    /// An indicator id, a budget code, a check code, a chapter number; empty for the whole document.
    public var key: String
    /// The place in words ("Indikator I3: Persentase …").
    public var label: String

    public init(kind: Kind, key: String, label: String) {
        self.kind = kind
        self.key = key
        self.label = label
    }

    /// The whole document.
    public static let general = NotePlace(kind: .general, key: "", label: "Dokumen secara umum")

    /// "indikator:I3": what a form sends to name the place.
    public var token: String { "\(kind.rawValue):\(key)" }

    /// The chapters of an LKj (PermenPANRB 53/2014), by number as the note stores them.
    public static let lkjChapters: [(key: String, title: String)] = [
        ("ringkasan", "Ikhtisar Eksekutif"), ("1", "Bab I Pendahuluan"), ("2", "Bab II Perencanaan Kinerja"),
        ("3", "Bab III Akuntabilitas Kinerja"), ("4", "Bab IV Penutup"), ("lampiran", "Lampiran"),
    ]

    /// The places a note on `document` of an office-year can point at, in the order a form lists them: the whole
    /// document, each indicator of the governing PK, for the LKj each budget line, review finding and chapter, for
    /// the PK each program row.
    public static func choices(in officeYear: OfficeYear, document: SubmissionDocument, findings: [ReviewFinding]) -> [NotePlace] {
        var places = [general]
        let agreement = officeYear.agreements.governing
        let indicatorIds = agreement.map { $0.rows.map(\.indicatorId) } ?? officeYear.indicators.map(\.id)
        for id in indicatorIds {
            let statement = officeYear.indicators.first { $0.id == id }?.statement ?? id
            places.append(NotePlace(kind: .indicator, key: id, label: "Indikator \(id): \(statement)"))
        }
        switch document {
        case .pk:
            for program in agreement?.programs ?? [] {
                let key = program.code ?? program.name
                places.append(NotePlace(kind: .tableRow, key: key, label: "Program \(program.code.map { "\($0) " } ?? "")\(program.name)"))
            }
        case .lkj:
            for (line, _) in officeYear.budget.tree.flattened {
                places.append(NotePlace(kind: .tableRow, key: line.code.full, label: "Anggaran \(line.code.full) \(line.name)"))
            }
            var seen = Set<String>()
            for finding in findings where finding.severity != .note && seen.insert(finding.code).inserted {
                places.append(NotePlace(kind: .finding, key: finding.code, label: "Temuan reviu \(finding.code): \(finding.message)"))
            }
            for chapter in lkjChapters { places.append(NotePlace(kind: .chapter, key: chapter.key, label: chapter.title)) }
        }
        return places
    }
}
