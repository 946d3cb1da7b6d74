extension ReviewReport {
    /// The findings about one indicator (their row names it: "I7 Persentase …"), to show beside it.
    public func findings(forIndicator id: String) -> [ReviewFinding] {
        findings.filter { finding in
            guard let row = finding.place.row else { return false }
            return row == id || row.hasPrefix(id + " ")
        }
    }

    /// The findings located inside a part of the office-year file ("$.budget.revisions"), to show beside that table.
    public func findings(under path: String) -> [ReviewFinding] {
        findings.filter { finding in
            guard let located = finding.place.path else { return false }
            return located == path || located.hasPrefix(path + "[") || located.hasPrefix(path + ".")
        }
    }

    /// The error-level findings in the data itself, which block signing a PK. A figure an imported document
    /// printed (a capaian, a claim, a stated table value) does not block: documents made by the application
    /// take every figure from the data, so such a finding concerns the old document, not what will be signed.
    public var blockingFindings: [ReviewFinding] {
        findings(.error).filter { !$0.concernsStatedFigure }
    }

    /// ``blockingFindings`` in the words a signing page lists them: the place and the message first, the check's
    /// code after them in brackets, for whoever needs to look it up.
    public var blockingMessages: [String] {
        blockingFindings.map { "\($0.place): \($0.message) (\($0.code))" }
    }
}

extension ReviewFinding {
    /// Whether the finding is about a figure a document stated (printed capaian, narrative claims, the
    /// measurement table's stated target or realisation, the printed total lines of the logistics needs and
    /// procurement tables) rather than about the data.
    public var concernsStatedFigure: Bool {
        guard let path = place.path else { return false }
        if path.contains(".printed") || path.hasPrefix("$.report.claims") { return true }
        if path.hasPrefix("$.logistics.needsTotal.") || path.hasPrefix("$.logistics.procurementTotal.") { return true }
        return path.hasPrefix("$.measurement.rows[") && (path.hasSuffix("].target") || path.hasSuffix("].realisation"))
    }
}
