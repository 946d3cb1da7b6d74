extension EvaluationReader {
    func readLHE(_ field: JSONField) -> LHEContent? {
        guard let l = field.object(["number", "date", "place", "addressee", "evaluatorUnit", "legalBasis", "fieldworkFrom",
                                    "fieldworkTo", "summary", "components", "signatory", "copies"]) else { return nil }
        let from = l.optional("fieldworkFrom")?.date()
        let to = l.optional("fieldworkTo")?.date()
        if let from, let to, to < from { l.optional("fieldworkTo")?.fail("tanggal akhir evaluasi sebelum tanggal mulainya") }
        let components = l.list("components").compactMap { item -> LHEContent.ComponentNotes? in
            guard let c = item.object(["component", "narrative", "notes"]), let id = c.required("component")?.identifier() else { return nil }
            return LHEContent.ComponentNotes(componentId: id, narrative: c.optional("narrative")?.string(),
                                             notes: c.list("notes").compactMap { $0.string() })
        }
        checkUnique(components.map(\.componentId), l.list("components"), key: "component", what: "catatan komponen")
        let signatory = l.optional("signatory").flatMap { field -> LHEContent.Signatory? in
            guard let s = field.object(["name", "nip", "position", "onBehalfOf"]) else { return nil }
            let name = s.required("name").flatMap(EvaluationFields.text)
            let position = s.required("position").flatMap(EvaluationFields.text)
            guard let name, let position else { return nil }
            return LHEContent.Signatory(name: name, nip: s.optional("nip")?.string(), position: position,
                                        onBehalfOf: s.optional("onBehalfOf")?.string())
        }
        return LHEContent(number: l.optional("number")?.string(), date: l.optional("date")?.date(), place: l.optional("place")?.string(),
                          addressee: l.optional("addressee")?.string(), evaluatorUnit: l.optional("evaluatorUnit")?.string(),
                          legalBasis: l.list("legalBasis").compactMap { $0.string() }, fieldworkFrom: from, fieldworkTo: to,
                          summary: l.optional("summary")?.string(), components: components, signatory: signatory,
                          copies: l.list("copies").compactMap { $0.string() })
    }

    func readRecommendation(_ field: JSONField) -> Recommendation? {
        guard let r = field.object(["id", "component", "text", "personInCharge", "targetDate", "actions"]) else { return nil }
        let id = r.required("id")?.identifier()
        let component = r.required("component")?.identifier()
        let text = r.required("text").flatMap(EvaluationFields.text)
        let person = r.required("personInCharge").flatMap(EvaluationFields.text)
        let target = r.required("targetDate")?.date()
        let actions = r.list("actions").compactMap(readAction)
        checkUnique(actions.map(\.id), r.list("actions"), key: "id", what: "tindak lanjut")
        guard let id, let component, let text, let person, let target else { return nil }
        return Recommendation(id: id, componentId: component, text: text, personInCharge: person, targetDate: target, actions: actions)
    }

    private func readAction(_ field: JSONField) -> FollowUpAction? {
        guard let a = field.object(["id", "date", "description", "completes", "evidence", "recordedBy", "verification"]) else { return nil }
        let id = a.required("id")?.identifier()
        let date = a.required("date")?.date()
        let description = a.required("description").flatMap(EvaluationFields.text)
        let evidence = a.list("evidence").compactMap(readEvidence)
        let verification = a.optional("verification").flatMap { field -> FollowUpVerification? in
            guard let v = field.object(["verdict", "note", "by", "on"]) else { return nil }
            let verdict = v.required("verdict")?.choice(FollowUpVerification.Verdict.self)
            let by = v.required("by").flatMap(EvaluationFields.text)
            let on = v.required("on")?.date()
            let note = v.optional("note")?.string()
            if verdict == .rejected, (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                field.log.error("\(field.path).note", nil, "penolakan tindak lanjut harus disertai catatan")
            }
            guard let verdict, let by, let on else { return nil }
            return FollowUpVerification(verdict: verdict, note: note, by: by, on: on)
        }
        guard let id, let date, let description else { return nil }
        return FollowUpAction(id: id, date: date, description: description, completes: a.optional("completes")?.bool() ?? false,
                              evidence: evidence, recordedBy: a.optional("recordedBy")?.string(), verification: verification)
    }

    /// Every id the document names must exist in the LKE version it was made with.
    func checkIds(_ evaluation: Evaluation, _ version: LKEVersion) {
        for (index, answer) in evaluation.selfAssessment.list.enumerated() where version.criterion(answer.criterionId) == nil {
            log.error("$.selfAssessment[\(index)].criterion", answer.criterionId, "kriteria tidak ada dalam LKE \(version.id)")
        }
        for (index, answer) in evaluation.scoring.answers.list.enumerated() where version.criterion(answer.criterionId) == nil {
            log.error("$.scoring.answers[\(index)].criterion", answer.criterionId, "kriteria tidak ada dalam LKE \(version.id)")
        }
        for (index, override) in evaluation.scoring.overrides.enumerated() where version.subComponent(override.subComponentId) == nil {
            log.error("$.scoring.overrides[\(index)].subComponent", override.subComponentId, "sub-komponen tidak ada dalam LKE \(version.id)")
        }
        for (index, notes) in evaluation.lhe.components.enumerated() where version.component(notes.componentId) == nil {
            log.error("$.lhe.components[\(index)].component", notes.componentId, "komponen tidak ada dalam LKE \(version.id)")
        }
        for (index, recommendation) in evaluation.recommendations.enumerated() where version.component(recommendation.componentId) == nil {
            log.error("$.recommendations[\(index)].component", recommendation.componentId, "komponen tidak ada dalam LKE \(version.id)")
        }
    }
}
