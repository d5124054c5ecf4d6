using System.Text.Json.Serialization;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V1;

// Value objects shared by several documents. Property order is the order written.

/// <summary>A <see cref="Model.Timeframe"/>.</summary>
internal sealed record TimeframeDto
{
    [JsonRequired]
    public LocalDate Start { get; set; }

    public LocalDate? End { get; set; }
}

/// <summary>A <see cref="Model.DataPoint"/>.</summary>
internal sealed record DataPointDto
{
    [JsonRequired]
    public LocalDate Date { get; set; }

    public decimal? Value { get; set; }

    public string? Comment { get; set; }
}

/// <summary>A <see cref="Model.Population"/>.</summary>
internal sealed record PopulationDto
{
    [JsonRequired]
    public int Count { get; set; }

    [JsonRequired]
    public int ReferenceYear { get; set; }
}

/// <summary>The members every document starts with.</summary>
internal abstract record DocumentDto : IDocumentDto
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string? Schema { get; set; }

    [JsonPropertyOrder(-1)]
    [JsonRequired]
    public int FormatVersion { get; set; }
}
