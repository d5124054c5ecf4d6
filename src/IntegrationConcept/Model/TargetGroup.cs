using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>A target group (Zielgruppe): whom a measure serves.</summary>
public sealed record TargetGroup : IElement<TargetGroup>
{
    /// <summary>Creates a target group.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name, such as "Kinder und Jugendliche aus einkommensschwachen Familien".</param>
    /// <param name="migrationBackground">Whom the group comprises with respect to a migration background or an immigration history.</param>
    /// <param name="description">A description.</param>
    /// <param name="migrationTerm">The term <paramref name="migrationBackground"/> is meant in: "Migrationshintergrund" (the default) or "Einwanderungsgeschichte".</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public TargetGroup(
        ElementId<TargetGroup> id,
        string name,
        MigrationBackground migrationBackground = MigrationBackground.Unspecified,
        string? description = null,
        MigrationTerm migrationTerm = MigrationTerm.MigrationBackground)
    {
        Id = id;
        Name = Guard.NotNull(name);
        MigrationBackground = migrationBackground;
        Description = description;
        MigrationTerm = migrationTerm;
    }

    /// <inheritdoc/>
    public ElementId<TargetGroup> Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets whom the group comprises with respect to a migration background or an immigration history (see <see cref="MigrationTerm"/>).</summary>
    public MigrationBackground MigrationBackground { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }

    /// <summary>Gets the statistical term <see cref="MigrationBackground"/> is meant in.</summary>
    /// <value>The default is <see cref="Model.MigrationTerm.MigrationBackground"/>.</value>
    public MigrationTerm MigrationTerm { get; }
}
