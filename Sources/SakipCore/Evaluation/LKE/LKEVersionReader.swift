import Foundation

/// Reads an LKE version file strictly (format `sakip-lke`, docs/evaluation-format.md): unknown keys, wrong types,
/// duplicate ids, dangling prerequisites and weights that do not add up are errors, all reported at once with
/// their JSON paths in Indonesian.
public struct LKEVersionReader {
    /// Largest file accepted: the bundled LKE is about 40 kB.
    public static let sizeLimit = 2_000_000
    static let document = "berkas LKE"

    let log = IssueLog()

    /// Reads a file's text.
    public static func read(_ text: String) throws(EvaluationReadError) -> LKEVersion {
        let root = try BoundedJSON.parse(text, limit: sizeLimit, document: document)
        let reader = LKEVersionReader()
        let version = reader.readRoot(JSONField(value: root, path: "$", log: reader.log))
        guard reader.log.errors.isEmpty, let version else {
            throw EvaluationReadError(document: document, issues: reader.log.errors)
        }
        return version
    }

    private func readRoot(_ field: JSONField) -> LKEVersion? {
        guard let root = field.object(["format", "version", "id", "title", "basis", "firstYear", "lastYear",
                                       "pemanfaatanTolerance", "predikat", "components"]) else { return nil }
        if let format = root.required("format"), let name = format.string(), name != LKEVersion.formatName {
            format.fail("bukan berkas \(LKEVersion.formatName)")
        }
        if let version = root.required("version"), let number = version.int(), number != LKEVersion.formatVersion {
            version.fail("versi \(number) tidak didukung; versi yang dibaca: \(LKEVersion.formatVersion)")
        }
        let id = root.required("id")?.identifier()
        let title = root.required("title").flatMap(EvaluationFields.text)
        let firstYear = root.required("firstYear").flatMap(EvaluationFields.year)
        let lastYear = root.optional("lastYear").flatMap(EvaluationFields.year)
        if let firstYear, let lastYear, lastYear < firstYear { root.optional("lastYear")?.fail("tahun terakhir sebelum tahun pertama (\(firstYear))") }
        let tolerance = root.optional("pemanfaatanTolerance")?.decimal() ?? 0
        if tolerance < 0 || tolerance > 100 { root.optional("pemanfaatanTolerance")?.fail("toleransi harus 0 sampai 100 poin") }
        let scale = root.optional("predikat").flatMap(readScale) ?? .permenPANRB88
        let componentsField = root.required("components")
        let componentItems = componentsField?.array()
        let components = componentItems?.compactMap(readComponent) ?? []
        if let componentsField {
            if componentItems?.isEmpty == true { componentsField.fail("LKE harus memuat sekurang-kurangnya satu komponen") }
            checkTree(components, complete: components.count == componentItems?.count, at: componentsField)
        }
        guard let id, let title, let firstYear, !components.isEmpty else { return nil }
        return LKEVersion(id: id, title: title, basis: root.optional("basis")?.string(), firstYear: firstYear, lastYear: lastYear,
                          components: components, predikatScale: scale, pemanfaatanTolerance: tolerance)
    }

    private func readComponent(_ field: JSONField) -> LKEComponent? {
        guard let c = field.object(["id", "title", "weight", "subComponents"]) else { return nil }
        let id = c.required("id")?.identifier()
        let title = c.required("title").flatMap(EvaluationFields.text)
        let weight = c.required("weight").flatMap(EvaluationFields.weight)
        let subs = c.required("subComponents")
        let subItems = subs?.array()
        let subComponents = subItems?.compactMap(readSubComponent) ?? []
        if let subs, subItems?.isEmpty == true { subs.fail("komponen harus memuat sekurang-kurangnya satu sub-komponen") }
        if let weight, let subs, !subComponents.isEmpty, subComponents.count == subItems?.count {
            let sum = subComponents.reduce(Decimal(0)) { $0 + $1.weight }
            if sum != weight {
                subs.fail("jumlah bobot sub-komponen \(IndonesianFormat.plain(sum)) tidak sama dengan bobot komponen \(IndonesianFormat.plain(weight))")
            }
        }
        var dimensions = Set<LKEDimension>()
        for (index, sub) in subComponents.enumerated() where !dimensions.insert(sub.dimension).inserted {
            field.log.error("\(field.path).subComponents[\(index)].dimension", sub.dimension.rawValue,
                            "dimensi \(sub.dimension.label) sudah dipakai sub-komponen lain pada komponen ini")
        }
        guard let id, let title, let weight else { return nil }
        return LKEComponent(id: id, title: title, weight: weight, subComponents: subComponents)
    }

    private func readSubComponent(_ field: JSONField) -> LKESubComponent? {
        guard let s = field.object(["id", "dimension", "title", "weight", "criteria"]) else { return nil }
        let id = s.required("id")?.identifier()
        let dimension = s.required("dimension")?.choice(LKEDimension.self)
        let title = s.required("title").flatMap(EvaluationFields.text)
        let weight = s.required("weight").flatMap(EvaluationFields.weight)
        let criteriaField = s.required("criteria")
        let criteriaItems = criteriaField?.array()
        let criteria = criteriaItems?.compactMap(readCriterion) ?? []
        if let criteriaField, criteriaItems?.isEmpty == true {
            criteriaField.fail("sub-komponen harus memuat sekurang-kurangnya satu kriteria")
        }
        guard let id, let dimension, let title, let weight else { return nil }
        return LKESubComponent(id: id, dimension: dimension, title: title, weight: weight, criteria: criteria)
    }

    private func readCriterion(_ field: JSONField) -> LKECriterion? {
        guard let c = field.object(["id", "text", "evidence", "productEvidence", "suggestion", "requires"]) else { return nil }
        let id = c.required("id")?.identifier()
        let text = c.required("text").flatMap(EvaluationFields.text)
        let documents = c.list("productEvidence").compactMap { $0.choice(ProductDocumentKind.self) }
        let suggestion = c.optional("suggestion")?.choice(SuggestionRule.self)
        let requires = c.list("requires").compactMap { $0.identifier() }
        guard let id, let text else { return nil }
        return LKECriterion(id: id, text: text, evidence: c.optional("evidence")?.string(), productEvidence: documents,
                            suggestion: suggestion, requires: requires)
    }

    private func readScale(_ field: JSONField) -> PredikatScale? {
        let bands = field.array()?.compactMap { item -> PredikatBand? in
            guard let b = item.object(["predikat", "above", "atMost", "name", "interpretation"]) else { return nil }
            let predikat = b.required("predikat")?.choice(Predikat.self)
            let atMost = b.required("atMost")?.decimal()
            let name = b.required("name").flatMap(EvaluationFields.text)
            let interpretation = b.required("interpretation").flatMap(EvaluationFields.text)
            guard let predikat, let atMost, let name, let interpretation else { return nil }
            return PredikatBand(predikat: predikat, above: b.optional("above")?.decimal(), atMost: atMost, name: name,
                                interpretation: interpretation)
        } ?? []
        do { return try PredikatScale(bands: bands) } catch {
            field.fail(error.reason)
            return nil
        }
    }

    /// Ids unique across the version, weights adding up to 100, prerequisites naming known other criteria.
    private func checkTree(_ components: [LKEComponent], complete: Bool, at field: JSONField) {
        let total = components.reduce(Decimal(0)) { $0 + $1.weight }
        if complete, !components.isEmpty, total != 100 {
            field.fail("jumlah bobot komponen \(IndonesianFormat.plain(total)) harus 100")
        }
        var seen = Set<String>()
        for (ci, component) in components.enumerated() {
            let componentPath = "\(field.path)[\(ci)]"
            if !seen.insert(component.id).inserted { log.error("\(componentPath).id", component.id, "id sudah dipakai") }
            for (si, sub) in component.subComponents.enumerated() {
                let subPath = "\(componentPath).subComponents[\(si)]"
                if !seen.insert(sub.id).inserted { log.error("\(subPath).id", sub.id, "id sudah dipakai") }
                for (ki, criterion) in sub.criteria.enumerated() where !seen.insert(criterion.id).inserted {
                    log.error("\(subPath).criteria[\(ki)].id", criterion.id, "id sudah dipakai")
                }
            }
        }
        let criterionIds = Set(components.flatMap { $0.subComponents.flatMap { $0.criteria.map(\.id) } })
        for (ci, component) in components.enumerated() {
            for (si, sub) in component.subComponents.enumerated() {
                for (ki, criterion) in sub.criteria.enumerated() {
                    for (ri, required) in criterion.requires.enumerated() where required == criterion.id || !criterionIds.contains(required) {
                        log.error("\(field.path)[\(ci)].subComponents[\(si)].criteria[\(ki)].requires[\(ri)]", required,
                                  required == criterion.id ? "kriteria tidak dapat mensyaratkan dirinya sendiri" : "kriteria prasyarat tidak ada dalam LKE ini")
                    }
                }
            }
        }
    }
}

/// Field readers shared by the LKE and evaluation readers.
enum EvaluationFields {
    /// A text that is not blank.
    static func text(_ field: JSONField) -> String? {
        guard let text = field.string() else { return nil }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            field.fail("teks tidak boleh kosong")
            return nil
        }
        return text
    }

    /// A year 2000 – 2100.
    static func year(_ field: JSONField) -> Int? {
        guard let year = field.int() else { return nil }
        guard (2000...2100).contains(year) else {
            field.fail("tahun di luar 2000–2100")
            return nil
        }
        return year
    }

    /// A weight above 0 and at most 100.
    static func weight(_ field: JSONField) -> Decimal? {
        guard let weight = field.decimal() else { return nil }
        guard weight > 0, weight <= 100 else {
            field.fail("bobot harus lebih dari 0 dan paling besar 100")
            return nil
        }
        return weight
    }
}
