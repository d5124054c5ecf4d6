namespace IntegrationConcept.Model;

/// <summary>
/// The statistical term a target group is described with: "Migrationshintergrund" or the term now used in
/// official statistics, "Menschen mit Einwanderungsgeschichte". The two are defined differently and their figures
/// are not comparable.
/// </summary>
public enum MigrationTerm
{
    /// <summary>Migration background (Migrationshintergrund), the established term of official statistics and of most existing concepts.</summary>
    MigrationBackground,

    /// <summary>Immigration history (Einwanderungsgeschichte): the person or both parents immigrated; the term now used in official statistics.</summary>
    ImmigrationHistory,
}
