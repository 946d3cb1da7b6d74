import Foundation
import SakipCore
@testable import SakipServer
import Testing

/// Every page a role can open, visited and checked for markup that came from a payload.
enum XSSPages {
    static func officeYearPages(_ office: String, _ year: Int) -> [String] {
        let pages: [SiteURL] = [
            .dashboard(office: office, year: year), .realisations(office: office, year: year),
            .agreement(office: office, year: year, level: "ketua"), .agreement(office: office, year: year, level: "sekretaris"),
            .budget(office: office, year: year), .sheets(office: office, year: year), .elections(office: office, year: year),
            .analyses(office: office, year: year), .profile(office: office, year: year), .documents(office: office, year: year),
            .submissions(office: office, year: year),
        ] + Sheet.ID.allCases.map { .sheet(office: office, year: year, sheet: $0.rawValue) }
        return pages.map(\.path)
    }

    static let sitePages = [SiteURL.offices, .users, .newOffice, .importFile, .ownPassword, .deadlines, .catalogueMapping].map(\.path)

    /// Opens each page as `client`; every page that answers must be free of payload markup.
    /// Returns how many pages answered 200, so that a caller can tell the visit was real.
    @discardableResult
    static func check(_ client: WebClient, _ paths: [String], as who: String) async throws -> Int {
        var opened = 0
        for path in paths {
            let page = try await client.get(path)
            if page.status == .ok { opened += 1 }
            let problems = XSSCheck.problems(in: page.body, page: "\(who) \(path)")
            #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))")
        }
        return opened
    }

    /// A seed office-year file with a payload in every free-text field (names, statements, places,
    /// addresses, narratives, notes); ids, codes, dates, figures and choices are left as they are.
    static func poisonedSeed(_ name: String, officeName: String) throws -> String {
        let url = DemoData.seedDirectory.appendingPathComponent("\(name).json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        var counter = 0
        json = poison(json, key: nil, counter: &counter)
        if var root = json as? [String: Any], var office = root["office"] as? [String: Any] {
            office["name"] = officeName
            root["office"] = office
            json = root
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
    }

    static let freeTextKeys: Set<String> = [
        "actions", "obstacles", "solutions", "address", "area", "city", "province", "phone", "website", "decree", "vision",
        "missions", "policies", "definition", "description", "district", "division", "explanation", "evidence", "item",
        "method", "name", "note", "notApplicableReason", "place", "position", "rank", "responsibleUnit", "statement",
        "supplier", "text", "where", "dataSource", "source", "parentName",
    ]

    private static func poison(_ value: Any, key: String?, counter: inout Int) -> Any {
        switch value {
        case let object as [String: Any]:
            var result: [String: Any] = [:]
            // In key order: the payloads' numbers (and so which field holds payload 1) are the same on every run.
            for key in object.keys.sorted() { result[key] = poison(object[key] as Any, key: key, counter: &counter) }
            return result
        case let array as [Any]:
            return array.map { poison($0, key: key, counter: &counter) }
        case let text as String where key.map(freeTextKeys.contains) == true:
            counter += 1
            return XSSCorpus.payload(counter, label: String(text.prefix(12)))
        default:
            return value
        }
    }
}
