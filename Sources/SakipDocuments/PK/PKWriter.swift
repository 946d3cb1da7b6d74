import Foundation
import SakipCore

/// Writes one PK (one level, one revision) per DOMAIN §3: the statement page with the parties and their
/// signatures, then the target table and the program budget table.
enum PKWriter {
    /// Makes a numbered table from a title, columns and rows.
    typealias TableMaker = (String, [ReportTable.Column], [ReportTable.Row]) -> ReportTable

    static func write(_ document: inout WordDocument, _ pk: PerformanceAgreement, _ data: OfficeYear, table: TableMaker) {
        let office = data.office.name
        let ketua = data.people.first { $0.role == .ketua }
        let sekretaris = data.people.first { $0.role == .sekretaris }
        let first = pk.firstParty ?? party(pk.level == .ketua ? ketua : sekretaris,
                                           fallback: pk.level == .ketua ? "Ketua \(office)" : "Sekretaris \(office)")
        let second = pk.level == .sekretaris ? (pk.secondParty ?? party(ketua, fallback: "Ketua \(office)")) : nil
        let revision = pk.revision > 0 ? " (REVISI \(pk.revision))" : ""

        document.title(office.uppercased(), size: 14, spaceAfter: 0)
        document.title("PERJANJIAN KINERJA TAHUN \(data.year)\(revision)", size: 14, spaceAfter: 18)
        document.text("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
        partyLines(&document, first)
        if let second {
            document.text("Selanjutnya disebut Pihak Pertama.")
            partyLines(&document, second)
            document.text("Selaku atasan Pihak Pertama, selanjutnya disebut Pihak Kedua.")
            document.text("Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")
            document.text("Pihak Kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.")
        } else {
            document.text("Berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")
        }
        document.emptyLines(1)
        signatures(&document, pk, data, first: first, second: second)

        document.pageBreak()
        let unit = pk.level == .sekretaris ? "SEKRETARIAT \(office.uppercased())" : office.uppercased()
        document.title("PERJANJIAN KINERJA TAHUN \(data.year)\(revision)", size: 12, spaceAfter: 0)
        document.title(unit, size: 12, spaceAfter: 12)
        let targets = PlanTables.targets(pk.rows, in: data)
        document.table(table("Target Kinerja \(pk.level.label) Tahun \(data.year)\(revision.capitalized)", targets.columns, targets.rows))
        if !pk.programs.isEmpty {
            let programs = PlanTables.programs(pk.programs)
            document.table(table("Program dan Anggaran \(pk.level.label) Tahun \(data.year)\(revision.capitalized)", programs.columns, programs.rows))
        }
        signatures(&document, pk, data, first: first, second: second)
    }

    private static func party(_ person: Person?, fallback position: String) -> PerformanceAgreement.Party {
        PerformanceAgreement.Party(personId: person?.id, name: person?.name ?? "(nama belum diisi)", nip: person?.nip,
                                   position: person?.position ?? position)
    }

    private static func partyLines(_ document: inout WordDocument, _ party: PerformanceAgreement.Party) {
        for (label, value) in [("Nama", party.name), ("Jabatan", party.position)] {
            var paragraph = Paragraph([Run(label), Run("\t: \(value)")], alignment: .left)
            paragraph.indent = 360
            paragraph.spaceAfter = 2
            document.add(paragraph)
        }
    }

    private static func signatures(_ document: inout WordDocument, _ pk: PerformanceAgreement, _ data: OfficeYear,
                                   first: PerformanceAgreement.Party, second: PerformanceAgreement.Party?) {
        let place = pk.place ?? data.office.city ?? data.office.name
        let date = pk.signedOn.map(IndonesianDate.format) ?? "…… Januari \(data.year)"
        let dated = "\(place), \(date)"
        if let second {
            let left = Signer(lines: ["", "PIHAK KEDUA,", "\(second.position),"], name: second.name, nip: second.nip)
            let right = Signer(lines: [dated, "PIHAK PERTAMA,", "\(first.position),"], name: first.name, nip: first.nip)
            document.raw(SignatureBlock.xml(left: left, right: right))
        } else {
            document.raw(SignatureBlock.xml(left: nil, right: Signer(lines: [dated, "\(first.position),"], name: first.name, nip: first.nip)))
        }
    }
}
