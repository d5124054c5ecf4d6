using System;

namespace IntegrationConcept.Documents.Json;

/// <summary>A problem a DTO mapper found at a JSON path; the reader turns it into a <see cref="DocumentFormatException"/>.</summary>
internal sealed class MappingException : Exception
{
    public MappingException(string path, string message)
        : base(message)
    {
        Path = path;
    }

    public MappingException()
    {
        Path = "$";
    }

    public MappingException(string message)
        : base(message)
    {
        Path = "$";
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
    }

    public string Path { get; }
}
