using FluentAssertions;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Tests.Model;

/// <summary>Runs a build that must fail and checks its problems by code, element id and path.</summary>
internal static class ProblemAssertions
{
    public static IReadOnlyList<ModelProblem> ShouldFailWith(this Func<object> build, params (ModelProblemCode Code, string? ElementId, string Path)[] expected)
    {
        var problems = build.Should().Throw<ModelValidationException>().Which.Problems;
        problems.Select(p => (p.Code, p.ElementId, p.DocumentPath())).Should().BeEquivalentTo(expected, options => options.WithStrictOrdering());
        return problems;
    }
}
