using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// The names format version 1 gives the places of the elements in a city concept or district plan document: the
/// member holding each kind's list (or the single element). They are the format's names, frozen with it; the model
/// names no JSON member. Version 1 names members inside an element as the model does, in camelCase.
/// </summary>
internal static class V1Names
{
    /// <summary>Gets the member that holds elements of a kind, such as <c>actionFields</c>; empty for the document itself.</summary>
    /// <remarks>A kind format 1 does not have is named by its enum name (no version 1 document holds one).</remarks>
    public static string List(ElementKind kind) => kind switch
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
        _ => kind.ToString(),
    };

    /// <summary>Gets the JSON path of a problem in a version 1 document, such as <c>$.goals[3].text</c>.</summary>
    public static string Path(ModelProblem problem) => ElementPaths.Of(List, problem);
}
