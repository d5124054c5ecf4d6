using IntegrationConcept.Documents.Json.Direct;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json.V2;

/// <summary>
/// Format version 2 of the city concept and the district plan: version 1 plus lead offices, budget entries, city-level
/// indicators, concept history, district keys and sub-areas, recorded goal status and the migration term of target
/// groups. The members version 1 has keep their names, so model problems are placed as in version 1.
/// </summary>
internal static class V2Versions
{
    /// <summary>The version number.</summary>
    public const int Number = 2;

    /// <summary>City concepts read through the DTOs only (behind the direct reader; the shape and the writer).</summary>
    public static readonly DtoDocumentVersion<CityConceptDocumentV2Dto, CityConcept> CityConceptDtos =
        new(Number, CityConceptV2Mapper.ToModel, CityConceptV2Mapper.ToDto, V2Names.Path);

    /// <summary>District plans read through the DTOs only (behind the direct reader; the shape and the writer).</summary>
    public static readonly DtoDocumentVersion<DistrictPlanDocumentV2Dto, DistrictPlan> DistrictPlanDtos =
        new(Number, DistrictPlanV2Mapper.ToModel, DistrictPlanV2Mapper.ToDto, V2Names.Path);

    /// <summary>City concepts: the direct reader first, the DTO reader for anything it gives up on.</summary>
    public static readonly DirectFirstVersion<CityConcept> CityConcept = new(CityConceptDtos, CityConceptDirectReader.TryReadV2);

    /// <summary>District plans: the direct reader first, the DTO reader for anything it gives up on.</summary>
    public static readonly DirectFirstVersion<DistrictPlan> DistrictPlan = new(DistrictPlanDtos, DistrictPlanDirectReader.TryReadV2);
}
