import Foundation

extension OfficeYearWriter {
    static func office(_ office: Office) -> JSONValue {
        var m = Members()
        m["code"] = .string(office.code)
        m["name"] = .string(office.name)
        m["level"] = .string(office.level.rawValue)
        m["parentName"] = office.parentName.map(JSONValue.string)
        m["parentCode"] = office.parentCode.map(JSONValue.string)
        m["province"] = office.province.map(JSONValue.string)
        m["address"] = office.address.map(JSONValue.string)
        m["phone"] = office.phone.map(JSONValue.string)
        m["email"] = office.email.map(JSONValue.string)
        m["website"] = office.website.map(JSONValue.string)
        m["city"] = office.city.map(JSONValue.string)
        m["areas"] = list(office.areas) { area in
            var a = Members()
            a["name"] = .string(area.name)
            a["villages"] = list(area.villages, JSONValue.string)
            return a.value
        }
        return m.value
    }

    static func settings(_ settings: MeasurementSettings) -> JSONValue {
        var m = Members()
        m["lowerIsBetterFormula"] = .string(settings.lowerIsBetterFormula.rawValue)
        m["capAbove100ForAverage"] = .bool(settings.capAbove100ForAverage)
        m["categoryBands"] = .array(settings.categories.bands.map { band in
            var b = Members()
            b["label"] = .string(band.label)
            b["above"] = band.above.map { .string(IndonesianFormat.plain($0)) }
            b["atMost"] = band.atMost.map { .string(IndonesianFormat.plain($0)) }
            b["description"] = band.description.map(JSONValue.string)
            return b.value
        })
        m["printedCategoryBands"] = list(settings.printedCategories) { band in
            var b = Members()
            b["label"] = .string(band.label)
            b["range"] = band.range.map(JSONValue.string)
            b["description"] = band.description.map(JSONValue.string)
            return b.value
        }
        return m.value
    }

    static func person(_ p: Person) -> JSONValue {
        var m = Members()
        m["id"] = .string(p.id)
        m["name"] = .string(p.name)
        m["nip"] = p.nip.map(JSONValue.string)
        m["role"] = .string(p.role.rawValue)
        m["employment"] = p.employment.map { .string($0.rawValue) }
        m["rank"] = p.rank.map(JSONValue.string)
        m["grade"] = p.grade.map(JSONValue.string)
        m["position"] = p.position.map(JSONValue.string)
        m["education"] = p.education.map { .string($0.rawValue) }
        m["division"] = p.division.map(JSONValue.string)
        m["regions"] = list(p.regions, JSONValue.string)
        m["inPostFrom"] = p.inPostFrom.map { .string($0.iso) }
        m["inPostUntil"] = p.inPostUntil.map { .string($0.iso) }
        m["acting"] = p.acting.map { .string($0.rawValue) }
        return m.value
    }

    static func indicator(_ i: Indicator) -> JSONValue {
        var m = Members()
        m["id"] = .string(i.id)
        m["statement"] = .string(i.statement)
        m["kind"] = .string(i.kind.rawValue)
        m["unit"] = i.unit.map(JSONValue.string)
        m["scale"] = i.scale.map { .string($0.rawValue) }
        m["polarity"] = .string(i.polarity.rawValue)
        m["lowerIsBetterFormula"] = i.lowerIsBetterFormula.map { .string($0.rawValue) }
        m["iku"] = i.iku ? .bool(true) : nil
        m["yearValue"] = i.yearValue == .lastQuarter ? nil : .string(i.yearValue.rawValue)
        m["definition"] = i.definition.map(JSONValue.string)
        m["dataSource"] = i.dataSource.map(JSONValue.string)
        m["responsibleUnit"] = i.responsibleUnit.map(JSONValue.string)
        return m.value
    }

    static func renstra(_ r: Renstra) -> JSONValue {
        var m = Members()
        m["startYear"] = .number("\(r.startYear)")
        m["endYear"] = .number("\(r.endYear)")
        m["decree"] = r.decree.map(JSONValue.string)
        m["vision"] = r.vision.map(JSONValue.string)
        m["missions"] = list(r.missions, JSONValue.string)
        m["goals"] = list(r.goals) { .object([("id", .string($0.id)), ("statement", .string($0.statement))]) }
        m["policies"] = list(r.policies, JSONValue.string)
        m["targets"] = list(r.targets) { series in
            var t = Members()
            t["objectiveId"] = series.objectiveId.map(JSONValue.string)
            t["indicatorId"] = .string(series.indicatorId)
            t["byYear"] = .object(series.byYear.sorted { $0.key < $1.key }.map { ("\($0.key)", .string($0.value.fileSpelling)) })
            return t.value
        }
        return m.value
    }

    static func targetRow(_ row: TargetRow) -> JSONValue {
        var m = Members()
        m["objectiveId"] = row.objectiveId.map(JSONValue.string)
        m["indicatorId"] = .string(row.indicatorId)
        m["target"] = row.statedTarget.map { .string($0.fileSpelling) }
        m["activityTarget"] = row.activityTarget.map(JSONValue.string)
        return m.value
    }

    static func program(_ p: ProgramBudget) -> JSONValue {
        var m = Members()
        m["code"] = p.code.map(JSONValue.string)
        m["name"] = .string(p.name)
        m["amount"] = money(p.amount)
        return m.value
    }

    static func party(_ p: PerformanceAgreement.Party) -> JSONValue {
        var m = Members()
        m["personId"] = p.personId.map(JSONValue.string)
        m["name"] = .string(p.name)
        m["nip"] = p.nip.map(JSONValue.string)
        m["position"] = .string(p.position)
        return m.value
    }

    static func agreement(_ a: PerformanceAgreement) -> JSONValue {
        var m = Members()
        m["level"] = .string(a.level.rawValue)
        m["revision"] = .number("\(a.revision)")
        m["signedOn"] = a.signedOn.map { .string($0.iso) }
        m["place"] = a.place.map(JSONValue.string)
        m["firstParty"] = a.firstParty.map(party)
        m["secondParty"] = a.secondParty.map(party)
        m["rows"] = .array(a.rows.map(targetRow))
        m["programs"] = list(a.programs, program)
        return m.value
    }

    static func measurement(_ table: MeasurementTable) -> JSONValue? {
        var m = Members()
        m["rows"] = list(table.rows) { row in
            var r = Members()
            r["objectiveId"] = row.objectiveId.map(JSONValue.string)
            r["indicatorId"] = .string(row.indicatorId)
            r["target"] = row.target.map { .string($0.fileSpelling) }
            r["realisation"] = row.realisation.map { .string($0.fileSpelling) }
            r["notApplicableReason"] = row.notApplicableReason.map(JSONValue.string)
            var printed = Members()
            printed["capaian"] = row.printedCapaian.map(JSONValue.string)
            printed["category"] = row.printedCategory.map(JSONValue.string)
            r["printed"] = printed.isEmpty ? nil : printed.value
            return r.value
        }
        var printed = Members()
        printed["officeCapaian"] = table.printedOfficeCapaian.map(JSONValue.string)
        printed["officeCategory"] = table.printedOfficeCategory.map(JSONValue.string)
        m["printed"] = printed.isEmpty ? nil : printed.value
        return m.isEmpty ? nil : m.value
    }

    static func budgetLine(_ line: BudgetLine) -> JSONValue {
        var m = Members()
        m["code"] = .string(line.code.short)
        m["name"] = .string(line.name)
        m["pagu"] = (line.own?.pagu ?? line.printed.pagu).map(money) ?? line.printed.unreadable["pagu"].map(JSONValue.string)
        m["realisasi"] = (line.own?.realisasi ?? line.printed.realisasi).map(money)
            ?? line.printed.unreadable["realisasi"].map(JSONValue.string)
        var printed = Members()
        printed["sisa"] = printedAmount(line.printed.sisa, line.printed.unreadable["sisa"])
        printed["persen"] = line.printed.persen.map(JSONValue.string)
        m["printed"] = printed.isEmpty ? nil : printed.value
        m["children"] = list(line.children, budgetLine)
        return m.value
    }

    static func budget(_ b: Budget) -> JSONValue? {
        var m = Members()
        m["lines"] = list(b.tree.lines, budgetLine)
        var total = Members()
        total["pagu"] = printedAmount(b.printedTotal.pagu, b.printedTotal.unreadable["pagu"])
        total["realisasi"] = printedAmount(b.printedTotal.realisasi, b.printedTotal.unreadable["realisasi"])
        total["sisa"] = printedAmount(b.printedTotal.sisa, b.printedTotal.unreadable["sisa"])
        total["persen"] = b.printedTotal.persen.map(JSONValue.string)
        m["printedTotal"] = total.isEmpty ? nil : total.value
        m["revisions"] = list(b.revisions) { r in
            var v = Members()
            v["number"] = .number("\(r.number)")
            v["label"] = r.label.map(JSONValue.string)
            v["reference"] = r.reference.map(JSONValue.string)
            v["date"] = r.date.map { .string($0.iso) }
            v["total"] = r.total.map(money)
            v["note"] = r.note.map(JSONValue.string)
            return v.value
        }
        m["history"] = list(b.history) { h in
            var v = Members()
            v["year"] = .number("\(h.year)")
            v["pagu"] = money(h.figures.pagu)
            v["realisasi"] = money(h.figures.realisasi)
            v["printedPersen"] = h.printedPersen.map(JSONValue.string)
            return v.value
        }
        m["grants"] = list(b.grants) { g in
            var v = Members()
            v["name"] = .string(g.name)
            v["agreement"] = g.agreement.map(JSONValue.string)
            v["total"] = money(g.total)
            v["realisasi"] = g.realisasi.map(money)
            v["tranches"] = list(g.tranches) { t in
                var w = Members()
                w["year"] = .number("\(t.year)")
                w["percent"] = t.statedPercent.map { .string("\(IndonesianFormat.plain($0)) %") }
                w["amount"] = money(t.amount)
                w["date"] = t.date.map { .string($0.iso) }
                return w.value
            }
            return v.value
        }
        m["monthly"] = list(b.monthly) { entry in
            var v = Members()
            v["code"] = .string(entry.code.full)
            v["months"] = .array(entry.months.map { $0.map(money) ?? .null })
            return v.value
        }
        return m.isEmpty ? nil : m.value
    }

    static func report(_ r: ReportInfo) -> JSONValue? {
        var m = Members()
        m["place"] = r.place.map(JSONValue.string)
        m["date"] = r.date.map { .string($0.iso) }
        m["signatoryId"] = r.signatoryId.map(JSONValue.string)
        m["renstraYearNumber"] = r.renstraYearNumber.map { .number("\($0)") }
        m["claims"] = list(r.claims) { c in
            var v = Members()
            v["where"] = .string(c.location)
            v["text"] = c.text.map(JSONValue.string)
            v["indicatorId"] = c.indicatorId.map(JSONValue.string)
            v["budgetCode"] = c.budgetCode.map { .string($0.full) }
            v["label"] = c.label.map(JSONValue.string)
            v["target"] = c.target.map(JSONValue.string)
            v["realisation"] = c.realisation.map(JSONValue.string)
            v["capaian"] = c.capaian.map(JSONValue.string)
            v["category"] = c.category.map(JSONValue.string)
            v["pagu"] = printedAmount(c.pagu, c.unreadable["pagu"])
            v["realisasi"] = printedAmount(c.realisasi, c.unreadable["realisasi"])
            v["sisa"] = printedAmount(c.sisa, c.unreadable["sisa"])
            v["persen"] = c.persen.map(JSONValue.string)
            v["count"] = c.count.map { .number("\($0)") }
            v["countOf"] = c.countOf.map { .string($0.rawValue) }
            v["group"] = c.group.map(JSONValue.string)
            v["year"] = c.year.map { .number("\($0)") }
            v["yearOf"] = c.yearOf.map { .string($0.rawValue) }
            v["renstraYearNumber"] = c.renstraYearNumber.map { .number("\($0)") }
            return v.value
        }
        m["finalisations"] = list(r.finalisations) { f in
            var v = Members()
            v["date"] = .string(f.date.iso)
            v["place"] = .string(f.place)
            v["finalisedOn"] = .string(f.finalisedOn.iso)
            v["by"] = .string(f.by)
            v["version"] = f.version.map { .number("\($0)") }
            v["reopening"] = f.reopening.map { reopening in
                var w = Members()
                w["on"] = .string(reopening.on.iso)
                w["by"] = .string(reopening.by)
                w["reason"] = .string(reopening.reason)
                return w.value
            }
            return v.value
        }
        return m.isEmpty ? nil : m.value
    }

    /// A printed amount, or the text as typed when it could not be read.
    static func printedAmount(_ amount: Decimal?, _ unreadable: String?) -> JSONValue? {
        amount.map(money) ?? unreadable.map(JSONValue.string)
    }
}
