using System.Text.Json.Serialization;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V1;

// Value objects shared by several documents. Property order is the order written.

/// <summary>A <see cref="Model.Timeframe"/>.</summary>
internal sealed record TimeframeDto
{
    public required LocalDate Start { get; init; }

    public LocalDate? End { get; init; }
}

/// <summary>A <see cref="Model.DataPoint"/>.</summary>
internal sealed record DataPointDto
{
    public required LocalDate Date { get; init; }

    public decimal? Value { get; init; }

    public string? Comment { get; init; }
}

/// <summary>A <see cref="Model.Population"/>.</summary>
internal sealed record PopulationDto
{
    public required int Count { get; init; }

    public required int ReferenceYear { get; init; }
}

/// <summary>The members every document starts with.</summary>
internal abstract record DocumentDto : IDocumentDto
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string? Schema { get; init; }

    [JsonPropertyOrder(-1)]
    public required int FormatVersion { get; init; }
}
