import Foundation

/// The participation figures an indicator can take its realisation from.
public enum ParticipationFigure: String, CaseIterable, Sendable {
    case overall, women, disability, firstTime

    public var label: String {
        switch self {
        case .overall: "partisipasi pemilih"
        case .women: "partisipasi pemilih perempuan"
        case .disability: "partisipasi pemilih disabilitas"
        case .firstTime: "partisipasi pemilih pemula"
        }
    }
}

/// A participation rate with its numerator, denominator and what the denominator is.
/// `percent` is exact (Decimal division); round it only to display it.
public struct ParticipationRate: Hashable, Sendable {
    public var figure: ParticipationFigure
    public var numerator: Int
    public var denominator: Int
    /// "DPT", "DPT + DPTb + DPK", "pemilih disabilitas terdaftar" …
    public var denominatorLabel: String

    public var percent: Decimal { Decimal(numerator) / Decimal(denominator) * 100 }

    /// "12.345 / 67.890 = 18,18 %".
    public var workings: String {
        "\(IndonesianFormat.count(numerator)) / \(IndonesianFormat.count(denominator)) = \(IndonesianFormat.percent(percent))"
    }
}

extension ElectionEvent {
    /// One participation rate; nil when the turnout or its denominator is missing or zero.
    public func participation(_ figure: ParticipationFigure) -> ParticipationRate? {
        guard let turnout else { return nil }
        let base = participationBase.label
        let pair: (Int?, Int?, String) = switch figure {
        case .overall: (turnout.voted.total, registered.total, base)
        case .women: (turnout.voted.female, registered.female, "pemilih perempuan \(base)")
        case .disability: (turnout.disabilityVoted, turnout.disabilityRegistered, "pemilih disabilitas terdaftar")
        case .firstTime: (turnout.firstTimeVoted, turnout.firstTimeRegistered, "pemilih pemula terdaftar")
        }
        guard let numerator = pair.0, let denominator = pair.1, denominator > 0 else { return nil }
        return ParticipationRate(figure: figure, numerator: numerator, denominator: denominator, denominatorLabel: pair.2)
    }

    /// The rates the event's data allows, in the order overall, women, disability, first-time.
    public var participationRates: [ParticipationRate] { ParticipationFigure.allCases.compactMap(participation) }
}
