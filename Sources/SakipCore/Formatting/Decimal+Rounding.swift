import Foundation

extension Decimal {
    /// This value rounded half-up (a tie goes away from zero) to `scale` fraction digits.
    ///
    /// Capaian and persen are kept exact and rounded only when shown (DOMAIN §4).
    public func roundedHalfUp(scale: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }

    /// This value with its fraction dropped (toward zero): the integer part.
    public var integerPart: Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, self < 0 ? .up : .down)
        return result
    }

    /// `true` when the value has no fraction.
    public var isWholeNumber: Bool { integerPart == self }

    /// The decimal digits of a whole, non-negative value ("83389671000").
    var wholeDigits: String {
        precondition(isWholeNumber && self >= 0, "wholeDigits needs a whole, non-negative value")
        var value = self
        return NSDecimalString(&value, Locale(identifier: "en_US_POSIX"))
    }
}

/// Exact decimal from a literal such as "74.63": used for constants, never for user input.
func dec(_ literal: String) -> Decimal {
    guard let value = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else {
        preconditionFailure("invalid decimal literal \(literal)")
    }
    return value
}
