/// The office an evaluation is about, as the evaluation document records it.
public struct EvaluatedOffice: Hashable, Sendable {
    public var code: String
    public var name: String
    public var level: Office.Level
    public var parentCode: String?
    public var parentName: String?

    public init(code: String, name: String, level: Office.Level, parentCode: String? = nil, parentName: String? = nil) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
        self.parentName = parentName
    }

    /// The evaluated office of an office-year's office.
    public init(_ office: Office) {
        self.init(code: office.code, name: office.name, level: office.level, parentCode: office.parentCode, parentName: office.parentName)
    }
}
