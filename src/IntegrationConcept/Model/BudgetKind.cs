namespace IntegrationConcept.Model;

/// <summary>What a budget entry of a measure states: money planned, approved or spent.</summary>
public enum BudgetKind
{
    /// <summary>Money planned (geplant), for example in the plan or a funding application.</summary>
    Planned,

    /// <summary>Money approved (bewilligt) by the council or the funder.</summary>
    Approved,

    /// <summary>Money spent (verausgabt), as the accounts show.</summary>
    Spent,
}
