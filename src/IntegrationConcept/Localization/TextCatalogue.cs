using IntegrationConcept.Model;

namespace IntegrationConcept.Localization;

/// <summary>
/// The keys of the language tables: every German and English pair the library writes as constants, collected at build
/// time by <c>IntegrationConcept.Generators.TextCatalogueGenerator</c> (the generated half of this class).
/// </summary>
internal static partial class TextCatalogue
{
    /// <summary>Gets the texts, ordered by German and English text.</summary>
    public static ValueList<LocalizedText> Texts { get; } = new(CreateAll());
}
