using IntegrationConcept.Checking;
using IntegrationConcept.Localization;
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

    protected static MessageArgument Local(LocalizedText text) => MessageArgument.FromLocalized(text);

    protected static MessageArgument Name(ActionField field) => MessageArgument.FromLocalized(new LocalizedText(field.Name, field.EnglishName ?? field.Name));

    protected static MessageArgument Date(NodaTime.LocalDate? date)
        => date is { } d ? MessageArgument.FromDate(d) : MessageArgument.FromLocalized(Terms.OpenEnd);
}
