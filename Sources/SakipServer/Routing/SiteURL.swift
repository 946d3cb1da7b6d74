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
        case .reopenReport: return officeYear + ["lkj", "buka-kembali"]
        case .newYear: return ["kantor", ":office", "tahun-baru"]
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
         .elections(office: office, year: year)]
    }
}
