using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Word;

/// <summary>The Word renderer's own keys, collected at build time by <c>IntegrationConcept.Generators.TextCatalogueGenerator</c>.</summary>
internal static partial class TextCatalogue
{
    public static ValueList<LocalizedText> Texts { get; } = new(CreateAll());
}
