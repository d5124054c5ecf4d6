using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// Pronouns that agree with the German gender of an element kind's noun, for templates that name the kind in an
/// argument: der Grundsatz, der Indikator (masculine); das Ziel, das Handlungsfeld, das Stadtteilziel (neuter);
/// die Maßnahme, die Beobachtung (feminine). English has one word for all.
/// </summary>
internal static class Pronouns
{
    private static readonly MessageArgument RelativeMasculine = MessageArgument.FromLocalized(new LocalizedText("den", "which"));
    private static readonly MessageArgument RelativeNeuter = MessageArgument.FromLocalized(new LocalizedText("das", "which"));
    private static readonly MessageArgument RelativeFeminine = MessageArgument.FromLocalized(new LocalizedText("die", "which"));
    private static readonly MessageArgument PersonalMasculine = MessageArgument.FromLocalized(new LocalizedText("er", "it"));
    private static readonly MessageArgument PersonalNeuter = MessageArgument.FromLocalized(new LocalizedText("es", "it"));
    private static readonly MessageArgument PersonalFeminine = MessageArgument.FromLocalized(new LocalizedText("sie", "it"));

    /// <summary>The relative pronoun in the accusative (as in "…, den es nicht gibt"): den, das or die.</summary>
    public static MessageArgument Relative(ElementKind kind) => GenderOf(kind) switch
    {
        Gender.Masculine => RelativeMasculine,
        Gender.Feminine => RelativeFeminine,
        _ => RelativeNeuter,
    };

    /// <summary>The personal pronoun in the nominative (as in "er zählt"): er, es or sie.</summary>
    public static MessageArgument Personal(ElementKind kind) => GenderOf(kind) switch
    {
        Gender.Masculine => PersonalMasculine,
        Gender.Feminine => PersonalFeminine,
        _ => PersonalNeuter,
    };

    private static Gender GenderOf(ElementKind kind) => kind switch
    {
        ElementKind.Principle or ElementKind.Indicator or ElementKind.Approach => Gender.Masculine,
        ElementKind.Measure or ElementKind.Observation or ElementKind.CityMeasure or ElementKind.TargetGroup => Gender.Feminine,
        _ => Gender.Neuter,
    };

    private enum Gender
    {
        Neuter,
        Masculine,
        Feminine,
    }
}
