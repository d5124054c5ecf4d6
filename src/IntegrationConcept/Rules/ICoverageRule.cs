namespace IntegrationConcept.Rules;

/// <summary>
/// A rule written in C#: its descriptor and a check that reads the <see cref="RuleContext"/> and reports
/// findings to the <see cref="FindingSink"/>. Add it to a rule set with <see cref="RuleSet.WithCustomRule"/>.
/// </summary>
/// <remarks>
/// A rule must not keep state between checks (one instance checks many plans, possibly on several threads) and
/// should be linear in the plan: use the context's prebuilt indexes instead of scanning lists inside loops.
/// </remarks>
/// <example>
/// <code>
/// sealed class MeasureNeedsBody : ICoverageRule
/// {
///     public RuleDescriptor Descriptor { get; } = new("TR0001",
///         new LocalizedText("Maßnahme ohne Gremium", "Measure without a body"), RuleCategory.Operationalisation,
///         Severity.Info, new LocalizedText("Maßnahme {0} hat kein Gremium.", "Measure {0} has no body."));
///
///     public void Check(RuleContext context, FindingSink findings)
///     {
///         foreach (var measure in context.Plan.Measures)
///         {
///             if (measure.BodyIds.Count == 0)
///             {
///                 findings.Report(context.Reference(measure), MessageArgument.FromText(measure.Id.Value));
///             }
///         }
///     }
/// }
/// </code>
/// </example>
public interface ICoverageRule
{
    /// <summary>Gets what the rule is: id, title, category, default severity, message template and parameters.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Checks one district plan against the city concept.</summary>
    /// <param name="context">The documents, evaluation date, computed coverage, parameters and indexes; read-only.</param>
    /// <param name="findings">Where to report findings.</param>
    public void Check(RuleContext context, FindingSink findings);
}
