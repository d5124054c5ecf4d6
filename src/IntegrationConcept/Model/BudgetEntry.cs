namespace IntegrationConcept.Model;

/// <summary>
/// One budget entry (Haushaltsmittel) of a measure: an amount in euros for one year, of one kind (planned,
/// approved, spent), with the funding programme, the funder and the budget line it comes from.
/// </summary>
/// <remarks>
/// Amounts are <see langword="decimal"/> euros, never floating point. A measure usually has several entries:
/// for example 5,000 EUR planned for 2012 from the city budget and 3,000 EUR approved for 2012 from the
/// programme "Soziale Stadt". An amount below zero or a year outside 1900–2200 makes the plan invalid.
/// </remarks>
public sealed record BudgetEntry
{
    /// <summary>Creates a budget entry.</summary>
    /// <param name="year">The budget year.</param>
    /// <param name="kind">Planned, approved or spent.</param>
    /// <param name="amountEur">The amount in euros; zero or more.</param>
    /// <param name="fundingProgramme">The funding programme (Förderprogramm), such as "Soziale Stadt", if any.</param>
    /// <param name="funder">Who funds it (Mittelgeber), such as "Stadt Trier" or "Bund und Land", if given.</param>
    /// <param name="budgetLine">The budget line (Haushaltsstelle or Produkt) in the municipal budget, if any.</param>
    /// <param name="comment">A comment, such as "illustrativ".</param>
    public BudgetEntry(
        int year,
        BudgetKind kind,
        decimal amountEur,
        string? fundingProgramme = null,
        string? funder = null,
        string? budgetLine = null,
        string? comment = null)
    {
        Year = year;
        Kind = kind;
        AmountEur = amountEur;
        FundingProgramme = fundingProgramme;
        Funder = funder;
        BudgetLine = budgetLine;
        Comment = comment;
    }

    /// <summary>Gets the budget year.</summary>
    public int Year { get; }

    /// <summary>Gets whether the money is planned, approved or spent.</summary>
    public BudgetKind Kind { get; }

    /// <summary>Gets the amount in euros.</summary>
    public decimal AmountEur { get; }

    /// <summary>Gets the funding programme, if any.</summary>
    public string? FundingProgramme { get; }

    /// <summary>Gets the funder, if given.</summary>
    public string? Funder { get; }

    /// <summary>Gets the budget line, if any.</summary>
    public string? BudgetLine { get; }

    /// <summary>Gets the comment, if any.</summary>
    public string? Comment { get; }
}
