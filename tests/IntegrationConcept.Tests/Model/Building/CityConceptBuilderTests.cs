using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model.Building;

public sealed class CityConceptBuilderTests
{
    private static CityConceptBuilder NewBuilder()
        => new("Integrationskonzept", new Municipality("Trier"), new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13)));

    [Fact]
    public void Build_ThreeProblems_ReportsAllThree()
    {
        var act = () => NewBuilder()
            .AddActionField("BS", "Bildung und Sprache")
            .AddActionField("BS", "Doppelt")
            .AddGoal("BS-1", "XX", "Sprachförderung")
            .AddPrinciple("G-1", " ")
            .Build();

        var problems = act.Should().Throw<ModelValidationException>().Which.Problems;
        problems.Select(p => (p.Code, p.ElementId, p.DocumentPath())).Should().BeEquivalentTo(new[]
        {
            (ModelProblemCode.DuplicateId, (string?)"BS", "$.actionFields[1].id"),
            (ModelProblemCode.UnresolvedReference, (string?)"BS-1", "$.goals[0].actionFieldId"),
            (ModelProblemCode.EmptyText, (string?)"G-1", "$.principles[0].name"),
        });
    }
}
