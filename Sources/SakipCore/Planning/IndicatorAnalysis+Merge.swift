extension IndicatorAnalysis {
    /// The analyses after a form edited those of `ids`: blank texts are dropped, an indicator with no
    /// text left has no analysis, and analyses of other indicators are kept as they were.
    public static func merged(_ stored: [IndicatorAnalysis], ids: [String], actions: [String: String],
                              obstacles: [String: String], solutions: [String: String]) -> [IndicatorAnalysis] {
        func text(_ map: [String: String], _ id: String) -> String? {
            let value = map[id]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return value.isEmpty ? nil : value
        }
        let edited = Set(ids)
        var result = stored.filter { !edited.contains($0.indicatorId) }
        for id in ids {
            let analysis = IndicatorAnalysis(indicatorId: id, actions: text(actions, id), obstacles: text(obstacles, id),
                                             solutions: text(solutions, id))
            if analysis.actions != nil || analysis.obstacles != nil || analysis.solutions != nil { result.append(analysis) }
        }
        return result
    }
}

import Foundation
