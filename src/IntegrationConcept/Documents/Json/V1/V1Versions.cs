using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>Format version 1 of every kind of document: its DTO set, its mappers and its JSON paths.</summary>
internal static class V1Versions
{
    /// <summary>The version number.</summary>
    public const int Number = 1;

    public static readonly DtoDocumentVersion<CityConceptDocumentDto, CityConcept> CityConcept =
        new(Number, CityConceptMapper.ToModel, CityConceptMapper.ToDto, V1Paths.Of);

    public static readonly DtoDocumentVersion<DistrictPlanDocumentDto, DistrictPlan> DistrictPlan =
        new(Number, DistrictPlanMapper.ToModel, DistrictPlanMapper.ToDto, V1Paths.Of);

    public static readonly DtoDocumentVersion<RuleSetDocumentDto, RuleSet> RuleSet =
        new(Number, static dto => RuleSetMapper.ToModel(dto), RuleSetMapper.ToDto, V1Paths.Of);

    public static readonly DtoDocumentVersion<CoverageReportDocumentDto, CoverageReport> CoverageReport =
        new(Number, CoverageReportMapper.ToModel, CoverageReportMapper.ToDto, V1Paths.Of);

    public static readonly DtoDocumentVersion<CoverageMatrixDocumentDto, CoverageMatrix> CoverageMatrix =
        new(Number, CoverageMatrixMapper.ToModel, CoverageMatrixMapper.ToDto, V1Paths.Of);
}
