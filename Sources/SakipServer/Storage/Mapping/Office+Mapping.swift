import FluentKit
import Foundation
import SakipCore

extension OfficeModel {
    /// Takes the profile of `office`; the parent link is set apart, from the stored offices.
    func apply(_ office: Office) {
        code = office.code
        name = office.name
        level = office.level.rawValue
        parentCode = office.parentCode
        parentName = office.parentName
        province = office.province
        address = office.address
        phone = office.phone
        email = office.email
        website = office.website
        city = office.city
    }

    /// The core value, with the office's areas in order.
    func core(areas: [AreaModel]) throws(StorageError) -> Office {
        Office(code: code, name: name, level: try StoredCoding.choice(level, Office.Level.self, "offices.level"),
               parentName: parentName, parentCode: parentCode, province: province, address: address, phone: phone,
               email: email, website: website, city: city,
               areas: areas.map { Office.Area(name: $0.name, villages: $0.villages) })
    }
}

extension AreaModel {
    convenience init(_ area: Office.Area, officeID: UUID, position: Int) {
        self.init()
        self.$office.id = officeID
        self.name = area.name
        self.villages = area.villages
        self.position = position
    }
}
