using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>A target group (Zielgruppe): whom a measure serves.</summary>
public sealed record TargetGroup : IElement<TargetGroup>
{
    /// <summary>Creates a target group.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name, such as "Kinder und Jugendliche aus einkommensschwachen Familien".</param>
    /// <param name="migrationBackground">Whom the group comprises with respect to a migration background.</param>
    /// <param name="description">A description.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public TargetGroup(ElementId<TargetGroup> id, string name, MigrationBackground migrationBackground = MigrationBackground.Unspecified, string? description = null)
    {
        Id = id;
        Name = Guard.NotNull(name);
        MigrationBackground = migrationBackground;
        Description = description;
    }

    /// <inheritdoc/>
    public ElementId<TargetGroup> Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets whom the group comprises with respect to a migration background.</summary>
    public MigrationBackground MigrationBackground { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }
}
