using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>A district (Stadtteil) of the municipality, such as Ehrang/Quint, with its official keys and sub-areas.</summary>
public sealed record District
{
    /// <summary>Creates a district.</summary>
    /// <param name="name">The name.</param>
    /// <param name="population">The population with its reference year, if known.</param>
    /// <param name="description">A short description, such as "former workers' district".</param>
    /// <param name="keys">The official district keys (Stadtteilnummer, Ortsbezirk) in the city's statistics; a district made of several statistical units has several.</param>
    /// <param name="subAreas">The sub-areas: statistical districts, social areas, programme areas.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A list contains <see langword="null"/>; the message names the list and the position.</exception>
    public District(
        string name,
        Population? population = null,
        string? description = null,
        IEnumerable<string>? keys = null,
        IEnumerable<SubArea>? subAreas = null)
    {
        Name = Guard.NotNull(name);
        Population = population;
        Description = description;
        Keys = keys.ToValueList();
        SubAreas = new ElementCollection<SubArea>(subAreas);
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the population, if known.</summary>
    public Population? Population { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }

    /// <summary>Gets the official district keys.</summary>
    public ValueList<string> Keys { get; }

    /// <summary>Gets the sub-areas.</summary>
    public ElementCollection<SubArea> SubAreas { get; }
}
