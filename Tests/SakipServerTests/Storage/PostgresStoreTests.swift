import Testing

/// The store scenarios on a real PostgreSQL server (`SAKIP_TEST_POSTGRES_URL`), each in a fresh schema.
/// Reported as skipped, with the reason, when the variable is unset.
@Suite(
    "Store on PostgreSQL",
    .enabled(if: TestBackend.postgresURL != nil,
             "SAKIP_TEST_POSTGRES_URL is not set: PostgreSQL store tests skipped (see .ci/postgres-setup.sh)")
)
struct PostgresStoreTests {
    @Test func signedAgreement_revised_makesNextRevision_andKeepsTheSignedOne() async throws {
        try await StoreScenarios.signedAgreement_revised_makesNextRevision_andKeepsTheSignedOne(.postgres)
    }

    @Test func draftAgreement_revised_isEditedInPlace_thenSigned() async throws {
        try await StoreScenarios.draftAgreement_revised_isEditedInPlace_thenSigned(.postgres)
    }

    @Test func agreement_withUnknownIndicatorOrMissing_isRefused() async throws {
        try await StoreScenarios.agreement_withUnknownIndicatorOrMissing_isRefused(.postgres)
    }

    @Test func uniqueConstraints_refuseDuplicates() async throws {
        try await StoreScenarios.uniqueConstraints_refuseDuplicates(.postgres)
    }

    @Test func auditTrail_isAppendOnly_inTheDatabaseItself() async throws {
        try await StoreScenarios.auditTrail_isAppendOnly_inTheDatabaseItself(.postgres)
    }

    @Test func deletingAnOfficeYear_removesItsDocumentAndComments_butKeepsTheTrail() async throws {
        try await StoreScenarios.deletingAnOfficeYear_removesItsDocumentAndComments_butKeepsTheTrail(.postgres)
    }

    @Test func migrations_revert_dropEveryTable() async throws {
        try await StoreScenarios.migrations_revert_dropEveryTable(.postgres)
    }

    @Test func legacyDatabase_isRefused_withAnIndonesianMessage() async throws {
        try await StoreScenarios.legacyDatabase_isRefused_withAnIndonesianMessage(.postgres)
    }

    @Test func hierarchy_childImportedAfterParent_linksByCode() async throws {
        try await StoreScenarios.hierarchy_childImportedAfterParent_linksByCode(.postgres)
    }

    @Test func officeImport_cannotChangeNameLevelOrParent() async throws {
        try await StoreScenarios.officeImport_cannotChangeNameLevelOrParent(.postgres)
    }

    @Test func identity_comesFromTheOfficeTable_whateverTheDocumentSays() async throws {
        try await StoreScenarios.identity_comesFromTheOfficeTable_whateverTheDocumentSays(.postgres)
    }

    @Test func offices_orderedByLevelThenName() async throws {
        try await StoreScenarios.offices_orderedByLevelThenName(.postgres)
    }

    @Test func replace_invalidFile_leavesStoredYearUnchanged() async throws {
        try await StoreScenarios.replace_invalidFile_leavesStoredYearUnchanged(.postgres)
    }

    @Test func replace_failingImportOfNewOffice_createsNoOffice() async throws {
        try await StoreScenarios.replace_failingImportOfNewOffice_createsNoOffice(.postgres)
    }

    @Test func replace_sameOfficeAndYearAgain_replacesEverythingButComments() async throws {
        try await StoreScenarios.replace_sameOfficeAndYearAgain_replacesEverythingButComments(.postgres)
    }

    @Test func years_listsEveryYearOfAnOffice() async throws {
        try await StoreScenarios.years_listsEveryYearOfAnOffice(.postgres)
    }

    @Test func saveRealisation_upsertsTheQuarter_andChangesTheCapaian() async throws {
        try await StoreScenarios.saveRealisation_upsertsTheQuarter_andChangesTheCapaian(.postgres)
    }

    @Test func saveRealisation_wrongKindOrUnknownIndicator_isRefused() async throws {
        try await StoreScenarios.saveRealisation_wrongKindOrUnknownIndicator_isRefused(.postgres)
    }

    @Test func updateBudgetLine_changesALeaf_andRefusesAParent() async throws {
        try await StoreScenarios.updateBudgetLine_changesALeaf_andRefusesAParent(.postgres)
    }

    @Test func comments_areKeptInOrderWithTheirAuthors() async throws {
        try await StoreScenarios.comments_areKeptInOrderWithTheirAuthors(.postgres)
    }

    @Test func roundTrip_everySeed_loadsExactlyWhatWasImported() async throws {
        try await StoreScenarios.roundTrip_everySeed_loadsExactlyWhatWasImported(.postgres)
    }

    @Test func roundTrip_everyOptionalPart_survives() async throws {
        try await StoreScenarios.roundTrip_everyOptionalPart_survives(.postgres)
    }

    @Test func parallelWriters_loseNothing() async throws {
        try await StoreScenarios.parallelWriters_loseNothing(.postgres)
    }

    @Test func staleForm_overAnotherUsersChange_isRefused_otherPartsMerge() async throws {
        try await StoreScenarios.staleForm_overAnotherUsersChange_isRefused_otherPartsMerge(.postgres)
    }

    @Test func evaluation_isVersioned_audited_andSummarised() async throws {
        try await StoreScenarios.evaluation_isVersioned_audited_andSummarised(.postgres)
    }

    @Test func submission_cycle_freezesVersions_andRefusesADoubleResubmission() async throws {
        try await StoreScenarios.submission_cycle_freezesVersions_andRefusesADoubleResubmission(.postgres)
    }

    @Test func summary_followsEveryChange_onceItCommits() async throws {
        try await StoreScenarios.summary_followsEveryChange_onceItCommits(.postgres)
    }

    @Test func recomputeSummaries_fixesStaleRows_andLeavesCurrentOnes() async throws {
        try await StoreScenarios.recomputeSummaries_fixesStaleRows_andLeavesCurrentOnes(.postgres)
    }

    @Test func catalogueDecisions_areWrittenThroughOnePath_withWhoWhenAndTheirTrail() async throws {
        try await StoreScenarios.catalogueDecisions_areWrittenThroughOnePath_withWhoWhenAndTheirTrail(.postgres)
    }

    @Test func dataVersion_movesWithEveryChangeConsolidationReads() async throws {
        try await StoreScenarios.dataVersion_movesWithEveryChangeConsolidationReads(.postgres)
    }

    @Test func nationalDemo_loadsBesideTheDemo_withTheScenariosCounts() async throws {
        try await StoreScenarios.nationalDemo_loadsBesideTheDemo_withTheScenariosCounts(.postgres)
    }

    @Test func consolidationInput_readsAProvince_asItsScenariosDescribe() async throws {
        try await StoreScenarios.consolidationInput_readsAProvince_asItsScenariosDescribe(.postgres)
    }
}
