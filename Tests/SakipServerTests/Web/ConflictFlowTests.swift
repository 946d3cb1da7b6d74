import Foundation
@testable import SakipServer
import Testing
import Vapor

@Suite(.serialized) struct ConflictFlowTests {
    /// The version a page's forms carry.
    static func version(_ page: WebClient.Page) -> String? {
        guard let range = page.body.range(of: "name=\"\(FormVersion.field)\" value=\"") else { return nil }
        return String(page.body[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func secondUserOnTheSameValue_seesWhoChangedIt_andKeepsWhatTheyTyped() async throws {
        try await withDemoApp { app in
            let ani = WebClient(app: app), budi = WebClient(app: app)
            try await ani.login("operator.asahan")
            try await budi.login("operator.asahan")
            let path = SiteURL.realisations(office: asahan, year: 2024).path
            let aniPage = try await ani.get(path)
            let budiPage = try await budi.get(path)
            let shown = try #require(Self.version(aniPage))
            #expect(Self.version(budiPage) == shown)

            let first = try await ani.post(path, form: ["indicatorId": "I7", "quarter": "2", "value": "60 %", "explanation": "data Ani",
                                                        FormVersion.field: shown])
            let second = try await budi.post(path, form: ["indicatorId": "I7", "quarter": "2", "value": "65 %", "explanation": "data Budi",
                                                          FormVersion.field: shown])
            // A different cell from the same old page still saves.
            let other = try await budi.post(path, form: ["indicatorId": "I7", "quarter": "3", "value": "70 %", FormVersion.field: shown])

            #expect(first.status == .seeOther)
            #expect(second.status == .conflict)
            #expect(second.body.contains("Data ini telah diubah oleh operator.asahan pada"))
            #expect(second.body.contains("muat ulang"))
            #expect(second.body.contains("value=\"65 %\""))
            #expect(second.body.contains("data Budi"))
            #expect(other.status == .seeOther)
            let file = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024))
            #expect(file.realisations.first { $0.indicatorId == "I7" && $0.quarter == .second }?.value == .percentage(60))
            #expect(file.realisations.first { $0.indicatorId == "I7" && $0.quarter == .third }?.value == .percentage(70))
        }
    }

    @Test func staleAnalysisForm_isRefused_withTheTextsKept_butOtherPagesMerge() async throws {
        try await withDemoApp { app in
            let ani = WebClient(app: app), budi = WebClient(app: app)
            try await ani.login("operator.asahan")
            try await budi.login("operator.asahan")
            let analysis = SiteURL.analyses(office: asahan, year: 2024).path
            let shown = try #require(Self.version(try await budi.get(analysis)))
            try await ani.post(SiteURL.realisations(office: asahan, year: 2024).path,
                               form: ["indicatorId": "I7", "quarter": "1", "value": "10 %", FormVersion.field: shown])

            // Budi's analysis does not touch the realisation: it merges.
            let merged = try await budi.post(analysis, form: ["actions[I7]": "Upaya Budi", FormVersion.field: shown])
            let shownAgain = try #require(Self.version(try await ani.get(analysis)))
            try await ani.post(analysis, form: ["actions[I7]": "Upaya Ani", FormVersion.field: shownAgain])
            let refused = try await budi.post(analysis, form: ["actions[I7]": "Upaya Budi lagi", FormVersion.field: shownAgain])

            #expect(merged.status == .seeOther)
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("Upaya Budi lagi"))
            let file = try #require(try await OfficeYearStore(database: app.db).load(officeCode: asahan, year: 2024))
            #expect(file.analyses.first { $0.indicatorId == "I7" }?.actions == "Upaya Ani")
            #expect(file.realisations.contains { $0.indicatorId == "I7" && $0.quarter == .first })
        }
    }
}
