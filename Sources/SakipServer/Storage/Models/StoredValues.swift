import Foundation
import SakipCore

/// A category band as stored in `office_years.category_bands`, bounds as POSIX decimal strings.
public struct StoredBand: Codable, Hashable, Sendable {
    public var label: String
    public var above: String?
    public var atMost: String?
    public var description: String?

    public init(label: String, above: String? = nil, atMost: String? = nil, description: String? = nil) {
        self.label = label
        self.above = above
        self.atMost = atMost
        self.description = description
    }
}

/// A signatory of a PK as stored in `agreements.first_party` / `second_party`.
public struct StoredParty: Codable, Hashable, Sendable {
    public var personId: String?
    public var name: String
    public var nip: String?
    public var position: String

    public init(personId: String? = nil, name: String, nip: String? = nil, position: String) {
        self.personId = personId
        self.name = name
        self.nip = nip
        self.position = position
    }
}

/// A Renstra goal (tujuan) as stored in `renstras.goals`.
public struct StoredGoal: Codable, Hashable, Sendable {
    public var id: String
    public var statement: String

    public init(id: String, statement: String) {
        self.id = id
        self.statement = statement
    }
}

/// A grant tranche as stored in `grants.tranches`; amounts as POSIX decimal strings, date as ISO.
public struct StoredTranche: Codable, Hashable, Sendable {
    public var year: Int
    public var percent: String?
    public var amount: String
    public var date: String?

    public init(year: Int, percent: String? = nil, amount: String, date: String? = nil) {
        self.year = year
        self.percent = percent
        self.amount = amount
        self.date = date
    }
}
