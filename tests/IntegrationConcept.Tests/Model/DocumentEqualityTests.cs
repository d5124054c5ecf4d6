using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Model;

/// <summary>Whole documents, and the element collections in them, compare by content.</summary>
public sealed class DocumentEqualityTests
{
    [Fact]
    public void CityConcept_TwoSeparatelyBuiltEqualConcepts_AreEqualAndHashEqual()
        => EqualityAssert.HasValueSemantics(
            ModelFixtures.Concept(),
            ModelFixtures.Concept(),
            ModelFixtures.ConceptBuilder().AddPrinciple("G-2", "Chancengleichheit").Build(),
            ModelFixtures.Concept().WithMunicipality(new Municipality("Trier")),
            ModelFixtures.Concept().WithVersion(new ConceptVersion("2015", ConceptStatus.Updated)),
            ModelFixtures.Concept().WithGoals(ModelFixtures.Concept().Goals.Select(g => g.Id.Value == "WL-1" ? g.WithText("Nachbarschaft") : g)));

    [Fact]
    public void CityConcept_ElementsInAnotherOrder_AreNotEqual()
    {
        var concept = ModelFixtures.Concept();

        var reordered = concept.WithActionFields(concept.ActionFields.Reverse());

        reordered.Should().NotBe(concept, "document order is part of the content");
    }

    [Fact]
    public void DistrictPlan_TwoSeparatelyBuiltEqualPlans_AreEqualAndHashEqual()
    {
        var plan = ModelFixtures.Plan();
        EqualityAssert.HasValueSemantics(
            plan,
            ModelFixtures.Plan(),
            ModelFixtures.PlanBuilder().AddActor("polizei", "Polizeiinspektion Ehrang", ActorKind.Police).Build(),
            plan.WithConcept(new ConceptReference("Trier", "2015")),
            plan.WithMeasures(plan.Measures.Select(m => m.WithStatus(MeasureStatus.Running))),
            plan.WithOutOfScope([]),
            plan.WithSuppressions([]),
            plan.WithIndicators(plan.Indicators.Reverse()));
    }

    [Fact]
    public void ElementCollection_FromSeparateDocuments_ComparesByContent()
        => EqualityAssert.HasValueSemantics(
            ModelFixtures.Concept().Goals,
            ModelFixtures.Concept().Goals,
            ModelFixtures.ConceptBuilder().AddGoal("WL-2", "WL", "Straßenfest").Build().Goals,
            ModelFixtures.ConceptBuilder().Build().WithGoals(ModelFixtures.Concept().Goals.Reverse()).Goals);

    [Fact]
    public void ValueList_ComparesItemsInOrder()
        => EqualityAssert.HasValueSemantics(
            new ValueList<string>(["a", "b"]),
            new ValueList<string>(new List<string> { "a", "b" }),
            new ValueList<string>(["b", "a"]),
            new ValueList<string>(["a"]),
            new ValueList<string>(null));

    [Fact]
    public void ValueList_Empty_EqualsAnotherEmptyList()
        => EqualityAssert.HasValueSemantics(
            new ValueList<int>(null),
            new ValueList<int>([]),
            new ValueList<int>([0]));
}
