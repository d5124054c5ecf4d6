using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>A district (Stadtteil) of the municipality, such as Ehrang/Quint.</summary>
public sealed record District
{
    /// <summary>Creates a district.</summary>
    /// <param name="name">The name.</param>
    /// <param name="population">The population with its reference year, if known.</param>
    /// <param name="description">A short description, such as "former workers' district".</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public District(string name, Population? population = null, string? description = null)
    {
        Name = Guard.NotNull(name);
        Population = population;
        Description = description;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the population, if known.</summary>
    public Population? Population { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }
}
