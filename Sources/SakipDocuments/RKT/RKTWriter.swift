import Foundation
import SakipCore

/// Writes the Rencana Kinerja Tahunan: its target table, its program budget and the Ketua's signature.
enum RKTWriter {
    static func write(_ document: inout WordDocument, _ data: OfficeYear, table: PKWriter.TableMaker) {
        document.title("RENCANA KINERJA TAHUNAN TAHUN \(data.year)", size: 14, spaceAfter: 0)
        document.title(data.office.name.uppercased(), size: 14, spaceAfter: 18)
        guard let plan = data.annualPlan, !plan.rows.isEmpty else {
            document.text("Rencana Kinerja Tahunan belum diisi.")
            return
        }
        let targets = PlanTables.targets(plan.rows, in: data)
        document.table(table("Rencana Kinerja Tahunan \(data.office.name) Tahun \(data.year)", targets.columns, targets.rows))
        if !plan.programs.isEmpty {
            let programs = PlanTables.programs(plan.programs)
            document.table(table("Program dan Anggaran Rencana Kinerja Tahunan \(data.year)", programs.columns, programs.rows))
        }
        // The RKT is signed with the Ketua's first PK: its date and place are the data's, not today's.
        let pk = data.agreements.filter { $0.level == .ketua }.min { $0.revision < $1.revision }
        let ketua = data.people.first { $0.role == .ketua }
        let place = pk?.place ?? data.office.city ?? data.office.name
        let date = pk?.signedOn.map(IndonesianDate.format) ?? "…… Januari \(data.year)"
        let signer = Signer(lines: ["\(place), \(date)", "\(ketua?.position ?? "Ketua \(data.office.name)"),"],
                            name: ketua?.name ?? "(nama belum diisi)", nip: nil)
        document.raw(SignatureBlock.xml(left: nil, right: signer))
    }
}
