using System.Globalization;

namespace IntegrationConcept.Model;

/// <summary>Where each kind of element sits in its document, by the property names of the document format.</summary>
internal static class DocumentPaths
{
    public static string Property(ElementKind kind) => kind switch
    {
        ElementKind.CityConcept or ElementKind.DistrictPlan => string.Empty,
        ElementKind.Municipality => "municipality",
        ElementKind.ConceptVersion => "version",
        ElementKind.Principle => "principles",
        ElementKind.ActionField => "actionFields",
        ElementKind.Goal or ElementKind.DistrictGoal => "goals",
        ElementKind.Approach => "approaches",
        ElementKind.CityMeasure or ElementKind.Measure => "measures",
        ElementKind.District => "district",
        ElementKind.ConceptReference => "concept",
        ElementKind.Observation => "observations",
        ElementKind.Actor => "actors",
        ElementKind.Body => "bodies",
        ElementKind.TargetGroup => "targetGroups",
        ElementKind.Indicator => "indicators",
        ElementKind.OutOfScopeDeclaration => "outOfScope",
        ElementKind.Suppression => "suppressions",
        ElementKind.SubArea => "district.subAreas",
        ElementKind.PreviousVersion => "previousVersions",
        _ => kind.ToString(),
    };

    public static string ElementPath(ElementKind kind, int? index)
    {
        var property = Property(kind);
        if (property.Length == 0)
        {
            return "$";
        }

        return index is { } i
            ? string.Create(CultureInfo.InvariantCulture, $"$.{property}[{i}]")
            : "$." + property;
    }
}
