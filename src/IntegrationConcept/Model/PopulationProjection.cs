namespace IntegrationConcept.Model;

/// <summary>A projected relative change of population over a named period, such as +0.3 % from 2012 to 2030.</summary>
public sealed record PopulationProjection
{
    /// <summary>Creates a projection.</summary>
    /// <param name="changePercent">The projected change in percent; negative for a decline.</param>
    /// <param name="fromYear">The first year of the period.</param>
    /// <param name="toYear">The last year of the period; not before <paramref name="fromYear"/>.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    public PopulationProjection(decimal changePercent, int fromYear, int toYear)
    {
        System.ArgumentOutOfRangeException.ThrowIfLessThan(toYear, fromYear);
        ChangePercent = changePercent;
        FromYear = fromYear;
        ToYear = toYear;
    }

    /// <summary>Gets the projected change in percent.</summary>
    public decimal ChangePercent { get; }

    /// <summary>Gets the first year of the period.</summary>
    public int FromYear { get; }

    /// <summary>Gets the last year of the period.</summary>
    public int ToYear { get; }
}
