import Foundation

/// The office's profile, the Renstra's header and the measurement settings as a form shows them: text
/// fields, checked all at once before anything changes.
public struct ProfileEntry: Codable, Sendable, Equatable {
    public var address = ""
    public var phone = ""
    public var email = ""
    public var website = ""
    /// The place written before signature dates.
    public var city = ""
    public var province = ""
    public var renstraStart = ""
    public var renstraEnd = ""
    public var decree = ""
    public var vision = ""
    /// One mission per line.
    public var missions = ""
    /// One policy direction per line.
    public var policies = ""
    /// `mirror` or `ratio`.
    public var lowerIsBetterFormula = LowerIsBetterFormula.mirror.rawValue
    /// "ya" when each capaian counts as at most 100 in the averages.
    public var capAbove100: String?

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case address, phone, email, website, city, province, renstraStart, renstraEnd, decree, vision, missions, policies
        case lowerIsBetterFormula, capAbove100
    }

    /// Reads a submitted form; a field the form left out counts as empty (an unchecked box sends nothing).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try c.decodeIfPresent(String.self, forKey: key) ?? "" }
        address = try text(.address)
        phone = try text(.phone)
        email = try text(.email)
        website = try text(.website)
        city = try text(.city)
        province = try text(.province)
        renstraStart = try text(.renstraStart)
        renstraEnd = try text(.renstraEnd)
        decree = try text(.decree)
        vision = try text(.vision)
        missions = try text(.missions)
        policies = try text(.policies)
        lowerIsBetterFormula = try text(.lowerIsBetterFormula)
        capAbove100 = try c.decodeIfPresent(String.self, forKey: .capAbove100)
    }

    /// The form filled with what `file` holds.
    public init(_ file: OfficeYear) {
        let office = file.office
        address = office.address ?? ""
        phone = office.phone ?? ""
        email = office.email ?? ""
        website = office.website ?? ""
        city = office.city ?? ""
        province = office.province ?? ""
        if let renstra = file.renstra {
            renstraStart = "\(renstra.startYear)"
            renstraEnd = "\(renstra.endYear)"
            decree = renstra.decree ?? ""
            vision = renstra.vision ?? ""
            missions = renstra.missions.joined(separator: "\n")
            policies = renstra.policies.joined(separator: "\n")
        }
        lowerIsBetterFormula = file.settings.lowerIsBetterFormula.rawValue
        capAbove100 = file.settings.capAbove100ForAverage ? "ya" : nil
    }

    /// `file` with the form's values; every wrong field is reported with its label and nothing changes.
    public func applied(to file: OfficeYear) throws(ProfileRejection) -> OfficeYear {
        var problems: [(field: String, reason: String)] = []
        var next = file
        func text(_ value: String) -> String? {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        func lines(_ value: String) -> [String] {
            value.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        next.office.address = text(address)
        next.office.phone = text(phone)
        next.office.website = text(website)
        next.office.city = text(city)
        next.office.province = text(province)
        if let mail = text(email), !(mail.contains("@") && mail.split(separator: "@").count == 2) {
            problems.append(("Surel", "bukan alamat surel (misalnya kpu@kpu.go.id)."))
        } else {
            next.office.email = text(email)
        }

        switch (text(renstraStart), text(renstraEnd)) {
        case (nil, nil):
            if file.renstra != nil { problems.append(("Periode Renstra", "wajib diisi: Renstra kantor ini sudah ada.")) }
        case let (start?, end?):
            guard let first = Int(start), let last = Int(end) else {
                problems.append(("Periode Renstra", "tahun harus angka (misalnya 2020 dan 2024)."))
                break
            }
            if last < first || last - first > 9 {
                problems.append(("Periode Renstra", "tahun akhir harus sama dengan atau sesudah tahun awal, paling lama 10 tahun."))
            } else if !(first...last).contains(file.year) {
                problems.append(("Periode Renstra", "tahun \(file.year) berada di luar periode \(first)–\(last)."))
            } else {
                var renstra = file.renstra ?? Renstra(startYear: first, endYear: last)
                renstra.startYear = first
                renstra.endYear = last
                renstra.decree = text(decree)
                renstra.vision = text(vision)
                renstra.missions = lines(missions)
                renstra.policies = lines(policies)
                next.renstra = renstra
            }
        default:
            problems.append(("Periode Renstra", "isi tahun awal dan tahun akhir."))
        }

        if let formula = LowerIsBetterFormula(rawValue: lowerIsBetterFormula) {
            next.settings.lowerIsBetterFormula = formula
        } else {
            problems.append(("Rumus indikator semakin rendah semakin baik", "pilih cermin atau rasio."))
        }
        next.settings.capAbove100ForAverage = capAbove100 == "ya"
        guard problems.isEmpty else { throw ProfileRejection(problems: problems) }
        return next
    }
}

/// A profile form that was not saved, with every wrong field.
public struct ProfileRejection: Error, Sendable {
    public var problems: [(field: String, reason: String)]
}
