import Foundation

/// Reads an evaluation document strictly (format `sakip-evaluation`, docs/evaluation-format.md): unknown keys,
/// wrong types, unreadable dates, duplicate ids and rating overrides without a justification are errors, all
/// reported at once with their JSON paths in Indonesian. Given a library, it also resolves the LKE version the
/// evaluation was made with and checks every criterion, sub-component and component id against it.
public struct EvaluationReader {
    /// A document read successfully, with the LKE version it refers to when a library was given.
    public struct Result: Sendable {
        public let evaluation: Evaluation
        public let version: LKEVersion?
    }

    /// Largest document accepted: the evidence lists hold text and links, never files.
    public static let sizeLimit = 20_000_000
    static let document = "dokumen evaluasi"

    let log = IssueLog()

    /// Reads a document's text; with `library`, the LKE version must be in it with the same content.
    public static func read(_ text: String, library: LKELibrary? = nil) throws(EvaluationReadError) -> Result {
        let root = try BoundedJSON.parse(text, limit: sizeLimit, document: document)
        let reader = EvaluationReader()
        let evaluation = reader.readRoot(JSONField(value: root, path: "$", log: reader.log))
        var version: LKEVersion?
        if let evaluation, let library {
            version = library.version(evaluation.lke)
            if let version { reader.checkIds(evaluation, version) } else {
                reader.log.error("$.lke", evaluation.lke.id,
                                 "versi LKE ini tidak dikenal atau isinya telah berubah (sidik \(evaluation.lke.digest.prefix(12))…)")
            }
        }
        guard reader.log.errors.isEmpty, let evaluation else {
            throw EvaluationReadError(document: document, issues: reader.log.errors)
        }
        return Result(evaluation: evaluation, version: version)
    }

    private func readRoot(_ field: JSONField) -> Evaluation? {
        guard let root = field.object(["format", "version", "year", "office", "lke", "state", "selfAssessment", "scoring",
                                       "lhe", "recommendations", "history"]) else { return nil }
        if let format = root.required("format"), let name = format.string(), name != Evaluation.formatName {
            format.fail("bukan dokumen \(Evaluation.formatName)")
        }
        if let version = root.required("version"), let number = version.int(), number != Evaluation.formatVersion {
            version.fail("versi \(number) tidak didukung; versi yang dibaca: \(Evaluation.formatVersion)")
        }
        let year = root.required("year").flatMap(EvaluationFields.year)
        let office = root.required("office").flatMap(readOffice)
        let lke = root.required("lke").flatMap(readReference)
        let state = root.required("state")?.choice(EvaluationState.self)
        let selfAssessment = readAnswers(root.list("selfAssessment"))
        let scoring = root.optional("scoring").flatMap(readScoring) ?? EvaluatorScoring()
        let lhe = root.optional("lhe").flatMap(readLHE) ?? LHEContent()
        let recommendations = root.list("recommendations").compactMap(readRecommendation)
        checkUnique(recommendations.map(\.id), root.list("recommendations"), key: "id", what: "rekomendasi")
        let history = root.list("history").compactMap(readEvent)
        guard let year, let office, let lke, let state else { return nil }
        return Evaluation(year: year, office: office, lke: lke, state: state, selfAssessment: selfAssessment, scoring: scoring,
                          lhe: lhe, recommendations: recommendations, history: history)
    }

    private func readOffice(_ field: JSONField) -> EvaluatedOffice? {
        guard let o = field.object(["code", "name", "level", "parentCode", "parentName"]) else { return nil }
        let code = o.required("code").flatMap(EvaluationFields.text)
        let name = o.required("name").flatMap(EvaluationFields.text)
        let level = o.required("level")?.choice(Office.Level.self)
        guard let code, let name, let level else { return nil }
        return EvaluatedOffice(code: code, name: name, level: level, parentCode: o.optional("parentCode")?.string(),
                               parentName: o.optional("parentName")?.string())
    }

    private func readReference(_ field: JSONField) -> LKEVersionReference? {
        guard let r = field.object(["id", "digest"]) else { return nil }
        let id = r.required("id")?.identifier()
        let digest = r.required("digest")?.string()
        if let digest, digest.count != 64 || !digest.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
            r.optional("digest")?.fail("sidik LKE harus 64 digit heksadesimal huruf kecil (SHA-256)")
            return nil
        }
        guard let id, let digest else { return nil }
        return LKEVersionReference(id: id, digest: digest)
    }

    /// Answers, at most one per criterion.
    func readAnswers(_ items: [JSONField]) -> LKEAnswers {
        let answers = items.compactMap(readAnswer)
        checkUnique(answers.map(\.criterionId), items, key: "criterion", what: "jawaban kriteria")
        return LKEAnswers(answers)
    }

    private func readAnswer(_ field: JSONField) -> CriterionAnswer? {
        guard let a = field.object(["criterion", "met", "mandate", "keptOneYear", "keptFiveYears", "note", "evidence"]) else { return nil }
        let id = a.required("criterion")?.identifier()
        let evidence = a.list("evidence").compactMap(readEvidence)
        guard let id else { return nil }
        return CriterionAnswer(criterionId: id, met: a.optional("met")?.bool(), mandate: a.optional("mandate")?.bool() ?? false,
                               keptOneYear: a.optional("keptOneYear")?.bool() ?? false,
                               keptFiveYears: a.optional("keptFiveYears")?.bool() ?? false,
                               note: a.optional("note")?.string(), evidence: evidence)
    }

    func readEvidence(_ field: JSONField) -> EvidenceReference? {
        guard let e = field.object(["kind", "text", "url", "title", "document", "year", "key", "label"]),
              let kind = e.required("kind")?.string() else { return nil }
        switch kind {
        case "text":
            return e.required("text").flatMap(EvaluationFields.text).map(EvidenceReference.text)
        case "link":
            guard let url = e.required("url").flatMap(EvaluationFields.text) else { return nil }
            return .link(url: url, title: e.optional("title")?.string())
        case "product":
            let document = e.required("document")?.choice(ProductDocumentKind.self)
            let year = e.required("year").flatMap(EvaluationFields.year)
            let label = e.required("label").flatMap(EvaluationFields.text)
            guard let document, let year, let label else { return nil }
            return .product(document, year: year, key: e.optional("key")?.string(), label: label)
        default:
            e.optional("kind")?.fail("jenis bukti tidak dikenal; pilihan: text, link, product")
            return nil
        }
    }

    private func readScoring(_ field: JSONField) -> EvaluatorScoring? {
        guard let s = field.object(["answers", "overrides", "warningOverrides"]) else { return nil }
        let answers = readAnswers(s.list("answers"))
        let overrides = s.list("overrides").compactMap { item -> RatingOverride? in
            guard let o = item.object(["subComponent", "rating", "justification"]) else { return nil }
            let sub = o.required("subComponent")?.identifier()
            let rating = o.required("rating")?.choice(LKERating.self)
            let justification = o.required("justification").flatMap { field -> String? in
                guard let text = EvaluationFields.text(field) else { return nil }
                return text
            }
            guard let sub, let rating, let justification else { return nil }
            return RatingOverride(subComponentId: sub, rating: rating, justification: justification)
        }
        checkUnique(overrides.map(\.subComponentId), s.list("overrides"), key: "subComponent", what: "perubahan nilai sub-komponen")
        let warnings = s.list("warningOverrides").compactMap { item -> WarningOverride? in
            guard let w = item.object(["code", "subject", "note"]) else { return nil }
            let code = w.required("code")?.choice(ConsistencyCode.self)
            let subject = w.required("subject")?.identifier()
            let note = w.required("note").flatMap(EvaluationFields.text)
            guard let code, let subject, let note else { return nil }
            return WarningOverride(code: code, subject: subject, note: note)
        }
        return EvaluatorScoring(answers: answers, overrides: overrides, warningOverrides: warnings)
    }

    private func readEvent(_ field: JSONField) -> EvaluationEvent? {
        guard let e = field.object(["action", "by", "role", "on", "note"]) else { return nil }
        let action = e.required("action")?.choice(EvaluationAction.self)
        let by = e.required("by").flatMap(EvaluationFields.text)
        let role = e.required("role")?.choice(EvaluationRole.self)
        let on = e.required("on")?.date()
        guard let action, let by, let role, let on else { return nil }
        return EvaluationEvent(action: action, by: by, role: role, on: on, note: e.optional("note")?.string())
    }

    /// Logs a duplicate at the item that repeats an id.
    func checkUnique(_ ids: [String], _ items: [JSONField], key: String, what: String) {
        guard ids.count == items.count else { return }
        var seen = Set<String>()
        for (id, item) in zip(ids, items) where !seen.insert(id).inserted {
            log.error("\(item.path).\(key)", id, "\(what) \(id) muncul dua kali")
        }
    }
}
