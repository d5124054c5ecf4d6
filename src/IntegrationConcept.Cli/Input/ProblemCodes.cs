using System.Globalization;
using IntegrationConcept.Localization;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Cli.Input;

/// <summary>
/// The codes of document problems, in the range IC0001–IC0199 that no coverage rule uses: IC0001–IC0004 for a
/// file that cannot be read as a document, IC0101 and up for the model's rules (one per <see cref="ModelProblemCode"/>).
/// </summary>
internal static class ProblemCodes
{
    /// <summary>The file does not exist or cannot be read.</summary>
    public const string Unreadable = "IC0001";

    /// <summary>The text is not JSON, or a value has the wrong shape (wrong type, missing or unknown member, ...).</summary>
    public const string Format = "IC0002";

    /// <summary>The kind of document cannot be told from its <c>$schema</c>.</summary>
    public const string UnknownKind = "IC0003";

    /// <summary>The rule set names an unknown rule or parameter, or a parameter value out of range.</summary>
    public const string RuleSet = "IC0004";

    /// <summary>The code of a broken model rule: IC0101 for the first <see cref="ModelProblemCode"/>.</summary>
    public static string Of(ModelProblemCode code) => "IC" + (101 + (int)code).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>A short headline of a model problem in the chosen language, put before the detail (which the library gives in English).</summary>
    public static LocalizedText Headline(ModelProblemCode code) => code switch
    {
        ModelProblemCode.MissingId => new("Element ohne Kennung", "element without an id"),
        ModelProblemCode.DuplicateId => new("doppelte Kennung", "duplicate id"),
        ModelProblemCode.UnresolvedReference => new("Verweis auf ein fehlendes Element", "reference to a missing element"),
        ModelProblemCode.Cycle => new("zirkulärer Verweis", "circular reference"),
        ModelProblemCode.EmptyText => new("leerer Text", "empty text"),
        ModelProblemCode.EndBeforeStart => new("Ende vor Beginn", "end before start"),
        ModelProblemCode.TargetBeforeBaseline => new("Zielwert vor dem Ausgangswert", "target before the baseline"),
        ModelProblemCode.NumberOnQualitative => new("Zahl bei einem qualitativen Indikator", "number on a qualitative indicator"),
        ModelProblemCode.MissingNumber => new("fehlende Zahl", "missing number"),
        ModelProblemCode.InvalidFormat => new("ungültiges Format", "invalid format"),
        ModelProblemCode.Contradiction => new("Widerspruch", "contradiction"),
        _ => new("Problem im Modell", "model problem"),
    };
}
