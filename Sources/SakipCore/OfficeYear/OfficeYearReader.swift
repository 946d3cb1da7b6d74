import Foundation

/// Reads an office-year file strictly: unknown keys, wrong types, unreadable values and dangling ids are
/// errors, all reported at once, each with its place in words and its JSON path. Values of the wrong kind for their indicator are
/// warnings: they are kept as written and shown as rejected when measured.
public struct OfficeYearReader {
    /// A file read successfully, with the warnings found.
    public struct Result: Sendable {
        public let officeYear: OfficeYear
        public let warnings: [LocatedIssue]
    }

    let log: IssueLog

    /// The largest file read: 100 MB, several times an office-year holding tables at their row limit.
    public static let maximumBytes = 100_000_000

    /// Reads a file's text.
    public static func read(_ text: String) throws(OfficeYearReadError) -> Result {
        guard text.utf8.count <= maximumBytes else {
            throw tooLarge("$")
        }
        let root: JSONValue
        do { root = try JSONParser.parse(text) } catch {
            throw OfficeYearReadError(issues: [LocatedIssue(path: "$", value: nil, reason: "JSON tidak sah pada \(error.description)")])
        }
        let reader = OfficeYearReader(log: IssueLog(root: root))
        let officeYear = reader.readRoot(JSONField(value: root, path: "$", log: reader.log))
        // References and kinds are checked on whatever could be read, so that every problem is reported at once.
        if let officeYear {
            reader.checkReferences(officeYear)
            reader.checkElectionReferences(officeYear)
            reader.checkKinds(officeYear)
        }
        guard reader.log.errors.isEmpty, let officeYear else {
            throw OfficeYearReadError(issues: reader.log.errors, warnings: reader.log.warnings)
        }
        return Result(officeYear: officeYear, warnings: reader.log.warnings)
    }

    private static func tooLarge(_ path: String) -> OfficeYearReadError {
        OfficeYearReadError(issues: [LocatedIssue(path: path, value: nil, reason: "berkas lebih dari \(maximumBytes / 1_000_000) MB; satu berkas office-year paling besar \(maximumBytes / 1_000_000) MB")])
    }

    /// Reads a file from disk.
    public static func read(contentsOf url: URL) throws(OfficeYearReadError) -> Result {
        let data: Data
        if let size = try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize, size > maximumBytes {
            throw tooLarge(url.path)
        }
        do { data = try Data(contentsOf: url) } catch {
            throw OfficeYearReadError(issues: [LocatedIssue(path: url.path, location: "Berkas \(url.lastPathComponent)", value: nil,
                                                            reason: "berkas tidak dapat dibuka")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw OfficeYearReadError(issues: [LocatedIssue(path: url.path, location: "Berkas \(url.lastPathComponent)", value: nil,
                                                            reason: "berkas bukan teks UTF-8")])
        }
        return try read(text)
    }

    private func readRoot(_ field: JSONField) -> OfficeYear? {
        guard let root = field.object(["format", "version", "year", "source", "partial", "office", "settings", "people", "objectives",
                                       "indicators", "renstra", "rkt", "agreements", "actionPlan", "realisations",
                                       "measurement", "indicatorHistory", "analyses", "budget", "report", "elections",
                                       "logistics", "bindings"]) else { return nil }
        if let format = root.required("format"), let name = format.string(), name != OfficeYear.formatName {
            format.fail("bukan berkas \(OfficeYear.formatName)")
        }
        if let version = root.required("version"), let number = version.int(), number != OfficeYear.formatVersion {
            version.fail("versi \(number) tidak didukung; versi yang dibaca: \(OfficeYear.formatVersion)")
        }
        let year = root.required("year")?.year()
        let office = root.required("office").flatMap(readOffice)
        let settings = root.optional("settings").flatMap(readSettings) ?? .kpuDefault
        let people = root.list("people").readEach(readPerson)
        let objectives = root.list("objectives").readEach(readObjective)
        let indicators = root.list("indicators").readEach(readIndicator)
        let renstra = root.optional("renstra").flatMap(readRenstra)
        let annualPlan = root.optional("rkt").flatMap(readAnnualPlan)
        let agreements = root.list("agreements").readEach(readAgreement)
        let actionPlan = root.list("actionPlan").readEach(readActionPlanRow)
        let realisations = root.list("realisations").readEach(readRealisation)
        let measurement = root.optional("measurement").flatMap(readMeasurement) ?? MeasurementTable()
        let history = root.list("indicatorHistory").readEach(readHistoryEntry)
        let analyses = root.list("analyses").readEach(readAnalysis)
        let budget = root.optional("budget").flatMap(readBudget) ?? Budget()
        let report = root.optional("report").flatMap(readReport) ?? ReportInfo()
        let elections = root.list("elections").readEach(readElection)
        let logistics = root.optional("logistics").flatMap(readLogistics)
        let bindings = root.list("bindings").readEach(readBinding)
        guard let year, let office else { return nil }
        return OfficeYear(year: year, source: root.optional("source")?.string(), partial: root.optional("partial")?.bool() ?? false,
                          office: office, settings: settings,
                          people: people, objectives: objectives, indicators: indicators, renstra: renstra,
                          annualPlan: annualPlan, agreements: agreements, actionPlan: actionPlan,
                          realisations: realisations, measurement: measurement, indicatorHistory: history,
                          analyses: analyses, budget: budget, report: report, elections: elections,
                          logistics: logistics, bindings: bindings)
    }

    private func readOffice(_ field: JSONField) -> Office? {
        guard let o = field.object(["code", "name", "level", "parentName", "parentCode", "province", "address", "phone",
                                    "email", "website", "city", "areas"]) else { return nil }
        let code = o.required("code")?.string()
        let name = o.required("name")?.string()
        let level = o.required("level")?.choice(Office.Level.self)
        let areas = o.list("areas").compactMap { area -> Office.Area? in
            guard let a = area.object(["name", "villages"]), let name = a.required("name")?.string() else { return nil }
            return Office.Area(name: name, villages: a.list("villages").compactMap { $0.string() })
        }
        guard let code, let name, let level else { return nil }
        return Office(code: code, name: name, level: level, parentName: o.optional("parentName")?.string(),
                      parentCode: o.optional("parentCode")?.string(), province: o.optional("province")?.string(),
                      address: o.optional("address")?.string(), phone: o.optional("phone")?.string(),
                      email: o.optional("email")?.string(), website: o.optional("website")?.string(),
                      city: o.optional("city")?.string(), areas: areas)
    }

    private func readSettings(_ field: JSONField) -> MeasurementSettings? {
        guard let s = field.object(["lowerIsBetterFormula", "capAbove100ForAverage", "categoryBands", "printedCategoryBands"]) else { return nil }
        var settings = MeasurementSettings.kpuDefault
        if let formula = s.optional("lowerIsBetterFormula")?.choice(LowerIsBetterFormula.self) { settings.lowerIsBetterFormula = formula }
        if let cap = s.optional("capAbove100ForAverage")?.bool() { settings.capAbove100ForAverage = cap }
        if let bandsField = s.optional("categoryBands"), let items = bandsField.array() {
            let bands = items.compactMap { item -> CategoryBand? in
                guard let b = item.object(["label", "above", "atMost", "description"]),
                      let label = b.required("label")?.string() else { return nil }
                return CategoryBand(label: label, above: b.optional("above")?.decimal(), atMost: b.optional("atMost")?.decimal(),
                                    description: b.optional("description")?.string())
            }
            do { settings.categories = try CategoryScale(bands: bands) } catch { bandsField.fail(error.reason) }
        }
        // The printed scale is kept as printed, whatever its faults; without `categoryBands` it is read as
        // half-open bands to compute, or the KPU scale is used when it cannot be.
        if let printedField = s.optional("printedCategoryBands"), let items = printedField.array() {
            settings.printedCategories = items.compactMap { item -> PrintedCategoryBand? in
                guard let b = item.object(["label", "range", "description"]), let label = b.required("label")?.string() else { return nil }
                return PrintedCategoryBand(label: label, range: b.optional("range")?.string(), description: b.optional("description")?.string())
            }
            if s.optional("categoryBands") == nil, !settings.printedCategories.isEmpty {
                if let derived = CategoryScale(halfOpenFrom: settings.printedCategories) {
                    settings.categories = derived
                } else {
                    printedField.warn("skala kategori yang tercetak tidak dapat dibaca sebagai rentang setengah terbuka; capaian dikategorikan dengan skala KPU")
                }
            }
        }
        return settings
    }

    private func readPerson(_ field: JSONField) -> Person? {
        guard let p = field.object(["id", "name", "nip", "role", "employment", "rank", "grade", "position", "education",
                                    "division", "regions", "inPostFrom", "inPostUntil", "acting"]) else { return nil }
        let id = p.required("id")?.identifier()
        let name = p.required("name")?.string()
        let role = p.required("role")?.choice(Person.Role.self)
        let employment = p.optional("employment")?.choice(Person.Employment.self)
        let education = p.optional("education")?.choice(Person.Education.self)
        let from = p.optional("inPostFrom")?.date()
        let until = p.optional("inPostUntil")?.date()
        if let from, let until, until.isSurelyBefore(from) {
            p.optional("inPostUntil")?.fail("akhir masa jabatan sebelum awalnya (\(IndonesianDate.format(from)))")
        }
        guard let id, let name, let role else { return nil }
        return Person(id: id, name: name, role: role, nip: p.optional("nip")?.string(), employment: employment,
                      rank: p.optional("rank")?.string(), grade: p.optional("grade")?.string(),
                      position: p.optional("position")?.string(), education: education,
                      division: p.optional("division")?.string(), regions: p.list("regions").compactMap { $0.string() },
                      inPostFrom: from, inPostUntil: until, acting: p.optional("acting")?.choice(Person.Acting.self))
    }
}
