using System;

namespace IntegrationConcept.Suggestions;

/// <summary>How many candidates a suggestion lists and whether measures get suggestions too.</summary>
public sealed class SuggestionOptions
{
    /// <summary>The default number of candidates per suggestion: 3.</summary>
    public const int DefaultMaxCandidates = 3;

    /// <summary>Creates options.</summary>
    /// <param name="maxCandidates">The most candidates per suggestion; at least 1.</param>
    /// <param name="includeMeasures">Whether measures that serve no linked district goal get suggestions too.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCandidates"/> is below 1.</exception>
    public SuggestionOptions(int maxCandidates = DefaultMaxCandidates, bool includeMeasures = true)
    {
        if (maxCandidates < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCandidates), maxCandidates, "A suggestion lists at least one candidate.");
        }

        MaxCandidates = maxCandidates;
        IncludeMeasures = includeMeasures;
    }

    /// <summary>Gets the default options: three candidates, measures included.</summary>
    public static SuggestionOptions Default { get; } = new();

    /// <summary>Gets the most candidates per suggestion.</summary>
    /// <value>Default: <see cref="DefaultMaxCandidates"/> (3).</value>
    public int MaxCandidates { get; }

    /// <summary>Gets whether measures that serve no linked district goal get suggestions too.</summary>
    /// <value>Default: <see langword="true"/>.</value>
    public bool IncludeMeasures { get; }

    /// <summary>Returns a copy with another number of candidates.</summary>
    /// <param name="maxCandidates">The most candidates per suggestion; at least 1.</param>
    /// <returns>The new options.</returns>
    public SuggestionOptions WithMaxCandidates(int maxCandidates) => new(maxCandidates, IncludeMeasures);

    /// <summary>Returns a copy that does or does not suggest links for measures.</summary>
    /// <param name="includeMeasures">Whether measures get suggestions.</param>
    /// <returns>The new options.</returns>
    public SuggestionOptions WithIncludeMeasures(bool includeMeasures) => new(MaxCandidates, includeMeasures);
}
