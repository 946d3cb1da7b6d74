import Foundation

extension LKEVersion {
    /// The bundled LKE: PermenPANRB 88/2021 as its agency adaptations reproduce it (LKE.md §1): 4 components,
    /// 12 sub-components, 80 criteria. Used for performance year 2021 (evaluated from 2022) onward until KPU RI
    /// loads a newer version. The evidence texts are typical documents, not an official list; the prerequisites
    /// and suggestions are the product's, and a loaded version may change them.
    public static let permenPANRB88 = LKEVersion(
        id: "permenpanrb-88-2021",
        title: "Lembar Kriteria Evaluasi AKIP (PermenPANRB 88/2021)",
        basis: "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah",
        firstYear: 2021,
        components: [LKEDefault.perencanaan, LKEDefault.pengukuran, LKEDefault.pelaporan, LKEDefault.evaluasiInternal])
}

/// The bundled LKE's components, one file each.
enum LKEDefault {
    /// A criterion of the bundled LKE.
    static func criterion(_ id: String, _ text: String, evidence: String, documents: [ProductDocumentKind] = [],
                          suggestion: SuggestionRule? = nil, requires: [String] = []) -> LKECriterion {
        LKECriterion(id: id, text: text, evidence: evidence, productEvidence: documents, suggestion: suggestion, requires: requires)
    }

    /// A component whose sub-components take 20 %, 30 % and 50 % of its weight, in that order.
    static func component(_ id: String, _ title: String, weight: Decimal,
                          _ parts: [(title: String, criteria: [LKECriterion])]) -> LKEComponent {
        let subComponents = zip(LKEDimension.allCases, parts).map { dimension, part in
            LKESubComponent(id: "\(id).\(dimension.letter)", dimension: dimension, title: part.title,
                            weight: weight * dimension.share / 100, criteria: part.criteria)
        }
        return LKEComponent(id: id, title: title, weight: weight, subComponents: subComponents)
    }
}
