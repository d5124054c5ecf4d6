namespace IntegrationConcept.Model;

/// <summary>A population count with the year it refers to, such as Trier's 108,472 in 2014.</summary>
public sealed record Population
{
    /// <summary>Creates a population figure.</summary>
    /// <param name="count">The number of inhabitants; not negative.</param>
    /// <param name="referenceYear">The year the count refers to.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="referenceYear"/> is outside 1000–9999.</exception>
    public Population(int count, int referenceYear)
    {
        System.ArgumentOutOfRangeException.ThrowIfNegative(count);
        System.ArgumentOutOfRangeException.ThrowIfLessThan(referenceYear, 1000);
        System.ArgumentOutOfRangeException.ThrowIfGreaterThan(referenceYear, 9999);
        Count = count;
        ReferenceYear = referenceYear;
    }

    /// <summary>Gets the number of inhabitants.</summary>
    public int Count { get; }

    /// <summary>Gets the year the count refers to.</summary>
    public int ReferenceYear { get; }
}
