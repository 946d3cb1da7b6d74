import SakipCore
import Foundation

/// A new account as the admin typed it, checked field by field before anything is saved.
struct AccountRequest: Codable, Sendable {
    var username: String
    var name: String
    var role: String
    var office: String?
    var password: String

    /// Field label → Indonesian reason, for every field that is wrong. `officeExists` answers whether a
    /// satker code is known; `usernameTaken` whether the name is already used.
    func problems(officeExists: (String) -> Bool, usernameTaken: Bool) -> [(field: String, reason: String)] {
        var problems: [(field: String, reason: String)] = []
        let allowed = username.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) }
        if username.count < 3 || username.count > 40 || !allowed {
            problems.append(("Nama pengguna", "3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung."))
        } else if usernameTaken {
            problems.append(("Nama pengguna", "\(username) sudah dipakai."))
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(("Nama lengkap", "wajib diisi.")) }
        guard let role = UserRole(rawValue: role) else {
            problems.append(("Peran", "pilih salah satu peran."))
            return problems
        }
        let code = office?.trimmingCharacters(in: .whitespaces) ?? ""
        if role != .nationalAdmin && code.isEmpty {
            problems.append(("Kantor", "wajib untuk peran \(role.label)."))
        } else if !code.isEmpty && !officeExists(code) {
            problems.append(("Kantor", "kode satker \(code) tidak dikenal."))
        }
        if let reason = PasswordRule.problem(password, username: username) { problems.append(("Kata sandi", reason)) }
        return problems
    }
}

/// A new office as the admin typed it.
struct OfficeRequest: Codable, Sendable {
    var code: String
    var name: String
    var level: String
    var parent: String?

    /// Every problem of the form; `office` gives the level and name of a registered office by code, so that a
    /// wrong parent is named by its name.
    func problems(office: (String) -> (level: String, name: String)?, codeTaken: Bool) -> [(field: String, reason: String)] {
        var problems: [(field: String, reason: String)] = []
        let allowed = code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        if code.count < 2 || code.count > 20 || !allowed {
            problems.append(("Kode satker", "2–20 huruf, angka atau tanda hubung (misalnya 656024)."))
        } else if codeTaken {
            problems.append(("Kode satker", "\(code) sudah terdaftar."))
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(("Nama kantor", "wajib diisi.")) }
        let parentCode = parent?.trimmingCharacters(in: .whitespaces) ?? ""
        switch level {
        case "ri":
            if !parentCode.isEmpty { problems.append(("Induk", "KPU RI tidak berinduk.")) }
        case "provinsi", "kabupatenKota":
            let expected = level == "provinsi" ? "ri" : "provinsi"
            if parentCode.isEmpty {
                problems.append(("Induk", "wajib: kode satker \(expected == "ri" ? "KPU RI" : "KPU Provinsi") induknya."))
            } else if let parent = office(parentCode) {
                if parent.level != expected {
                    let levelLabel = Office.Level(rawValue: parent.level)?.label ?? parent.level
                    problems.append(("Induk", "\(parent.name) adalah \(levelLabel), bukan \(expected == "ri" ? "KPU RI" : "KPU Provinsi"); pilih induk yang setingkat di atas kantor baru."))
                }
            } else {
                problems.append(("Induk", "kode satker \(parentCode) tidak dikenal."))
            }
        default:
            problems.append(("Tingkat", "pilih KPU RI, KPU Provinsi atau KPU Kabupaten/Kota."))
        }
        return problems
    }
}
