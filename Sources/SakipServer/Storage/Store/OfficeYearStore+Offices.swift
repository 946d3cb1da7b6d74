import FluentKit
import Foundation
import SakipCore

extension OfficeYearStore {
    /// Creates the office or takes the file's profile for it, replaces its areas and links the hierarchy:
    /// to the parent the file names when that office is stored, and from stored offices that name this one.
    static func upsertOffice(_ office: Office, on db: any Database) async throws -> OfficeModel {
        let model = try await OfficeModel.query(on: db).filter(\.$code == office.code).first() ?? OfficeModel()
        model.apply(office)
        // A parent the file names but that is not stored leaves an existing link as it is.
        if let parent = try await storedParent(of: office, on: db) {
            model.$parent.id = parent.id
        } else if model.id == nil {
            model.$parent.id = nil
        }
        try await model.save(on: db)
        let officeID = try model.requireID()

        try await AreaModel.query(on: db).filter(\.$office.$id == officeID).delete()
        try await office.areas.enumerated().map { AreaModel($1, officeID: officeID, position: $0) }.create(on: db)

        try await OfficeModel.query(on: db)
            .filter(\.$parent.$id == nil)
            .filter(\.$code != office.code)
            .group(.or) { either in
                either.filter(\.$parentCode == office.code)
                    .group(.and) { $0.filter(\.$parentCode == nil).filter(\.$parentName == office.name) }
            }
            .set(\.$parent.$id, to: officeID)
            .update()
        return model
    }

    /// The stored office the file names as parent: by code, else by name.
    private static func storedParent(of office: Office, on db: any Database) async throws -> OfficeModel? {
        if let code = office.parentCode, code != office.code,
           let parent = try await OfficeModel.query(on: db).filter(\.$code == code).first() {
            return parent
        }
        if let name = office.parentName, name != office.name {
            return try await OfficeModel.query(on: db).filter(\.$name == name).filter(\.$code != office.code).first()
        }
        return nil
    }
}
