using System.Globalization;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>Maps a city concept document to the model (through its public constructors, which check it) and back.</summary>
internal static class CityConceptMapper
{
    public static CityConcept ToModel(CityConceptDocumentDto dto)
        => new(
            dto.Title,
            ToModel(dto.Municipality),
            ToModel(dto.Version),
            MapList(dto.Principles, "$.principles", SharedElementMapper.ToPrinciple),
            MapList(dto.ActionFields, "$.actionFields", SharedElementMapper.ToActionField),
            MapList(dto.Goals, "$.goals", static g => new Goal(g.Id, g.ActionFieldId, g.Text, g.Level, g.ParentId)),
            MapList(dto.Approaches, "$.approaches", SharedElementMapper.ToApproach),
            MapList(dto.Measures, "$.measures", SharedElementMapper.ToCityMeasure));

    public static CityConceptDocumentDto ToDto(CityConcept concept)
        => new()
        {
            Schema = DocumentFormats.CityConcept.SchemaUrlOf(V1Versions.Number),
            FormatVersion = V1Versions.Number,
            Title = concept.Title,
            Municipality = ToDto(concept.Municipality),
            Version = ToDto(concept.Version),
            Principles = ToDtos(concept.Principles, SharedElementMapper.ToDto),
            ActionFields = ToDtos(concept.ActionFields, SharedElementMapper.ToDto),
            Goals = ToDtos(concept.Goals, static g => new GoalDto { Id = g.Id, ActionFieldId = g.ActionFieldId, Text = g.Text, Level = g.Level, ParentId = g.ParentId }),
            Approaches = ToDtos(concept.Approaches, SharedElementMapper.ToDto),
            Measures = ToDtos(concept.Measures, SharedElementMapper.ToDto),
        };

    internal static Municipality ToModel(MunicipalityDto dto)
    {
        MunicipalityProfile? profile = null;
        if (dto.Profile is { } p)
        {
            PopulationProjection? projection = null;
            if (p.Projection is { } j)
            {
                if (j.ToYear < j.FromYear)
                {
                    throw new MappingException(
                        "$.municipality.profile.projection.toYear",
                        MappingTexts.ProjectionEnds.Format(j.ToYear.ToString(CultureInfo.InvariantCulture), j.FromYear.ToString(CultureInfo.InvariantCulture)));
                }

                projection = new PopulationProjection(j.ChangePercent, j.FromYear, j.ToYear);
            }

            profile = new MunicipalityProfile(MappingHelpers.ToModel(p.Population, "$.municipality.profile.population"), p.DemographicType, projection);
        }

        return new Municipality(dto.Name, dto.OfficialKey, profile);
    }

    internal static MunicipalityDto ToDto(Municipality municipality)
        => new()
        {
            Name = municipality.Name,
            OfficialKey = municipality.OfficialKey,
            Profile = municipality.Profile is not { } p ? null : new MunicipalityProfileDto
            {
                Population = MappingHelpers.ToDto(p.Population),
                DemographicType = p.DemographicType,
                Projection = p.Projection is not { } j ? null : new PopulationProjectionDto
                {
                    ChangePercent = j.ChangePercent,
                    FromYear = j.FromYear,
                    ToYear = j.ToYear,
                },
            },
        };

    internal static ConceptVersion ToModel(ConceptVersionDto dto)
        => new(dto.Label, dto.Status, dto.AdoptionDate, dto.AdoptedBy, MappingHelpers.ToModel(dto.Validity), dto.Updates);

    internal static ConceptVersionDto ToDto(ConceptVersion version)
        => new()
        {
            Label = version.Label,
            Status = version.Status,
            AdoptionDate = version.AdoptionDate,
            AdoptedBy = version.AdoptedBy,
            Validity = MappingHelpers.ToDto(version.Validity),
            Updates = version.Updates,
        };
}
