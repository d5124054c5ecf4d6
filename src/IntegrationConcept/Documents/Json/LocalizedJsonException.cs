using System.Text.Json;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// A converter's reading error in German and English. System.Text.Json adds the path to it and passes it on; the
/// reader then says <see cref="Text"/> in the caller's language. Its <see cref="System.Exception.Message"/> is the English text.
/// </summary>
internal sealed class LocalizedJsonException : JsonException
{
    public LocalizedJsonException(LocalizedText text)
        : base(text.English)
    {
        Text = text;
    }

    public LocalizedJsonException()
        : this(new LocalizedText(string.Empty, string.Empty))
    {
    }

    public LocalizedJsonException(string message)
        : this(new LocalizedText(message, message))
    {
    }

    public LocalizedJsonException(string message, System.Exception innerException)
        : base(message, innerException)
    {
        Text = new LocalizedText(message, message);
    }

    public LocalizedText Text { get; }
}
