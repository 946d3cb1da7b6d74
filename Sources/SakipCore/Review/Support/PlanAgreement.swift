/// The PK an RKT must agree with: the current PK of the RKT's level when the file says which, else the current
/// PK (of either level) that shares most indicators with it, the governing PK on a tie.
extension ReviewContext {
    var planAgreement: (index: Int, agreement: PerformanceAgreement)? {
        let year = officeYear
        guard let plan = year.annualPlan, !plan.rows.isEmpty else { return nil }
        let current = PerformanceAgreement.Level.allCases.compactMap { year.agreements.current($0) }
        let chosen: PerformanceAgreement?
        if let level = plan.level {
            chosen = year.agreements.current(level)
        } else {
            let planned = Set(plan.rows.map(\.indicatorId))
            let governing = year.governingAgreement
            chosen = current.max { a, b in
                let shareA = Set(a.rows.map(\.indicatorId)).intersection(planned).count
                let shareB = Set(b.rows.map(\.indicatorId)).intersection(planned).count
                if shareA != shareB { return shareA < shareB }
                return a != governing && b == governing
            }
        }
        guard let chosen, let index = year.agreements.firstIndex(of: chosen) else { return nil }
        return (index, chosen)
    }
}
