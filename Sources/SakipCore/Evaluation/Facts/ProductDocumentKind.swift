/// A kind of document e-SAKIP itself holds and links to LKE criteria as evidence.
public enum ProductDocumentKind: String, CaseIterable, Sendable {
    case renstra, rkt, pk, rak, realisations, lkj, dipa, previousLHE, followUp

    /// "Renstra", "Realisasi triwulanan", "LHE tahun lalu".
    public var label: String {
        switch self {
        case .renstra: "Renstra"
        case .rkt: "RKT"
        case .pk: "Perjanjian Kinerja"
        case .rak: "Rencana Aksi Kinerja"
        case .realisations: "Realisasi triwulanan"
        case .lkj: "Laporan Kinerja"
        case .dipa: "DIPA dan revisinya"
        case .previousLHE: "LHE tahun lalu"
        case .followUp: "Tindak lanjut LHE tahun lalu"
        }
    }
}
