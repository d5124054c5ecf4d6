using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;

namespace IntegrationConcept.Suggestions.Tests;

/// <summary>A small city concept and a district plan with linked and unlinked goals and measures (illustrative).</summary>
internal static class TestConcepts
{
    public static CityConcept Trier() => new CityConceptBuilder("Integrationskonzept Trier", new Municipality("Trier"), new ConceptVersion("Beschluss 2011", ConceptStatus.Adopted))
        .AddActionField("BS", "Bildung und Sprache")
        .AddActionField("AAW", "Ausbildung, Arbeit und Weiterbildung")
        .AddActionField("WLS", "Wohnen und Leben im Stadtteil")
        .AddGoal("BS-1", "BS", "Sprachförderung in der Kindertagesstätte so früh wie möglich")
        .AddGoal("BS-2", "BS", "Mehr Lehrkräfte mit Migrationshintergrund")
        .AddGoal("AAW-1", "AAW", "Anerkennung ausländischer Berufsabschlüsse")
        .AddGoal("AAW-2", "AAW", "Jugendliche beim Übergang von der Schule in die Ausbildung begleiten")
        .AddGoal("WLS-1", "WLS", "Kinder aus einkommensschwachen Familien nehmen am Vereinsleben teil")
        .AddGoal("WLS-2", "WLS", "Begegnung und gute Nachbarschaft stärken")
        .Build();

    public static DistrictPlan Plan() => new DistrictPlanBuilder("Stadtteilkonzept Ehrang/Quint", new District("Ehrang/Quint"), new ConceptReference("Trier", "Beschluss 2011"))
        .AddActor("beirat", "Beirat für Migration und Integration", ActorKind.AdvisoryCouncil)
        .AddGoal("EQ-1", "Kinder finden Zugang zu den Vereinen", "WLS-1")
        .AddDistrictSpecificGoal("EQ-5", "Förderung der deutschen Sprache in der Kita", "BS")
        .AddDistrictSpecificGoal("EQ-7", "Eine stabile Kommunikationsstruktur der Akteure")
        .AddMeasure("M-03", "Schnuppermitgliedschaften in Vereinen", m => m.Carrier("beirat").Serves("EQ-1"))
        .AddMeasure("M-05", "Straßenfest für gute Nachbarschaft", m => m.Carrier("beirat").Description("Begegnung in der Siedlung"))
        .AddMeasure("M-11", "Ausbildungspatenschaften", m => m.Carrier("beirat").Serves("EQ-7"))
        .Build();
}
