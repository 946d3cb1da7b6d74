import FluentKit

/// The storage layer's migrations, in the order they must run (register them in this order).
public enum StorageMigrations {
    /// Every migration of the storage schema, oldest first.
    public static var all: [any Migration] {
        [
            RefuseLegacySchema(), CreateOffices(), CreateUsers(), CreateOfficeYears(), CreateOfficeYearDocuments(),
            CreateComments(), CreateAuditEntries(), CreateSessions(), CreateLoginAttempts(), CreateEvidenceFiles(),
            CreateEvaluations(), CreateLKEVersions(), IndexAuditRows(), CreateSubmissions(), CreateOfficeYearSummaries(),
            CreateCatalogueDecisions(), AddVersionSummaries(), CreateDataVersions(), IndexAuditTables(),
        ]
    }
}
