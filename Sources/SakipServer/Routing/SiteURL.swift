import Vapor

/// Every page and action of the application: registers the routes and builds every link, so that no
/// page holds a hand-written URL.
public enum SiteURL: Equatable, Sendable {
    case home
    case login
    case logout
    case offices
    case dashboard(office: String, year: Int)
    case realisations(office: String, year: Int)
    case capaianPreview(office: String, year: Int)
    case agreement(office: String, year: Int, level: String)
    case signAgreement(office: String, year: Int, level: String)
    case reviseAgreement(office: String, year: Int, level: String)
    case budget(office: String, year: Int)
    case comments(office: String, year: Int)
    case export(office: String, year: Int)
    case sheets(office: String, year: Int)
    case sheet(office: String, year: Int, sheet: String)
    case importSheet(office: String, year: Int, sheet: String)
    case elections(office: String, year: Int)
    case analyses(office: String, year: Int)
    case profile(office: String, year: Int)
    case documents(office: String, year: Int)
    case document(office: String, year: Int, name: String)
    case finaliseReport(office: String, year: Int)
    case reopenReport(office: String, year: Int)
    case newYear(office: String)
    case auditTrail(office: String, year: Int)
    case auditTrailWorkbook(office: String, year: Int)
    case uploadEvidence(office: String, year: Int)
    case evidenceFile(office: String, year: Int, id: String)
    case deleteEvidence(office: String, year: Int, id: String)
    case uploadCriterionEvidence(office: String, year: Int)
    case criterionEvidenceFile(office: String, year: Int, id: String)
    case deleteCriterionEvidence(office: String, year: Int, id: String)
    case exportBundle(office: String, year: Int)
    case evaluation(office: String, year: Int)
    case startEvaluation(office: String, year: Int)
    case selfAssessment(office: String, year: Int)
    case submitSelfAssessment(office: String, year: Int)
    case scoring(office: String, year: Int)
    case returnEvaluation(office: String, year: Int)
    case completeScoring(office: String, year: Int)
    case reopenScoring(office: String, year: Int)
    case lhe(office: String, year: Int)
    case recommendation(office: String, year: Int)
    case removeRecommendation(office: String, year: Int)
    case issueLHE(office: String, year: Int)
    case lheFile(office: String, year: Int, name: String)
    case followUp(office: String, year: Int)
    case verifyFollowUp(office: String, year: Int)
    case evaluationRecap(office: String, year: Int)
    case evaluationRecapWorkbook(office: String, year: Int)
    case submissions(office: String, year: Int)
    case submitDocument(office: String, year: Int, document: String)
    case returnDocument(office: String, year: Int, document: String)
    case acceptDocument(office: String, year: Int, document: String)
    case answerNote(office: String, year: Int, id: String)
    case submissionVersion(office: String, year: Int, document: String, number: Int)
    case acceptedDocuments(office: String, year: Int)
    case deadlines
    case catalogueMapping
    case catalogueDecision
    case confirmStrongSuggestions
    case consolidation(office: String, year: Int)
    case consolidationWorkbook(office: String, year: Int)
    case lkeVersions
    case lkeVersionState
    case users
    case resetPassword(username: String)
    case newOffice
    case ownPassword
    case importFile
    case stylesheet
    case script

    /// The link to this page.
    public var path: String {
        "/" + components.joined(separator: "/")
    }

    var components: [String] {
        switch self {
        case .home: []
        case .login: ["masuk"]
        case .logout: ["keluar"]
        case .offices: ["kantor"]
        case let .dashboard(office, year): ["kantor", office, "\(year)"]
        case let .realisations(office, year): ["kantor", office, "\(year)", "realisasi"]
        case let .capaianPreview(office, year): ["kantor", office, "\(year)", "realisasi", "pratinjau"]
        case let .agreement(office, year, level): ["kantor", office, "\(year)", "pk", level]
        case let .signAgreement(office, year, level): ["kantor", office, "\(year)", "pk", level, "tandatangani"]
        case let .reviseAgreement(office, year, level): ["kantor", office, "\(year)", "pk", level, "ubah"]
        case let .budget(office, year): ["kantor", office, "\(year)", "anggaran"]
        case let .comments(office, year): ["kantor", office, "\(year)", "komentar"]
        case let .export(office, year): ["kantor", office, "\(year)", "ekspor.json"]
        case let .sheets(office, year): ["kantor", office, "\(year)", "data"]
        case let .sheet(office, year, sheet): ["kantor", office, "\(year)", "data", sheet]
        case let .importSheet(office, year, sheet): ["kantor", office, "\(year)", "data", sheet, "impor"]
        case let .elections(office, year): ["kantor", office, "\(year)", "pemilu"]
        case let .analyses(office, year): ["kantor", office, "\(year)", "analisis"]
        case let .profile(office, year): ["kantor", office, "\(year)", "profil"]
        case let .documents(office, year): ["kantor", office, "\(year)", "dokumen"]
        case let .document(office, year, name): ["kantor", office, "\(year)", "dokumen", name]
        case let .finaliseReport(office, year): ["kantor", office, "\(year)", "lkj", "finalkan"]
        case let .reopenReport(office, year): ["kantor", office, "\(year)", "lkj", "buka-kembali"]
        case let .newYear(office): ["kantor", office, "tahun-baru"]
        case let .auditTrail(office, year): ["kantor", office, "\(year)", "jejak"]
        case let .auditTrailWorkbook(office, year): ["kantor", office, "\(year)", "jejak.xlsx"]
        case let .uploadEvidence(office, year): ["kantor", office, "\(year)", "bukti"]
        case let .evidenceFile(office, year, id): ["kantor", office, "\(year)", "bukti", id]
        case let .deleteEvidence(office, year, id): ["kantor", office, "\(year)", "bukti", id, "hapus"]
        case let .uploadCriterionEvidence(office, year): ["kantor", office, "\(year)", "evaluasi", "bukti"]
        case let .criterionEvidenceFile(office, year, id): ["kantor", office, "\(year)", "evaluasi", "bukti", id]
        case let .deleteCriterionEvidence(office, year, id): ["kantor", office, "\(year)", "evaluasi", "bukti", id, "hapus"]
        case let .exportBundle(office, year): ["kantor", office, "\(year)", "ekspor.zip"]
        case let .evaluation(office, year): ["kantor", office, "\(year)", "evaluasi"]
        case let .startEvaluation(office, year): ["kantor", office, "\(year)", "evaluasi", "mulai"]
        case let .selfAssessment(office, year): ["kantor", office, "\(year)", "evaluasi", "mandiri"]
        case let .submitSelfAssessment(office, year): ["kantor", office, "\(year)", "evaluasi", "mandiri", "ajukan"]
        case let .scoring(office, year): ["kantor", office, "\(year)", "evaluasi", "penilaian"]
        case let .returnEvaluation(office, year): ["kantor", office, "\(year)", "evaluasi", "penilaian", "kembalikan"]
        case let .completeScoring(office, year): ["kantor", office, "\(year)", "evaluasi", "penilaian", "selesai"]
        case let .reopenScoring(office, year): ["kantor", office, "\(year)", "evaluasi", "penilaian", "buka"]
        case let .lhe(office, year): ["kantor", office, "\(year)", "evaluasi", "lhe"]
        case let .recommendation(office, year): ["kantor", office, "\(year)", "evaluasi", "lhe", "rekomendasi"]
        case let .removeRecommendation(office, year): ["kantor", office, "\(year)", "evaluasi", "lhe", "rekomendasi", "hapus"]
        case let .issueLHE(office, year): ["kantor", office, "\(year)", "evaluasi", "lhe", "terbitkan"]
        case let .lheFile(office, year, name): ["kantor", office, "\(year)", "evaluasi", "lhe", name]
        case let .followUp(office, year): ["kantor", office, "\(year)", "evaluasi", "tindak-lanjut"]
        case let .verifyFollowUp(office, year): ["kantor", office, "\(year)", "evaluasi", "tindak-lanjut", "verifikasi"]
        case let .evaluationRecap(office, year): ["kantor", office, "\(year)", "rekap-evaluasi"]
        case let .evaluationRecapWorkbook(office, year): ["kantor", office, "\(year)", "rekap-evaluasi.xlsx"]
        case let .submissions(office, year): ["kantor", office, "\(year)", "pengajuan"]
        case let .submitDocument(office, year, document): ["kantor", office, "\(year)", "pengajuan", document, "ajukan"]
        case let .returnDocument(office, year, document): ["kantor", office, "\(year)", "pengajuan", document, "kembalikan"]
        case let .acceptDocument(office, year, document): ["kantor", office, "\(year)", "pengajuan", document, "terima"]
        case let .answerNote(office, year, id): ["kantor", office, "\(year)", "pengajuan", "catatan", id, "jawab"]
        case let .submissionVersion(office, year, document, number): ["kantor", office, "\(year)", "pengajuan", document, "versi-\(number).docx"]
        case let .acceptedDocuments(office, year): ["kantor", office, "\(year)", "dokumen-diterima.zip"]
        case .deadlines: ["admin", "tenggat"]
        case .catalogueMapping: ["admin", "katalog-indikator"]
        case .catalogueDecision: ["admin", "katalog-indikator", "putuskan"]
        case .confirmStrongSuggestions: ["admin", "katalog-indikator", "konfirmasi-kuat"]
        case let .consolidation(office, year): ["kantor", office, "\(year)", "konsolidasi"]
        case let .consolidationWorkbook(office, year): ["kantor", office, "\(year)", "konsolidasi.xlsx"]
        case .lkeVersions: ["admin", "lke"]
        case .lkeVersionState: ["admin", "lke", "status"]
        case .users: ["admin", "pengguna"]
        case let .resetPassword(username): ["admin", "pengguna", username, "sandi"]
        case .newOffice: ["admin", "kantor"]
        case .ownPassword: ["akun", "sandi"]
        case .importFile: ["impor"]
        case .stylesheet: ["static", "app.css"]
        case .script: ["static", "app.js"]
        }
    }

    /// The route pattern, with parameters named as the controllers read them.
    var pattern: [PathComponent] {
        let officeYear: [PathComponent] = ["kantor", ":office", ":year"]
        switch self {
        case .dashboard: return officeYear
        case .realisations: return officeYear + ["realisasi"]
        case .capaianPreview: return officeYear + ["realisasi", "pratinjau"]
        case .agreement: return officeYear + ["pk", ":level"]
        case .signAgreement: return officeYear + ["pk", ":level", "tandatangani"]
        case .reviseAgreement: return officeYear + ["pk", ":level", "ubah"]
        case .budget: return officeYear + ["anggaran"]
        case .comments: return officeYear + ["komentar"]
        case .export: return officeYear + ["ekspor.json"]
        case .sheets: return officeYear + ["data"]
        case .sheet: return officeYear + ["data", ":sheet"]
        case .importSheet: return officeYear + ["data", ":sheet", "impor"]
        case .elections: return officeYear + ["pemilu"]
        case .analyses: return officeYear + ["analisis"]
        case .profile: return officeYear + ["profil"]
        case .documents: return officeYear + ["dokumen"]
        case .document: return officeYear + ["dokumen", ":name"]
        case .finaliseReport: return officeYear + ["lkj", "finalkan"]
        case .auditTrail: return officeYear + ["jejak"]
        case .auditTrailWorkbook: return officeYear + ["jejak.xlsx"]
        case .uploadEvidence: return officeYear + ["bukti"]
        case .evidenceFile: return officeYear + ["bukti", ":id"]
        case .deleteEvidence: return officeYear + ["bukti", ":id", "hapus"]
        case .uploadCriterionEvidence: return officeYear + ["evaluasi", "bukti"]
        case .criterionEvidenceFile: return officeYear + ["evaluasi", "bukti", ":id"]
        case .deleteCriterionEvidence: return officeYear + ["evaluasi", "bukti", ":id", "hapus"]
        case .exportBundle: return officeYear + ["ekspor.zip"]
        case .reopenReport: return officeYear + ["lkj", "buka-kembali"]
        case .newYear: return ["kantor", ":office", "tahun-baru"]
        case .evaluation: return officeYear + ["evaluasi"]
        case .startEvaluation: return officeYear + ["evaluasi", "mulai"]
        case .selfAssessment: return officeYear + ["evaluasi", "mandiri"]
        case .submitSelfAssessment: return officeYear + ["evaluasi", "mandiri", "ajukan"]
        case .scoring: return officeYear + ["evaluasi", "penilaian"]
        case .returnEvaluation: return officeYear + ["evaluasi", "penilaian", "kembalikan"]
        case .completeScoring: return officeYear + ["evaluasi", "penilaian", "selesai"]
        case .reopenScoring: return officeYear + ["evaluasi", "penilaian", "buka"]
        case .lhe: return officeYear + ["evaluasi", "lhe"]
        case .recommendation: return officeYear + ["evaluasi", "lhe", "rekomendasi"]
        case .removeRecommendation: return officeYear + ["evaluasi", "lhe", "rekomendasi", "hapus"]
        case .issueLHE: return officeYear + ["evaluasi", "lhe", "terbitkan"]
        case .lheFile: return officeYear + ["evaluasi", "lhe", ":name"]
        case .followUp: return officeYear + ["evaluasi", "tindak-lanjut"]
        case .verifyFollowUp: return officeYear + ["evaluasi", "tindak-lanjut", "verifikasi"]
        case .evaluationRecap: return officeYear + ["rekap-evaluasi"]
        case .evaluationRecapWorkbook: return officeYear + ["rekap-evaluasi.xlsx"]
        case .submissions: return officeYear + ["pengajuan"]
        case .acceptedDocuments: return officeYear + ["dokumen-diterima.zip"]
        case .submitDocument: return officeYear + ["pengajuan", ":document", "ajukan"]
        case .returnDocument: return officeYear + ["pengajuan", ":document", "kembalikan"]
        case .acceptDocument: return officeYear + ["pengajuan", ":document", "terima"]
        case .answerNote: return officeYear + ["pengajuan", "catatan", ":id", "jawab"]
        case .submissionVersion: return officeYear + ["pengajuan", ":document", ":version"]
        case .consolidation: return officeYear + ["konsolidasi"]
        case .consolidationWorkbook: return officeYear + ["konsolidasi.xlsx"]
        case .resetPassword: return ["admin", "pengguna", ":username", "sandi"]
        default: return components.map { PathComponent.constant($0) }
        }
    }

    /// A representative value of each office-year page, for registering and testing routes.
    static func officeYearPages(office: String, year: Int) -> [SiteURL] {
        [.dashboard(office: office, year: year), .realisations(office: office, year: year),
         .agreement(office: office, year: year, level: "ketua"), .budget(office: office, year: year),
         .export(office: office, year: year), .sheets(office: office, year: year),
         .sheet(office: office, year: year, sheet: "pegawai"), .analyses(office: office, year: year),
         .elections(office: office, year: year), .auditTrail(office: office, year: year)]
    }
}
