using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>Names, texts and labels must not be empty or white space.</summary>
public sealed class EmptyTextTests
{
    [Theory]
    [InlineData("title", null, "$.title")]
    [InlineData("municipality", null, "$.municipality.name")]
    [InlineData("versionLabel", null, "$.version.label")]
    [InlineData("principle", "X-1", "$.principles[1].name")]
    [InlineData("actionField", "X-1", "$.actionFields[2].name")]
    [InlineData("goal", "X-1", "$.goals[3].text")]
    [InlineData("approach", "X-1", "$.approaches[1].name")]
    [InlineData("measure", "X-1", "$.measures[1].name")]
    public void CityConcept_BlankText_ReportsEmptyText(string where, string? id, string path)
    {
        Func<object> act = () => City(where, " \t").Build();

        act.ShouldFailWith((ModelProblemCode.EmptyText, id, path));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("municipality")]
    [InlineData("versionLabel")]
    [InlineData("principle")]
    [InlineData("actionField")]
    [InlineData("goal")]
    [InlineData("approach")]
    [InlineData("measure")]
    public void CityConcept_OneCharacterText_Builds(string where)
    {
        var concept = City(where, "x").Build();

        var kept = where switch
        {
            "title" => concept.Title,
            "municipality" => concept.Municipality.Name,
            "versionLabel" => concept.Version.Label,
            "principle" => concept.Principles.Single(p => p.Id.Value == "X-1").Name,
            "actionField" => concept.ActionFields.Single(a => a.Id.Value == "X-1").Name,
            "goal" => concept.Goals.Single(g => g.Id.Value == "X-1").Text,
            "approach" => concept.Approaches.Single(a => a.Id.Value == "X-1").Name,
            _ => concept.Measures.Single(m => m.Id.Value == "X-1").Name,
        };
        kept.Should().Be("x");
    }

    [Theory]
    [InlineData("title", null, "$.title")]
    [InlineData("district", null, "$.district.name")]
    [InlineData("conceptMunicipality", null, "$.concept.municipality")]
    [InlineData("conceptVersion", null, "$.concept.versionLabel")]
    [InlineData("observationText", "X-1", "$.observations[1].text")]
    [InlineData("observationSource", "X-1", "$.observations[1].source")]
    [InlineData("goal", "X-1", "$.goals[2].text")]
    [InlineData("measure", "X-1", "$.measures[1].name")]
    [InlineData("actor", "X-1", "$.actors[2].name")]
    [InlineData("body", "X-1", "$.bodies[1].name")]
    [InlineData("targetGroup", "X-1", "$.targetGroups[1].name")]
    [InlineData("indicator", "X-1", "$.indicators[2].name")]
    [InlineData("suppressionRule", "EQ-1", "$.suppressions[1].ruleId")]
    public void DistrictPlan_BlankText_ReportsEmptyText(string where, string? id, string path)
    {
        Func<object> act = () => Plan(where, string.Empty).Build();

        act.ShouldFailWith((ModelProblemCode.EmptyText, id, path));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("district")]
    [InlineData("conceptMunicipality")]
    [InlineData("conceptVersion")]
    [InlineData("observationText")]
    [InlineData("observationSource")]
    [InlineData("goal")]
    [InlineData("measure")]
    [InlineData("actor")]
    [InlineData("body")]
    [InlineData("targetGroup")]
    [InlineData("indicator")]
    [InlineData("suppressionRule")]
    public void DistrictPlan_OneCharacterText_Builds(string where)
    {
        var plan = Plan(where, "x").Build();

        var kept = where switch
        {
            "title" => plan.Title,
            "district" => plan.District.Name,
            "conceptMunicipality" => plan.Concept.Municipality,
            "conceptVersion" => plan.Concept.VersionLabel,
            "observationText" => plan.Observations.Single(o => o.Id.Value == "X-1").Text,
            "observationSource" => plan.Observations.Single(o => o.Id.Value == "X-1").Source,
            "goal" => plan.Goals.Single(g => g.Id.Value == "X-1").Text,
            "measure" => plan.Measures.Single(m => m.Id.Value == "X-1").Name,
            "actor" => plan.Actors.Single(a => a.Id.Value == "X-1").Name,
            "body" => plan.Bodies.Single(b => b.Id.Value == "X-1").Name,
            "targetGroup" => plan.TargetGroups.Single(t => t.Id.Value == "X-1").Name,
            "indicator" => plan.Indicators.Single(i => i.Id.Value == "X-1").Name,
            _ => plan.Suppressions[^1].RuleId,
        };
        kept.Should().Be("x");
    }

    private static CityConceptBuilder City(string where, string text)
    {
        var version = ModelFixtures.Adopted();
        return where switch
        {
            "title" => new CityConceptBuilder(text, ModelFixtures.Trier(), version),
            "municipality" => new CityConceptBuilder("Konzept", new Municipality(text), version),
            "versionLabel" => new CityConceptBuilder("Konzept", ModelFixtures.Trier(), new ConceptVersion(text, ConceptStatus.Draft)),
            "principle" => ModelFixtures.ConceptBuilder().AddPrinciple("X-1", text),
            "actionField" => ModelFixtures.ConceptBuilder().AddActionField("X-1", text),
            "goal" => ModelFixtures.ConceptBuilder().AddGoal("X-1", "BS", text),
            "approach" => ModelFixtures.ConceptBuilder().AddApproach("X-1", "BS", text),
            "measure" => ModelFixtures.ConceptBuilder().AddMeasure("X-1", text),
            _ => throw new ArgumentOutOfRangeException(nameof(where)),
        };
    }

    private static DistrictPlanBuilder Plan(string where, string text)
    {
        var district = ModelFixtures.EhrangQuint();
        var concept = new ConceptReference("Trier", "2011-12");
        return where switch
        {
            "title" => new DistrictPlanBuilder(text, district, concept),
            "district" => new DistrictPlanBuilder("Plan", new District(text), concept),
            "conceptMunicipality" => new DistrictPlanBuilder("Plan", district, new ConceptReference(text, "2011-12")),
            "conceptVersion" => new DistrictPlanBuilder("Plan", district, new ConceptReference("Trier", text)),
            "observationText" => ModelFixtures.PlanBuilder().AddObservation("X-1", ObservationKind.Need, text, "Datensammlung"),
            "observationSource" => ModelFixtures.PlanBuilder().AddObservation("X-1", ObservationKind.Need, "Bedarf", text),
            "goal" => ModelFixtures.PlanBuilder().AddGoal("X-1", text, "BS-1"),
            "measure" => ModelFixtures.PlanBuilder().AddMeasure("X-1", text),
            "actor" => ModelFixtures.PlanBuilder().AddActor("X-1", text, ActorKind.Residents),
            "body" => ModelFixtures.PlanBuilder().AddBody("X-1", text, BodyKind.RoundTable),
            "targetGroup" => ModelFixtures.PlanBuilder().AddTargetGroup("X-1", text),
            "indicator" => ModelFixtures.PlanBuilder().AddIndicator("X-1", text, IndicatorMeasureType.Percentage, IndicatorDirection.Maintain, i => i.Baseline(new LocalDate(2011, 1, 1), 17)),
            "suppressionRule" => ModelFixtures.PlanBuilder().Suppress(text, "EQ-1", "begründet"),
            _ => throw new ArgumentOutOfRangeException(nameof(where)),
        };
    }
}
