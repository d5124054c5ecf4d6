namespace IntegrationConcept.Documents.Json.V1;

/// <summary>What every document DTO starts with: the schema it names and the format version.</summary>
internal interface IDocumentDto
{
    string? Schema { get; }

    int FormatVersion { get; }
}
