namespace IntegrationConcept.Documents.Json.V1;

/// <summary>What every document DTO starts with: the schema it names and the format version.</summary>
internal interface IDocumentDto
{
    public string? Schema { get; }

    public int FormatVersion { get; }
}
