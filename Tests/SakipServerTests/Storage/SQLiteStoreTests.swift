import Testing

/// The store scenarios on a fresh in-memory SQLite database per test.
@Suite("Store on SQLite (in memory)")
struct SQLiteStoreTests {
    @Test func signedAgreement_revised_makesNextRevision_andKeepsTheSignedOne() async throws {
        try await StoreScenarios.signedAgreement_revised_makesNextRevision_andKeepsTheSignedOne(.sqlite)
    }

    @Test func draftAgreement_revised_isEditedInPlace_thenSigned() async throws {
        try await StoreScenarios.draftAgreement_revised_isEditedInPlace_thenSigned(.sqlite)
    }

    @Test func agreement_withUnknownIndicatorOrMissing_isRefused() async throws {
        try await StoreScenarios.agreement_withUnknownIndicatorOrMissing_isRefused(.sqlite)
    }

    @Test func uniqueConstraints_refuseDuplicates() async throws {
        try await StoreScenarios.uniqueConstraints_refuseDuplicates(.sqlite)
    }

    @Test func auditTrail_isAppendOnly_inTheDatabaseItself() async throws {
        try await StoreScenarios.auditTrail_isAppendOnly_inTheDatabaseItself(.sqlite)
    }

    @Test func deletingAnOfficeYear_removesItsDocumentAndComments_butKeepsTheTrail() async throws {
        try await StoreScenarios.deletingAnOfficeYear_removesItsDocumentAndComments_butKeepsTheTrail(.sqlite)
    }

    @Test func migrations_revert_dropEveryTable() async throws {
        try await StoreScenarios.migrations_revert_dropEveryTable(.sqlite)
    }

    @Test func legacyDatabase_isRefused_withAnIndonesianMessage() async throws {
        try await StoreScenarios.legacyDatabase_isRefused_withAnIndonesianMessage(.sqlite)
    }

    @Test func hierarchy_childImportedAfterParent_linksByCode() async throws {
        try await StoreScenarios.hierarchy_childImportedAfterParent_linksByCode(.sqlite)
    }

    @Test func officeImport_cannotChangeNameLevelOrParent() async throws {
        try await StoreScenarios.officeImport_cannotChangeNameLevelOrParent(.sqlite)
    }

    @Test func identity_comesFromTheOfficeTable_whateverTheDocumentSays() async throws {
        try await StoreScenarios.identity_comesFromTheOfficeTable_whateverTheDocumentSays(.sqlite)
    }

    @Test func offices_orderedByLevelThenName() async throws {
        try await StoreScenarios.offices_orderedByLevelThenName(.sqlite)
    }

    @Test func replace_invalidFile_leavesStoredYearUnchanged() async throws {
        try await StoreScenarios.replace_invalidFile_leavesStoredYearUnchanged(.sqlite)
    }

    @Test func replace_failingImportOfNewOffice_createsNoOffice() async throws {
        try await StoreScenarios.replace_failingImportOfNewOffice_createsNoOffice(.sqlite)
    }

    @Test func replace_sameOfficeAndYearAgain_replacesEverythingButComments() async throws {
        try await StoreScenarios.replace_sameOfficeAndYearAgain_replacesEverythingButComments(.sqlite)
    }

    @Test func years_listsEveryYearOfAnOffice() async throws {
        try await StoreScenarios.years_listsEveryYearOfAnOffice(.sqlite)
    }

    @Test func saveRealisation_upsertsTheQuarter_andChangesTheCapaian() async throws {
        try await StoreScenarios.saveRealisation_upsertsTheQuarter_andChangesTheCapaian(.sqlite)
    }

    @Test func saveRealisation_wrongKindOrUnknownIndicator_isRefused() async throws {
        try await StoreScenarios.saveRealisation_wrongKindOrUnknownIndicator_isRefused(.sqlite)
    }

    @Test func updateBudgetLine_changesALeaf_andRefusesAParent() async throws {
        try await StoreScenarios.updateBudgetLine_changesALeaf_andRefusesAParent(.sqlite)
    }

    @Test func comments_areKeptInOrderWithTheirAuthors() async throws {
        try await StoreScenarios.comments_areKeptInOrderWithTheirAuthors(.sqlite)
    }

    @Test func roundTrip_everySeed_loadsExactlyWhatWasImported() async throws {
        try await StoreScenarios.roundTrip_everySeed_loadsExactlyWhatWasImported(.sqlite)
    }

    @Test func roundTrip_everyOptionalPart_survives() async throws {
        try await StoreScenarios.roundTrip_everyOptionalPart_survives(.sqlite)
    }

    @Test func parallelWriters_loseNothing() async throws {
        try await StoreScenarios.parallelWriters_loseNothing(.sqlite)
    }

    @Test func staleForm_overAnotherUsersChange_isRefused_otherPartsMerge() async throws {
        try await StoreScenarios.staleForm_overAnotherUsersChange_isRefused_otherPartsMerge(.sqlite)
    }

    @Test func evaluation_isVersioned_audited_andSummarised() async throws {
        try await StoreScenarios.evaluation_isVersioned_audited_andSummarised(.sqlite)
    }

    @Test func submission_cycle_freezesVersions_andRefusesADoubleResubmission() async throws {
        try await StoreScenarios.submission_cycle_freezesVersions_andRefusesADoubleResubmission(.sqlite)
    }

    @Test func summary_followsEveryChange_onceItCommits() async throws {
        try await StoreScenarios.summary_followsEveryChange_onceItCommits(.sqlite)
    }

    @Test func recomputeSummaries_fixesStaleRows_andLeavesCurrentOnes() async throws {
        try await StoreScenarios.recomputeSummaries_fixesStaleRows_andLeavesCurrentOnes(.sqlite)
    }

    @Test func catalogueDecisions_areWrittenThroughOnePath_withWhoWhenAndTheirTrail() async throws {
        try await StoreScenarios.catalogueDecisions_areWrittenThroughOnePath_withWhoWhenAndTheirTrail(.sqlite)
    }

    @Test func dataVersion_movesWithEveryChangeConsolidationReads() async throws {
        try await StoreScenarios.dataVersion_movesWithEveryChangeConsolidationReads(.sqlite)
    }

    @Test func nationalDemo_loadsBesideTheDemo_withTheScenariosCounts() async throws {
        try await StoreScenarios.nationalDemo_loadsBesideTheDemo_withTheScenariosCounts(.sqlite)
    }

    @Test func consolidationInput_readsAProvince_asItsScenariosDescribe() async throws {
        try await StoreScenarios.consolidationInput_readsAProvince_asItsScenariosDescribe(.sqlite)
    }
}
