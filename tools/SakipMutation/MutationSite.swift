import Foundation
import SakipCore

/// A printed figure of an office-year file that a document states and the review can check: where it is and
/// what kind of figure it is. Mutation testing changes one such figure at a time.
public struct MutationSite: Hashable, Sendable {
    /// The kinds of printed figures a typo can hit (issue 15, point 8).
    public enum Kind: String, CaseIterable, Sendable {
        /// A printed total: a parent's pagu or realisasi, the grand total, a table's "Jumlah" line, a row's L+P.
        case total
        case sisa
        /// A budget absorption or a procurement efficiency percentage, a grant tranche's share.
        case persen
        case capaian
        case category
        /// A count the narrative states (indicators, revisions, staff, voters, TPS, vehicles …).
        case count
        /// A target restated in the measurement table, an RKT or a claim.
        case target
        /// A pagu or realisasi restated in the narrative.
        case amount
        /// A year or "tahun ke N" written in the text.
        case year
    }

    /// The JSON path, as the review's findings write it.
    public var path: String
    public var kind: Kind
    /// The value as the file holds it.
    public var original: JSONValue
    /// For an amount that nothing checks but the rounded persen printed beside it (a narrative row for a code
    /// the budget tree does not reach): its row's pagu, realisasi and printed persen. A change the persen's
    /// rounding hides is within rounding.
    public var roundedWitness: (pagu: Decimal, realisasi: Decimal, persen: String)?

    public init(path: String, kind: Kind, original: JSONValue) {
        self.path = path
        self.kind = kind
        self.original = original
    }

    public static func == (lhs: MutationSite, rhs: MutationSite) -> Bool {
        lhs.path == rhs.path && lhs.kind == rhs.kind && lhs.original == rhs.original
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(original)
    }
}

/// Finds the mutation sites of an office-year file by walking its JSON: every printed figure of the kinds above.
public enum MutationSites {
    /// The sites of a file, with what the read file says about how precisely each can be checked.
    public static func all(in root: JSONValue, year: OfficeYear) -> [MutationSite] {
        let tree = year.budget.tree
        return all(in: root).map { site in
            var site = site
            for (index, claim) in year.report.claims.enumerated() where site.kind == .amount {
                guard site.path.hasPrefix("$.report.claims[\(index)]."), let pagu = claim.pagu, let realisasi = claim.realisasi,
                      let persen = claim.persen, claim.sisa == nil,
                      claim.budgetCode.map({ tree.line(code: $0.full) == nil }) ?? true else { continue }
                site.roundedWitness = (pagu, realisasi, persen)
            }
            return site
        }
    }

    public static func all(in root: JSONValue) -> [MutationSite] {
        var out: [MutationSite] = []
        func add(_ value: JSONValue?, _ path: String, _ kind: MutationSite.Kind) {
            guard let value, value != .null else { return }
            out.append(MutationSite(path: path, kind: kind, original: value))
        }
        if case .array(let rows)? = root["measurement"]?["rows"] {
            for (i, row) in rows.enumerated() {
                let path = "$.measurement.rows[\(i)]"
                add(row["target"], "\(path).target", .target)
                add(row["printed"]?["capaian"], "\(path).printed.capaian", .capaian)
                add(row["printed"]?["category"], "\(path).printed.category", .category)
            }
        }
        add(root["measurement"]?["printed"]?["officeCapaian"], "$.measurement.printed.officeCapaian", .capaian)
        add(root["measurement"]?["printed"]?["officeCategory"], "$.measurement.printed.officeCategory", .category)
        if case .array(let rows)? = root["rkt"]?["rows"] {
            for (i, row) in rows.enumerated() { add(row["target"], "$.rkt.rows[\(i)].target", .target) }
        }
        if case .array(let entries)? = root["indicatorHistory"] {
            for (i, entry) in entries.enumerated() where entry["target"] != nil && entry["realisation"] != nil {
                add(entry["capaian"], "$.indicatorHistory[\(i)].capaian", .capaian)
            }
        }
        budgetSites(root["budget"], into: &out)
        reportSites(root["report"], into: &out)
        electionSites(root["elections"], into: &out)
        logisticsSites(root["logistics"], into: &out)
        return out
    }

    private static func budgetSites(_ budget: JSONValue?, into out: inout [MutationSite]) {
        guard let budget else { return }
        func add(_ value: JSONValue?, _ path: String, _ kind: MutationSite.Kind) {
            guard let value, value != .null else { return }
            out.append(MutationSite(path: path, kind: kind, original: value))
        }
        func line(_ value: JSONValue, _ path: String) {
            if case .array(let children)? = value["children"], !children.isEmpty {
                add(value["pagu"], "\(path).pagu", .total)
                add(value["realisasi"], "\(path).realisasi", .total)
                for (i, child) in children.enumerated() { line(child, "\(path).children[\(i)]") }
            }
            add(value["printed"]?["sisa"], "\(path).printed.sisa", .sisa)
            add(value["printed"]?["persen"], "\(path).printed.persen", .persen)
        }
        if case .array(let lines)? = budget["lines"] {
            for (i, value) in lines.enumerated() { line(value, "$.budget.lines[\(i)]") }
        }
        let total = budget["printedTotal"]
        add(total?["pagu"], "$.budget.printedTotal.pagu", .total)
        add(total?["realisasi"], "$.budget.printedTotal.realisasi", .total)
        add(total?["sisa"], "$.budget.printedTotal.sisa", .sisa)
        add(total?["persen"], "$.budget.printedTotal.persen", .persen)
        if case .array(let years)? = budget["history"] {
            for (i, year) in years.enumerated() { add(year["printedPersen"], "$.budget.history[\(i)].printedPersen", .persen) }
        }
        if case .array(let grants)? = budget["grants"] {
            for (g, grant) in grants.enumerated() {
                guard case .array(let tranches)? = grant["tranches"] else { continue }
                for (t, tranche) in tranches.enumerated() { add(tranche["percent"], "$.budget.grants[\(g)].tranches[\(t)].percent", .persen) }
            }
        }
    }

    private static func reportSites(_ report: JSONValue?, into out: inout [MutationSite]) {
        guard let report else { return }
        func add(_ value: JSONValue?, _ path: String, _ kind: MutationSite.Kind) {
            guard let value, value != .null else { return }
            out.append(MutationSite(path: path, kind: kind, original: value))
        }
        add(report["renstraYearNumber"], "$.report.renstraYearNumber", .year)
        guard case .array(let claims)? = report["claims"] else { return }
        for (i, claim) in claims.enumerated() {
            let path = "$.report.claims[\(i)]"
            add(claim["target"], "\(path).target", .target)
            add(claim["capaian"], "\(path).capaian", .capaian)
            add(claim["category"], "\(path).category", .category)
            add(claim["pagu"], "\(path).pagu", .amount)
            add(claim["realisasi"], "\(path).realisasi", .amount)
            add(claim["sisa"], "\(path).sisa", .sisa)
            add(claim["persen"], "\(path).persen", .persen)
            if claim["countOf"] != nil { add(claim["count"], "\(path).count", .count) }
            add(claim["year"], "\(path).year", .year)
            add(claim["renstraYearNumber"], "\(path).renstraYearNumber", .year)
        }
    }

    private static func electionSites(_ elections: JSONValue?, into out: inout [MutationSite]) {
        guard case .array(let events)? = elections else { return }
        for (e, event) in events.enumerated() {
            let base = "$.elections[\(e)]"
            func rows(_ value: JSONValue?, _ path: String) {
                guard case .array(let items)? = value else { return }
                for (i, row) in items.enumerated() {
                    if let total = row["total"] { out.append(MutationSite(path: "\(path)[\(i)].total", kind: .total, original: total)) }
                    rows(row["subareas"], "\(path)[\(i)].subareas")
                }
            }
            rows(event["dpt"]?["rows"], "\(base).dpt.rows")
            if case .object(let pairs)? = event["dpt"]?["total"] {
                for pair in pairs { out.append(MutationSite(path: "\(base).dpt.total.\(pair.key)", kind: .total, original: pair.value)) }
            }
            if case .array(let claims)? = event["claims"] {
                for (i, claim) in claims.enumerated() {
                    if let count = claim["count"] { out.append(MutationSite(path: "\(base).claims[\(i)].count", kind: .count, original: count)) }
                }
            }
        }
    }

    private static func logisticsSites(_ logistics: JSONValue?, into out: inout [MutationSite]) {
        guard let logistics else { return }
        for key in ["needsTotal", "procurementTotal", "distributionTotal"] {
            if case .object(let pairs)? = logistics[key] {
                for pair in pairs { out.append(MutationSite(path: "$.logistics.\(key).\(pair.key)", kind: .total, original: pair.value)) }
            }
        }
        if case .array(let rows)? = logistics["procurement"] {
            for (i, row) in rows.enumerated() {
                if let value = row["printed"]?["efficiency"] {
                    out.append(MutationSite(path: "$.logistics.procurement[\(i)].printed.efficiency", kind: .total, original: value))
                }
                if let value = row["printed"]?["efficiencyPercent"] {
                    out.append(MutationSite(path: "$.logistics.procurement[\(i)].printed.efficiencyPercent", kind: .persen, original: value))
                }
            }
        }
        if case .array(let claims)? = logistics["claims"] {
            for (i, claim) in claims.enumerated() {
                if let count = claim["count"] { out.append(MutationSite(path: "$.logistics.claims[\(i)].count", kind: .count, original: count)) }
            }
        }
    }
}
