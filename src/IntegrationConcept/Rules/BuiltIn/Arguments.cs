using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// Message arguments and reasons for the built-in rules, made with the public <see cref="MessageArgument"/> factories.
/// Arrays a rule builds fresh for one finding are handed to <see cref="FindingSink.Report(Results.ElementReference, System.Collections.Generic.IEnumerable{MessageArgument}?, System.Collections.Generic.IEnumerable{LocalizedMessage}?)"/>
/// as immutable arrays, which the finding keeps without a copy.
/// </summary>
internal static class Arguments
{
    /// <summary>The end of a period that has none.</summary>
    public static readonly LocalizedText OpenEnd = new("unbefristet", "open");

    // Arguments are immutable: one per fixed term (status, direction, kind, open end) serves every finding.
    private static readonly ConditionalWeakTable<LocalizedText, MessageArgument> LocalArguments = new();

    private static readonly MessageArgument OpenEndArgument = MessageArgument.FromLocalized(OpenEnd);

    public static MessageArgument Text(string text) => MessageArgument.FromText(text);

    public static MessageArgument Local(LocalizedText text)
        => LocalArguments.GetValue(text, static t => MessageArgument.FromLocalized(t));

    public static MessageArgument Name(ActionField field) => MessageArgument.FromLocalized(new LocalizedText(field.Name, field.EnglishName ?? field.Name));

    public static MessageArgument Date(LocalDate? date)
        => date is { } d ? MessageArgument.FromDate(d) : OpenEndArgument;

    /// <summary>Hands a fresh argument array over as an immutable array (no copy).</summary>
    public static ImmutableArray<MessageArgument> Args(params MessageArgument[] arguments)
        => ImmutableCollectionsMarshal.AsImmutableArray(arguments);

    /// <summary>Hands a fresh reason array over as an immutable array (no copy).</summary>
    public static ImmutableArray<LocalizedMessage> Reasons(params LocalizedMessage[] reasons)
        => ImmutableCollectionsMarshal.AsImmutableArray(reasons);

    /// <summary>The name of an item of a list member, such as <c>targets[1]</c>.</summary>
    public static string Member(string name, int k) => string.Create(CultureInfo.InvariantCulture, $"{name}[{k}]");
}
