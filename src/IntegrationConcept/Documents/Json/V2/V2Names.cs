using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json.V2;

/// <summary>
/// The names format version 2 gives the places of the elements: those of version 1 (version 2 renamed nothing, so it
/// shares <see cref="V1Names"/>) plus the two lists it added, the district's sub-areas and the concept's previous versions.
/// </summary>
internal static class V2Names
{
    /// <summary>Gets the member that holds elements of a kind, such as <c>district.subAreas</c>; empty for the document itself.</summary>
    public static string List(ElementKind kind) => kind switch
    {
        ElementKind.SubArea => "district.subAreas",
        ElementKind.PreviousVersion => "previousVersions",
        _ => V1Names.List(kind),
    };

    /// <summary>Gets the JSON path of a problem in a version 2 document, such as <c>$.district.subAreas[0].name</c>.</summary>
    public static string Path(ModelProblem problem) => ElementPaths.Of(List, problem);
}
