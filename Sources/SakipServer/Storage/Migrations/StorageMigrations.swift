import FluentKit

/// The storage layer's migrations, in the order they must run (register them in this order).
public enum StorageMigrations {
    /// Every migration of the storage schema, oldest first.
    public static var all: [any Migration] {
        [
            CreateOffices(), CreateAreas(), CreateUsers(), CreateOfficeYears(),
            CreatePeople(), CreateObjectives(), CreateIndicators(), CreateRenstras(), CreateRenstraTargets(),
            CreateAgreements(), CreateTargetRows(), CreateProgramBudgets(), CreateActionPlanRows(),
            CreateRealisations(), CreateMeasurementRows(), CreateIndicatorHistory(), CreateAnalyses(),
            CreateBudgetLines(), CreateDIPARevisions(), CreateBudgetYears(), CreateGrants(), CreateClaims(),
            CreateComments(), CreateBudgetMonths(), CreateModuleDocuments(),
        ]
    }
}
