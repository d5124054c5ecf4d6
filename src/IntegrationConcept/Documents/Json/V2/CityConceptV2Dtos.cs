using System.Collections.Generic;
using System.Text.Json.Serialization;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V2;

// The city concept document, format version 2: version 1 plus the city-level indicators and the earlier versions
// (concept history). The shapes version 2 does not change are version 1's. JSON names are the camelCase model
// member names. Property order is the order written.

/// <summary>A <see cref="CityConcept"/> document, format version 2.</summary>
internal sealed record CityConceptDocumentV2Dto : DocumentDto
{
    [JsonRequired]
    public string Title { get; set; } = null!;

    [JsonRequired]
    public MunicipalityDto Municipality { get; set; } = null!;

    [JsonRequired]
    public ConceptVersionDto Version { get; set; } = null!;

    public IReadOnlyList<PrincipleDto>? Principles { get; set; }

    public IReadOnlyList<ActionFieldDto>? ActionFields { get; set; }

    public IReadOnlyList<GoalDto>? Goals { get; set; }

    public IReadOnlyList<ApproachDto>? Approaches { get; set; }

    public IReadOnlyList<CityMeasureDto>? Measures { get; set; }

    public IReadOnlyList<IndicatorV2Dto>? Indicators { get; set; }

    public IReadOnlyList<PreviousVersionV2Dto>? PreviousVersions { get; set; }
}

/// <summary>A <see cref="PreviousVersion"/>: the version's own members, and its goals.</summary>
internal sealed record PreviousVersionV2Dto
{
    [JsonRequired]
    public string Label { get; set; } = null!;

    [JsonRequired]
    public ConceptStatus Status { get; set; }

    public LocalDate? AdoptionDate { get; set; }

    public string? AdoptedBy { get; set; }

    public TimeframeDto? Validity { get; set; }

    public string? Updates { get; set; }

    public IReadOnlyList<GoalDto>? Goals { get; set; }
}

/// <summary>An <see cref="Indicator"/> of a city concept or district plan, format version 2.</summary>
internal sealed record IndicatorV2Dto
{
    [JsonRequired]
    public ElementId<Indicator> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public IndicatorMeasureType MeasureType { get; set; }

    [JsonRequired]
    public IndicatorDirection Direction { get; set; }

    public CatalogueReferenceV2Dto? Catalogue { get; set; }

    public string? Definition { get; set; }

    public string? Unit { get; set; }

    public MeasurementFrequency? Frequency { get; set; }

    public IReadOnlyList<string>? Breakdowns { get; set; }

    public DataPointDto? Baseline { get; set; }

    public IReadOnlyList<DataPointDto>? Targets { get; set; }

    public IReadOnlyList<DataPointDto>? Measurements { get; set; }

    public string? DataSource { get; set; }

    public SpatialLevel? SpatialLevel { get; set; }

    public IReadOnlyList<string>? AreaKeys { get; set; }
}

/// <summary>A <see cref="CatalogueReference"/>.</summary>
internal sealed record CatalogueReferenceV2Dto
{
    [JsonRequired]
    public string Code { get; set; } = null!;

    [JsonRequired]
    public string Catalogue { get; set; } = null!;
}
