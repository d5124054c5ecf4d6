using System.Text.Json.Serialization;

namespace IntegrationConcept.Benchmarks.Peer;

// The peer for reading: what a .NET user gets with System.Text.Json alone. Plain mutable classes that mirror the
// JSON of both documents (ids and enum values as strings, dates as DateOnly, values as decimal), deserialised
// with source-generated metadata. No validation, no references resolved, no model: a lower bound for any reader
// that builds objects, not a replacement for the library's reader.
#pragma warning disable CS1591 // the members mirror the JSON names; benchmarks/README.md describes the peer

public sealed class MirrorCityConcept
{
    public int FormatVersion { get; set; }
    public string? Title { get; set; }
    public MirrorMunicipality? Municipality { get; set; }
    public MirrorConceptVersion? Version { get; set; }
    public List<MirrorNamed>? Principles { get; set; }
    public List<MirrorNamed>? ActionFields { get; set; }
    public List<MirrorGoal>? Goals { get; set; }
    public List<MirrorApproach>? Approaches { get; set; }
    public List<MirrorCityMeasure>? Measures { get; set; }
}

public sealed class MirrorMunicipality
{
    public string? Name { get; set; }
    public string? OfficialKey { get; set; }
    public MirrorProfile? Profile { get; set; }
}

public sealed class MirrorProfile
{
    public MirrorPopulation? Population { get; set; }
    public string? DemographicType { get; set; }
    public MirrorProjection? Projection { get; set; }
}

public sealed class MirrorProjection
{
    public decimal ChangePercent { get; set; }
    public int FromYear { get; set; }
    public int ToYear { get; set; }
}

public sealed class MirrorPopulation
{
    public int Count { get; set; }
    public int ReferenceYear { get; set; }
}

public sealed class MirrorConceptVersion
{
    public string? Label { get; set; }
    public string? Status { get; set; }
    public DateOnly? AdoptionDate { get; set; }
    public string? AdoptedBy { get; set; }
    public MirrorTimeframe? Validity { get; set; }
    public string? Updates { get; set; }
}

public sealed class MirrorTimeframe
{
    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
}

public sealed class MirrorNamed
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? EnglishName { get; set; }
    public string? Description { get; set; }
}

public sealed class MirrorGoal
{
    public string? Id { get; set; }
    public string? ActionFieldId { get; set; }
    public string? Text { get; set; }
    public string? Level { get; set; }
    public string? ParentId { get; set; }
}

public sealed class MirrorApproach
{
    public string? Id { get; set; }
    public string? ActionFieldId { get; set; }
    public string? Name { get; set; }
    public List<string>? GoalIds { get; set; }
    public string? Description { get; set; }
}

public sealed class MirrorCityMeasure
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ApproachId { get; set; }
    public List<string>? GoalIds { get; set; }
    public string? Description { get; set; }
}

public sealed class MirrorDistrictPlan
{
    public int FormatVersion { get; set; }
    public string? Title { get; set; }
    public MirrorDistrict? District { get; set; }
    public MirrorConceptReference? Concept { get; set; }
    public MirrorTimeframe? Validity { get; set; }
    public List<MirrorObservation>? Observations { get; set; }
    public List<MirrorDistrictGoal>? Goals { get; set; }
    public List<MirrorMeasure>? Measures { get; set; }
    public List<MirrorActor>? Actors { get; set; }
    public List<MirrorBody>? Bodies { get; set; }
    public List<MirrorTargetGroup>? TargetGroups { get; set; }
    public List<MirrorIndicator>? Indicators { get; set; }
    public List<MirrorOutOfScope>? OutOfScope { get; set; }
    public List<MirrorSuppression>? Suppressions { get; set; }
}

public sealed class MirrorDistrict
{
    public string? Name { get; set; }
    public MirrorPopulation? Population { get; set; }
    public string? Description { get; set; }
}

public sealed class MirrorConceptReference
{
    public string? Municipality { get; set; }
    public string? VersionLabel { get; set; }
}

public sealed class MirrorObservation
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Text { get; set; }
    public string? Source { get; set; }
    public string? ActionFieldId { get; set; }
}

public sealed class MirrorDistrictGoal
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public List<string>? RefinedGoalIds { get; set; }
    public bool? IsDistrictSpecific { get; set; }
    public string? ActionFieldId { get; set; }
    public List<string>? IndicatorIds { get; set; }
    public List<string>? ObservationIds { get; set; }
}

public sealed class MirrorMeasure
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Status { get; set; }
    public MirrorTimeframe? Period { get; set; }
    public List<MirrorParticipation>? Participations { get; set; }
    public List<string>? BodyIds { get; set; }
    public List<string>? TargetGroupIds { get; set; }
    public List<string>? GoalIds { get; set; }
    public List<string>? PrincipleIds { get; set; }
    public List<string>? IndicatorIds { get; set; }
    public string? ApproachId { get; set; }
    public string? Description { get; set; }
}

public sealed class MirrorParticipation
{
    public string? ActorId { get; set; }
    public string? Role { get; set; }
}

public sealed class MirrorActor
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Description { get; set; }
}

public sealed class MirrorBody
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? MemberIds { get; set; }
    public string? Description { get; set; }
}

public sealed class MirrorTargetGroup
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? MigrationBackground { get; set; }
    public string? Description { get; set; }
}

public sealed class MirrorIndicator
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? MeasureType { get; set; }
    public string? Direction { get; set; }
    public string? Definition { get; set; }
    public string? Unit { get; set; }
    public MirrorDataPoint? Baseline { get; set; }
    public List<MirrorDataPoint>? Targets { get; set; }
    public List<MirrorDataPoint>? Measurements { get; set; }
    public string? DataSource { get; set; }
    public string? SpatialLevel { get; set; }
}

public sealed class MirrorDataPoint
{
    public DateOnly Date { get; set; }
    public decimal? Value { get; set; }
    public string? Comment { get; set; }
}

public sealed class MirrorOutOfScope
{
    public string? Kind { get; set; }
    public string? ElementId { get; set; }
    public string? Justification { get; set; }
}

public sealed class MirrorSuppression
{
    public string? RuleId { get; set; }
    public string? ElementId { get; set; }
    public string? Justification { get; set; }
}

/// <summary>Source-generated metadata for the mirror classes (camelCase, as the format).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MirrorCityConcept))]
[JsonSerializable(typeof(MirrorDistrictPlan))]
public sealed partial class MirrorJsonContext : JsonSerializerContext;
