using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model;

/// <summary>The With* methods of a city concept return changed copies and check them again.</summary>
public sealed class CityConceptTests
{
    private static readonly CityConcept Concept = ModelFixtures.Concept();

    [Fact]
    public void WithVersion_ReturnsChangedCopy()
    {
        var update = new ConceptVersion("2015", ConceptStatus.Updated, updates: "2011-12");

        var changed = Concept.WithVersion(update);

        changed.Version.Should().Be(update);
        changed.Goals.Should().Equal(Concept.Goals);
        Concept.Version.Label.Should().Be("2011-12", "the original is unchanged");
    }

    [Fact]
    public void WithGoals_ReturnsChangedCopy()
    {
        var changed = Concept.WithGoals(Concept.Goals.Where(g => g.Id.Value != "WL-1"));

        changed.Goals.Select(g => g.Id.Value).Should().Equal("BS-1", "BS-2");
        Concept.Goals.Should().HaveCount(3);
    }

    [Fact]
    public void WithGoals_BreakingAReference_Revalidates()
    {
        // The approach A-1 and the measure CM-1 refer to BS-1; BS-2's parent is BS-1.
        var act = () => Concept.WithGoals(Concept.Goals.Where(g => g.Id.Value != "BS-1"));

        act.Should().Throw<ModelValidationException>().Which.Problems
            .Should().OnlyContain(p => p.Code == ModelProblemCode.UnresolvedReference)
            .And.HaveCount(3);
    }

    [Fact]
    public void WithPrinciples_ReturnsChangedCopy()
    {
        var principle = new Principle(new ElementId<Principle>("G-2"), "Chancengleichheit");

        Concept.WithPrinciples([.. Concept.Principles, principle]).Principles[new ElementId<Principle>("G-2")].Should().Be(principle);
    }

    [Fact]
    public void WithPrinciples_Duplicate_Revalidates()
    {
        var act = () => Concept.WithPrinciples([.. Concept.Principles, .. Concept.Principles]);

        act.Should().Throw<ModelValidationException>().Which.Problems.Single().Code.Should().Be(ModelProblemCode.DuplicateId);
    }

    [Fact]
    public void WithActionFields_RemovingAFieldInUse_Revalidates()
    {
        var act = () => Concept.WithActionFields(Concept.ActionFields.Where(f => f.Id.Value != "WL"));

        act.Should().Throw<ModelValidationException>().Which.Problems.Single().DocumentPath().Should().Be("$.goals[2].actionFieldId");
    }

    [Fact]
    public void WithMunicipality_ReturnsChangedCopy()
    {
        Concept.WithMunicipality(new Municipality("Wiesbaden", "06414000")).Municipality.Name.Should().Be("Wiesbaden");
    }

    [Fact]
    public void WithMunicipality_InvalidKey_Revalidates()
    {
        var act = () => Concept.WithMunicipality(new Municipality("Trier", "7211"));

        act.Should().Throw<ModelValidationException>().Which.Problems.Single().Code.Should().Be(ModelProblemCode.InvalidFormat);
    }

    [Fact]
    public void WithVersion_Null_ThrowsArgumentNullException()
    {
        var act = () => Concept.WithVersion(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("version");
    }
}
