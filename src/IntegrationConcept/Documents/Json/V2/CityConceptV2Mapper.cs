using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;

namespace IntegrationConcept.Documents.Json.V2;

/// <summary>Maps a city concept document of format version 2 to the model (through its public constructors, which check it) and back.</summary>
internal static class CityConceptV2Mapper
{
    public static CityConcept ToModel(CityConceptDocumentV2Dto dto)
        => new(
            dto.Title,
            CityConceptMapper.ToModel(dto.Municipality),
            CityConceptMapper.ToModel(dto.Version),
            MapList(dto.Principles, "$.principles", SharedElementMapper.ToPrinciple),
            MapList(dto.ActionFields, "$.actionFields", SharedElementMapper.ToActionField),
            MapList(dto.Goals, "$.goals", Goal),
            MapList(dto.Approaches, "$.approaches", SharedElementMapper.ToApproach),
            MapList(dto.Measures, "$.measures", SharedElementMapper.ToCityMeasure),
            IndicatorV2Mapper.ToModel(dto.Indicators, SpatialLevel.City),
            PreviousVersions(dto));

    public static CityConceptDocumentV2Dto ToDto(CityConcept concept)
        => new()
        {
            Title = concept.Title,
            Municipality = CityConceptMapper.ToDto(concept.Municipality),
            Version = CityConceptMapper.ToDto(concept.Version),
            Principles = ToDtos(concept.Principles, SharedElementMapper.ToDto),
            ActionFields = ToDtos(concept.ActionFields, SharedElementMapper.ToDto),
            Goals = ToDtos(concept.Goals, GoalDto),
            Approaches = ToDtos(concept.Approaches, SharedElementMapper.ToDto),
            Measures = ToDtos(concept.Measures, SharedElementMapper.ToDto),
            Indicators = IndicatorV2Mapper.ToDtos(concept.Indicators),
            PreviousVersions = ToDtos(concept.PreviousVersions, static v => new PreviousVersionV2Dto
            {
                Label = v.Version.Label,
                Status = v.Version.Status,
                AdoptionDate = v.Version.AdoptionDate,
                AdoptedBy = v.Version.AdoptedBy,
                Validity = MappingHelpers.ToDto(v.Version.Validity),
                Updates = v.Version.Updates,
                Goals = ToDtos(v.Goals, GoalDto),
            }),
        };

    private static ValueList<PreviousVersion> PreviousVersions(CityConceptDocumentV2Dto dto)
    {
        if (dto.PreviousVersions is not { Count: > 0 } items)
        {
            return ValueList<PreviousVersion>.Empty;
        }

        var result = new PreviousVersion[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var v = items[i] ?? throw NullItem("$.previousVersions", i);
            var version = new ConceptVersion(v.Label, v.Status, v.AdoptionDate, v.AdoptedBy, MappingHelpers.ToModel(v.Validity), v.Updates);
            result[i] = new PreviousVersion(version, MapList(v.Goals, Index("$.previousVersions", i) + ".goals", Goal));
        }

        return ValueList<PreviousVersion>.Own(result);
    }

    private static Goal Goal(GoalDto g) => new(g.Id, g.ActionFieldId, g.Text, g.Level, g.ParentId);

    private static GoalDto GoalDto(Goal g) => new() { Id = g.Id, ActionFieldId = g.ActionFieldId, Text = g.Text, Level = g.Level, ParentId = g.ParentId };
}
