using IntegrationConcept.Documents.Json.V1;
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

    public static readonly DtoDocumentVersion<CityConceptDocumentV2Dto, CityConcept> CityConcept =
        new(Number, CityConceptV2Mapper.ToModel, CityConceptV2Mapper.ToDto, V1Paths.Of);

    public static readonly DtoDocumentVersion<DistrictPlanDocumentV2Dto, DistrictPlan> DistrictPlan =
        new(Number, DistrictPlanV2Mapper.ToModel, DistrictPlanV2Mapper.ToDto, V1Paths.Of);
}
