using System;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json;

/// <summary>A problem a DTO mapper found at a JSON path, in German and English; the reader turns it into a <see cref="DocumentFormatException"/>.</summary>
internal sealed class MappingException : Exception
{
    public MappingException(string path, LocalizedText text)
        : base(text.English)
    {
        Path = path;
        Text = text;
    }

    public MappingException()
        : this("$", new LocalizedText(string.Empty, string.Empty))
    {
    }

    public MappingException(string message)
        : this("$", new LocalizedText(message, message))
    {
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
        Text = new LocalizedText(message, message);
    }

    public string Path { get; }

    public LocalizedText Text { get; }
}
