using IntegrationConcept.Documents.Json.Direct;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Format version 1 of every kind of document: its DTO set, its mappers and its JSON paths. City concepts and district
/// plans place problems by the names of format 1; the kinds that reference their elements (rule sets, reports, matrices,
/// feedback) came after format 2 of those and name the referenced places as format 2 does (<see cref="V2.V2Names"/>).
/// </summary>
internal static class V1Versions
{
    /// <summary>The version number.</summary>
    public const int Number = 1;

    /// <summary>City concepts read through the DTOs only (behind the direct reader; the shape and the writer).</summary>
    public static readonly DtoDocumentVersion<CityConceptDocumentDto, CityConcept> CityConceptDtos =
        new(Number, CityConceptMapper.ToModel, CityConceptMapper.ToDto, V1Names.Path);

    /// <summary>District plans read through the DTOs only (behind the direct reader; the shape and the writer).</summary>
    public static readonly DtoDocumentVersion<DistrictPlanDocumentDto, DistrictPlan> DistrictPlanDtos =
        new(Number, DistrictPlanMapper.ToModel, DistrictPlanMapper.ToDto, V1Names.Path);

    /// <summary>City concepts: the direct reader first, the DTO reader for anything it gives up on.</summary>
    public static readonly DirectFirstVersion<CityConcept> CityConcept = new(CityConceptDtos, CityConceptDirectReader.TryRead);

    /// <summary>District plans: the direct reader first, the DTO reader for anything it gives up on.</summary>
    public static readonly DirectFirstVersion<DistrictPlan> DistrictPlan = new(DistrictPlanDtos, DistrictPlanDirectReader.TryRead);

    public static readonly DtoDocumentVersion<RuleSetDocumentDto, RuleSet> RuleSet =
        new(Number, static dto => RuleSetMapper.ToModel(dto), RuleSetMapper.ToDto, V2.V2Names.Path);

    public static readonly DtoDocumentVersion<CoverageReportDocumentDto, CoverageReport> CoverageReport =
        new(Number, CoverageReportMapper.ToModel, CoverageReportMapper.ToDto, V2.V2Names.Path);

    public static readonly DtoDocumentVersion<CoverageMatrixDocumentDto, CoverageMatrix> CoverageMatrix =
        new(Number, CoverageMatrixMapper.ToModel, CoverageMatrixMapper.ToDto, V2.V2Names.Path);

    public static readonly DtoDocumentVersion<FeedbackDocumentDto, Changes.FeedbackDocument> Feedback =
        new(Number, FeedbackMapper.ToModel, FeedbackMapper.ToDto, V2.V2Names.Path);
}
