using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Places a model problem in a version 1 city concept or district plan document: the element's list (by its kind)
/// and position, then the member. Version 1 names members as the model does, in camelCase.
/// </summary>
internal static class V1Paths
{
    /// <summary>Gets the JSON path of a problem, such as <c>$.goals[3].text</c> or <c>$.municipality.officialKey</c>.</summary>
    public static string Of(ModelProblem problem)
    {
        var root = DocumentPaths.ElementPath(problem.Kind, problem.Index);
        var member = problem.Member;
        return member.Length == 0 ? root : member[0] == '[' ? root + member : root + "." + member;
    }
}
