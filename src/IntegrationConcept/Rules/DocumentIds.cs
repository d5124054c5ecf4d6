using IntegrationConcept.Model;

namespace IntegrationConcept.Rules;

/// <summary>Ids taken from a document's text without throwing: blank text or text with outer white space names nothing.</summary>
internal static class DocumentIds
{
    public static bool TryCreate<T>(string? text, out ElementId<T> id)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length != text.Length)
        {
            id = default;
            return false;
        }

        id = new ElementId<T>(text);
        return true;
    }
}
