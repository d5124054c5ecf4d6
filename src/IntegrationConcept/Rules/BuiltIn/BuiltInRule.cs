using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>A built-in rule: its descriptor comes from the catalogue, its check reads the shared check state.</summary>
internal abstract class BuiltInRule : ICoverageRule
{
    protected BuiltInRule(string id)
    {
        Descriptor = RuleCatalog.Get(id);
    }

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context, FindingSink findings) => Check(context.State, context.Parameters, findings);

    protected abstract void Check(CheckState state, RuleParameters parameters, FindingSink findings);

    protected static MessageArgument Text(string text) => MessageArgument.FromText(text);

    protected static MessageArgument Local(LocalizedText text)
        => LocalArguments.GetValue(text, static t => MessageArgument.FromLocalized(t));

    protected static MessageArgument Name(ActionField field) => MessageArgument.FromLocalized(new LocalizedText(field.Name, field.EnglishName ?? field.Name));

    protected static MessageArgument Date(NodaTime.LocalDate? date)
        => date is { } d ? MessageArgument.FromDate(d) : OpenEnd;

    // Arguments are immutable: one per fixed term (status, direction, kind, open end) serves every finding.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LocalizedText, MessageArgument> LocalArguments = new();

    private static readonly MessageArgument OpenEnd = MessageArgument.FromLocalized(Terms.OpenEnd);
}
