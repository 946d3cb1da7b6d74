import Foundation

/// A reference office-year prepared as the shape of generated ones: its place name (to rename), the national
/// catalogue code of each indicator (its strong suggestion), and which indicators take their realisation from
/// election or logistics data.
struct NationalTemplate: Sendable {
    /// What an indicator's realisation is made of when generated.
    enum Role: Hashable, Sendable {
        case participation(ParticipationFigure)
        /// "Jumlah revisi": the number of DIPA revisions of the year.
        case revisions
        /// Logistics distributed on time.
        case logistics
        case regular
    }

    let source: OfficeYear
    let index: Int
    /// "Asahan", "Pagar Alam".
    let place: String
    /// "Kabupaten" or "Kota".
    let kind: String
    let catalogueCodes: [String: String]
    let roles: [String: Role]
    /// Indicators of the current PKs, each once, in PK order (Ketua first).
    let agreementIndicators: [String]
    /// Voters on the DPT of the reference office (its own recap, else a typical Kab/Kota).
    let baseVoters: Int

    init(_ source: OfficeYear, index: Int, matcher: CatalogueMatcher) {
        self.source = source
        self.index = index
        let name = source.office.name
        kind = name.contains("KPU Kota") ? "Kota" : "Kabupaten"
        place = name.replacingOccurrences(of: "KPU Kabupaten ", with: "").replacingOccurrences(of: "KPU Kota ", with: "")
        var codes: [String: String] = [:]
        var roles: [String: Role] = [:]
        for indicator in source.indicators {
            let best = matcher.bestSuggestion(for: indicator.statement, kind: indicator.kind, officeName: name)
            if let best, best.strength == .strong { codes[indicator.id] = best.code }
            roles[indicator.id] = Self.role(of: codes[indicator.id], indicator)
        }
        catalogueCodes = codes
        self.roles = roles
        var seen = Set<String>()
        agreementIndicators = PerformanceAgreement.Level.allCases.compactMap { source.agreements.current($0) }
            .flatMap { $0.rows.map(\.indicatorId) }.filter { seen.insert($0).inserted }
        let voters = source.elections.map(\.dpt.voters.total).max() ?? 0
        baseVoters = voters > 0 ? voters : 250_000
    }

    private static func role(of code: String?, _ indicator: Indicator) -> Role {
        switch code {
        case "IKU-07": .participation(.overall)
        case "IKU-08": .participation(.women)
        case "IKU-09": .participation(.disability)
        case "IKU-10": .participation(.firstTime)
        case "IKU-16": .logistics
        default: indicator.kind == .count && indicator.statement.lowercased().contains("revisi") ? .revisions : .regular
        }
    }

    /// The governing PK's indicators.
    var governingIndicators: [String] { source.governingAgreement?.rows.map(\.indicatorId) ?? [] }
}

/// Rewrites a reference office's names in every text to another office's: "KPU Kabupaten Asahan" → "KPU Kota
/// Sukamaju", "Kisaran" → "Sukamaju".
struct OfficeRenamer: Sendable {
    private let pairs: [(String, String)]

    init(template: NationalTemplate, office: Office) {
        let targetKind: String
        let targetPlace: String
        switch office.level {
        case .ri:
            targetKind = ""
            targetPlace = "Republik Indonesia"
        case .provinsi:
            targetKind = "Provinsi"
            targetPlace = office.province ?? office.name
        case .kabupatenKota:
            targetKind = office.name.contains("KPU Kota") ? "Kota" : "Kabupaten"
            targetPlace = office.name.replacingOccurrences(of: "KPU Kabupaten ", with: "").replacingOccurrences(of: "KPU Kota ", with: "")
        }
        let fullTarget = targetKind.isEmpty ? targetPlace : "\(targetKind) \(targetPlace)"
        var pairs = [("\(template.kind) \(template.place)", fullTarget),
                     ("\(template.kind) \(template.place)".uppercased(), fullTarget.uppercased()),
                     (template.place, targetPlace), (template.place.uppercased(), targetPlace.uppercased())]
        if let city = template.source.office.city, city != template.place, let newCity = office.city {
            pairs.append((city, newCity))
        }
        self.pairs = pairs.filter { $0.0 != $0.1 && !$0.0.isEmpty }
    }

    func callAsFunction(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var changed = false
        for (from, to) in pairs {
            let pattern = Array(from.utf8)
            guard let first = pattern.first, bytes.count >= pattern.count else { continue }
            var out: [UInt8] = []
            var index = 0
            var found = false
            while index < bytes.count {
                if bytes[index] == first, index + pattern.count <= bytes.count, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    if !found { out.reserveCapacity(bytes.count + 16); out.append(contentsOf: bytes[..<index]) }
                    found = true
                    out.append(contentsOf: to.utf8)
                    index += pattern.count
                } else {
                    if found { out.append(bytes[index]) }
                    index += 1
                }
            }
            if found {
                bytes = out
                changed = true
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    func callAsFunction(_ text: String?) -> String? { text.map { self($0) } }
}
