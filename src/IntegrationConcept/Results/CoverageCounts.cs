using System;

namespace IntegrationConcept.Results;

/// <summary>
/// Counts of city elements by grade. Percentages are of the elements in scope (out-of-scope elements are left
/// out of the denominator and counted on their own), rounded to one decimal.
/// </summary>
public sealed record CoverageCounts
{
    /// <summary>Creates counts.</summary>
    /// <param name="covered">Covered elements.</param>
    /// <param name="partlyCovered">Partly covered elements.</param>
    /// <param name="uncovered">Uncovered elements.</param>
    /// <param name="outOfScope">Out-of-scope elements.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public CoverageCounts(int covered, int partlyCovered, int uncovered, int outOfScope)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(covered);
        ArgumentOutOfRangeException.ThrowIfNegative(partlyCovered);
        ArgumentOutOfRangeException.ThrowIfNegative(uncovered);
        ArgumentOutOfRangeException.ThrowIfNegative(outOfScope);
        Covered = covered;
        PartlyCovered = partlyCovered;
        Uncovered = uncovered;
        OutOfScope = outOfScope;
    }

    /// <summary>Gets the number of covered elements.</summary>
    public int Covered { get; }

    /// <summary>Gets the number of partly covered elements.</summary>
    public int PartlyCovered { get; }

    /// <summary>Gets the number of uncovered elements.</summary>
    public int Uncovered { get; }

    /// <summary>Gets the number of out-of-scope elements.</summary>
    public int OutOfScope { get; }

    /// <summary>Gets the number of elements in scope: covered, partly covered and uncovered.</summary>
    public int InScope => Covered + PartlyCovered + Uncovered;

    /// <summary>Gets the number of all elements, out of scope included.</summary>
    public int Total => InScope + OutOfScope;

    /// <summary>Gets the covered share of the elements in scope in percent, or <see langword="null"/> when none is in scope.</summary>
    public decimal? CoveredPercent => Percent(Covered);

    /// <summary>Gets the partly covered share of the elements in scope in percent, or <see langword="null"/> when none is in scope.</summary>
    public decimal? PartlyCoveredPercent => Percent(PartlyCovered);

    /// <summary>Gets the uncovered share of the elements in scope in percent, or <see langword="null"/> when none is in scope.</summary>
    public decimal? UncoveredPercent => Percent(Uncovered);

    /// <summary>Adds one element of a grade.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The new counts.</returns>
    public CoverageCounts Add(CoverageGrade grade) => grade switch
    {
        CoverageGrade.Covered => new(Covered + 1, PartlyCovered, Uncovered, OutOfScope),
        CoverageGrade.PartlyCovered => new(Covered, PartlyCovered + 1, Uncovered, OutOfScope),
        CoverageGrade.Uncovered => new(Covered, PartlyCovered, Uncovered + 1, OutOfScope),
        _ => new(Covered, PartlyCovered, Uncovered, OutOfScope + 1),
    };

    internal static CoverageCounts From(int[] byGrade) => new(byGrade[0], byGrade[1], byGrade[2], byGrade[3]);

    private decimal? Percent(int count)
        => InScope == 0 ? null : Math.Round(count * 100m / InScope, 1, MidpointRounding.AwayFromZero);
}
