namespace IntegrationConcept.Results;

/// <summary>How serious a finding is. A rule is switched off with <c>RuleSet.WithDisabled</c>, not by a severity.</summary>
public enum Severity
{
    /// <summary>An error: the plan does not do what it must; <see cref="CoverageReport.HasErrors"/> is set.</summary>
    Error,

    /// <summary>A warning: the plan should be improved.</summary>
    Warning,

    /// <summary>Information: worth knowing, nothing to fix.</summary>
    Info,
}
