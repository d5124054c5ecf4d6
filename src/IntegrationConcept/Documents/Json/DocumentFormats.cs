using System.Collections.Generic;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json;

/// <summary>The registry of document kinds. To add a kind, add a field here and list it in <see cref="All"/>.</summary>
internal static class DocumentFormats
{
    public static readonly DocumentFormat<CityConceptDocumentDto, CityConcept> CityConcept =
        new(DocumentKind.CityConcept, "city concept", "city-concept", 1, CityConceptMapper.ToModel, CityConceptMapper.ToDto);

    public static readonly DocumentFormat<DistrictPlanDocumentDto, DistrictPlan> DistrictPlan =
        new(DocumentKind.DistrictPlan, "district plan", "district-plan", 1, DistrictPlanMapper.ToModel, DistrictPlanMapper.ToDto);

    /// <summary>Gets every format, in <see cref="DocumentKind"/> order.</summary>
    public static IReadOnlyList<DocumentFormat> All { get; } = [CityConcept, DistrictPlan];

    /// <summary>Gets the format of a kind.</summary>
    public static DocumentFormat Get(DocumentKind kind)
    {
        foreach (var format in All)
        {
            if (format.Kind == kind)
            {
                return format;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind.");
    }
}
