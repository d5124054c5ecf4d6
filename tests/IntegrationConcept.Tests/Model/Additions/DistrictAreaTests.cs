using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Additions;

/// <summary>District keys and sub-areas (statistischer Bezirk, Sozialraum), and the sub-areas measures serve.</summary>
public sealed class DistrictAreaTests
{
    private static District Ehrang(params string[] keys)
        => new("Ehrang/Quint", keys: keys, subAreas:
        [
            new SubArea(new ElementId<SubArea>("231"), "Ehrang-Ort", SubAreaKind.StatisticalDistrict),
            new SubArea(new ElementId<SubArea>("SR-7"), "Sozialraum Ehrang", SubAreaKind.SocialArea),
        ]);

    private static DistrictPlanBuilder Builder(District district)
        => new DistrictPlanBuilder("Stadtteilkonzept", district, new ConceptReference("Trier", "2011-12"));

    [Fact]
    public void Measure_ServingSubAreasOfTheDistrict_Builds()
    {
        var plan = Builder(Ehrang("23")).AddMeasure("M-1", "Fest", m => m.InAreas("231", "SR-7")).Build();

        plan.District.Keys.Should().Equal("23");
        plan.District.SubAreas.Select(a => a.Kind).Should().Equal(SubAreaKind.StatisticalDistrict, SubAreaKind.SocialArea);
        plan.Measures[0].SubAreaIds.Select(a => a.Value).Should().Equal("231", "SR-7");
    }

    [Fact]
    public void Measure_ServingUnknownSubArea_ReportsUnresolvedReference()
    {
        Func<object> act = () => Builder(Ehrang()).AddMeasure("M-1", "Fest", m => m.InAreas("231", "999")).Build();

        act.ShouldFailWith((ModelProblemCode.UnresolvedReference, "M-1", "$.measures[0].subAreaIds[1]"))
            .Single().Message.Should().Contain("sub-area '999'");
    }

    [Fact]
    public void District_EmptyKeyDuplicateSubAreaAndEmptyName_AreReportedWithPaths()
    {
        var district = new District("Ehrang/Quint", keys: ["23", " "], subAreas:
        [
            new SubArea(new ElementId<SubArea>("231"), "Ehrang-Ort", SubAreaKind.StatisticalDistrict),
            new SubArea(new ElementId<SubArea>("231"), "", SubAreaKind.ProgrammeArea),
        ]);

        Func<object> act = () => Builder(district).Build();

        act.ShouldFailWith(
            (ModelProblemCode.EmptyText, null, "$.district.keys[1]"),
            (ModelProblemCode.DuplicateId, "231", "$.district.subAreas[1].id"),
            (ModelProblemCode.EmptyText, "231", "$.district.subAreas[1].name"));
    }

    [Fact]
    public void District_ComparesKeysAndSubAreasByContent()
        => EqualityAssert.HasValueSemantics(
            Ehrang("23"),
            Ehrang("23"),
            Ehrang("24"),
            Ehrang(),
            new District("Ehrang/Quint", keys: ["23"]),
            new District("Ehrang/Quint", null, "d", ["23"], Ehrang().SubAreas));

    [Fact]
    public void SubArea_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new SubArea(new ElementId<SubArea>("231"), "Ehrang-Ort", SubAreaKind.StatisticalDistrict),
            new SubArea(new ElementId<SubArea>("231"), "Ehrang-Ort", SubAreaKind.StatisticalDistrict),
            new SubArea(new ElementId<SubArea>("232"), "Ehrang-Ort", SubAreaKind.StatisticalDistrict),
            new SubArea(new ElementId<SubArea>("231"), "Quint", SubAreaKind.StatisticalDistrict),
            new SubArea(new ElementId<SubArea>("231"), "Ehrang-Ort", SubAreaKind.SocialArea));

    [Fact]
    public void TargetGroup_TermIsPartOfEquality_DefaultIsMigrationBackground()
    {
        var background = new TargetGroup(new ElementId<TargetGroup>("m"), "Menschen mit Migrationshintergrund", MigrationBackground.With);
        var history = new TargetGroup(new ElementId<TargetGroup>("m"), "Menschen mit Migrationshintergrund", MigrationBackground.With, null, MigrationTerm.ImmigrationHistory);

        background.MigrationTerm.Should().Be(MigrationTerm.MigrationBackground);
        history.Should().NotBe(background);
        Builder(Ehrang()).AddTargetGroup("e", "Menschen mit Einwanderungsgeschichte", MigrationBackground.With, MigrationTerm.ImmigrationHistory).Build()
            .TargetGroups[0].MigrationTerm.Should().Be(MigrationTerm.ImmigrationHistory);
    }

    [Fact]
    public void ActorKinds_IncludeTheKindsRealPlansNeed()
        => Enum.GetNames<ActorKind>().Should().Contain(
        [
            "MigrantOrganisation", "ReligiousCommunity", "JobCentre", "HousingCompany", "NeighbourhoodManagement",
            "AdultEducationCentre", "ImmigrationOffice", "YouthWork", "WelfareOrganisation",
        ]);
}
