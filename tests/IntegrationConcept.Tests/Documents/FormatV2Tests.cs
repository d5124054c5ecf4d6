using System.Buffers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

/// <summary>
/// Format version 2 of the city concept and the district plan: written by default, round-trips byte-exact, valid against
/// its committed schema; version 1 documents still read, and are upgraded on writing.
/// </summary>
public sealed partial class FormatV2Tests
{
    private static readonly LocalDate PhaseOne = new(2014, 12, 31);

    /// <summary>Writes a model in a given format version (the library writes only the current one).</summary>
    internal static string WriteVersion<TModel>(DocumentFormat<TModel> format, int version, TModel model)
        where TModel : class
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, DocumentJsonOptions.Writer))
        {
            format.Version(version).Write(format, writer, model);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static string V1(string name) => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "IntegrationConcept.Tests", "Documents", "V1Documents", name));

    public static TheoryData<string, string, decimal> CommittedV1Documents => new()
    {
        // The Trier sample as it was committed in format 1, before the corrections of issue 13, and as corrected.
        { "trier-city-concept.v1.json", "ehrang-quint-district-plan.v1.json", 50.0m },
        { "trier-city-concept.corrected.v1.json", "ehrang-quint-district-plan.corrected.v1.json", 50.0m },
    };

    [Theory]
    [MemberData(nameof(CommittedV1Documents))]
    public void CommittedV1Document_ReadsUpgradesAndChecksToTheSameCoverage(string conceptFile, string planFile, decimal overallPercent)
    {
        var conceptV1 = V1(conceptFile);
        var planV1 = V1(planFile);
        SchemaValidation.Errors(DocumentKind.CityConcept, 1, conceptV1).Should().BeEmpty();
        SchemaValidation.Errors(DocumentKind.DistrictPlan, 1, planV1).Should().BeEmpty();

        var concept = DocumentSerializer.ReadCityConcept(conceptV1);
        var plan = DocumentSerializer.ReadDistrictPlan(planV1);
        var conceptV2 = DocumentSerializer.WriteCityConcept(concept);
        var planV2 = DocumentSerializer.WriteDistrictPlan(plan);

        conceptV2.Should().Contain("\"formatVersion\": 2");
        SchemaValidation.Errors(DocumentKind.CityConcept, 2, conceptV2).Should().BeEmpty();
        SchemaValidation.Errors(DocumentKind.DistrictPlan, 2, planV2).Should().BeEmpty();
        var upgradedConcept = DocumentSerializer.ReadCityConcept(conceptV2);
        var upgradedPlan = DocumentSerializer.ReadDistrictPlan(planV2);
        upgradedConcept.Should().Be(concept);
        upgradedPlan.Should().Be(plan);

        var before = new CoverageChecker().Check(concept, plan, PhaseOne);
        var after = new CoverageChecker().Check(upgradedConcept, upgradedPlan, PhaseOne);
        after.Should().Be(before);
        after.Overall.CoveredPercent.Should().Be(overallPercent);
        after.Goals.Select(g => (g.GoalId, g.Grade)).Should().Equal(before.Goals.Select(g => (g.GoalId, g.Grade)));

        // Version 1 is still written exactly as before by its own writer: nothing is lost for a v1 model.
        WriteVersion(DocumentFormats.CityConcept, 1, concept).TrimEnd().Should().Be(conceptV1.TrimEnd());
        WriteVersion(DocumentFormats.DistrictPlan, 1, plan).TrimEnd().Should().Be(planV1.TrimEnd());
    }

    [Fact]
    public void ReadDistrictPlanV2_BudgetAmountIsDecimalAndWrittenCanonically()
    {
        var plan = DocumentSerializer.ReadDistrictPlan(V2Plan("""{ "year": 2012, "kind": "spent", "amountEur": 1240.50, "funder": "Stadt Trier" }"""));

        plan.Measures[0].Budget.Single().Should().Be(new BudgetEntry(2012, BudgetKind.Spent, 1240.50m, funder: "Stadt Trier"));
        DocumentSerializer.WriteDistrictPlan(plan).Should().Contain("\"amountEur\": 1240.5,").And.NotContain("1240.50");
    }

    [Theory]
    [InlineData("""{ "year": 2012, "kind": "spent", "amountEur": -1 }""", "$.measures[0].budget[0].amountEur")]
    [InlineData("""{ "year": 12012, "kind": "spent", "amountEur": 1 }""", "$.measures[0].budget[0].year")]
    [InlineData("""{ "year": 2012, "kind": "ausgegeben", "amountEur": 1 }""", "$.measures[0].budget[0].kind")]
    [InlineData("""{ "year": 2012, "kind": "spent", "amountEur": "1" }""", "$.measures[0].budget[0].amountEur")]
    [InlineData("""{ "year": 2012, "kind": "spent" }""", "$.measures[0].budget[0]")]
    [InlineData("null", "$.measures[0].budget[0]")]
    public void ReadDistrictPlanV2_BadBudgetEntry_FailsAtItsPath(string entry, string path)
    {
        var act = () => DocumentSerializer.ReadDistrictPlan(V2Plan(entry));

        act.Should().Throw<DocumentFormatException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void ReadDistrictPlanV2_LeadOfficeAndSubAreaThatDoNotResolve_ListBothPaths()
    {
        var json = V2Plan("""{ "year": 2012, "kind": "planned", "amountEur": 1 }""")
            .Replace("\"leadOfficeId\": \"amt\"", "\"leadOfficeId\": \"nope\"", StringComparison.Ordinal)
            .Replace("\"subAreaIds\": [\"231\"]", "\"subAreaIds\": [\"999\"]", StringComparison.Ordinal);

        var ex = FluentActions.Invoking(() => DocumentSerializer.ReadDistrictPlan(json)).Should().Throw<DocumentFormatException>().Which;

        ex.Message.Should().Contain("$.measures[0].leadOfficeId").And.Contain("$.measures[0].subAreaIds[0]");
    }

    [Fact]
    public void ReadCityConceptV2_HistoryAndCityIndicator_AreRead()
    {
        var json = """
            {
              "formatVersion": 2,
              "title": "Konzept",
              "municipality": { "name": "Musterstadt" },
              "version": { "label": "2024", "status": "updated", "updates": "2019" },
              "actionFields": [ { "id": "SB", "name": "Sprache und Bildung" } ],
              "goals": [ { "id": "SB-1", "actionFieldId": "SB", "text": "Frühe Sprachförderung" } ],
              "indicators": [
                { "id": "C2a", "name": "Kinder in Kitas", "measureType": "percentage", "direction": "maintain",
                  "catalogue": { "code": "C2a", "catalogue": "Integrationsmonitoring der Länder" }, "frequency": "biennial",
                  "breakdowns": [ "Geschlecht" ], "spatialLevel": "state", "areaKeys": [ "07" ] }
              ],
              "previousVersions": [
                { "label": "2019", "status": "adopted", "goals": [ { "id": "SB-1", "actionFieldId": "SB", "text": "Sprachförderung" } ] }
              ]
            }
            """;

        var concept = DocumentSerializer.ReadCityConcept(json);

        concept.Indicators.Single().Catalogue.Should().Be(new CatalogueReference("C2a", "Integrationsmonitoring der Länder"));
        concept.Indicators.Single().SpatialLevel.Should().Be(SpatialLevel.State);
        concept.ChangesSince("2019")!.Changes.Single().Kind.Should().Be(GoalChangeKind.Reworded);
        SchemaValidation.Errors(DocumentKind.CityConcept, json).Should().BeEmpty();
    }

    [Fact]
    public void ReadCityConceptV2_PreviousVersionWithTheCurrentLabel_FailsAtItsPath()
    {
        var json = """
            {
              "formatVersion": 2,
              "title": "Konzept",
              "municipality": { "name": "Musterstadt" },
              "version": { "label": "2024", "status": "adopted" },
              "previousVersions": [ { "label": "2024", "status": "draft" } ]
            }
            """;

        var act = () => DocumentSerializer.ReadCityConcept(json);

        act.Should().Throw<DocumentFormatException>().Which.Message.Should().Contain("$.previousVersions[0].label");
    }

    private static string V2Plan(string budgetEntry) => $$"""
        {
          "formatVersion": 2,
          "title": "Stadtteilkonzept",
          "district": { "name": "Ehrang/Quint", "keys": [ "14" ], "subAreas": [ { "id": "231", "name": "Ehrang-Ort", "kind": "statisticalDistrict" } ] },
          "concept": { "municipality": "Trier", "versionLabel": "2011-12" },
          "actors": [ { "id": "amt", "name": "Amt für Soziales", "kind": "administration" } ],
          "measures": [
            { "id": "M-1", "name": "Fest", "leadOfficeId": "amt", "subAreaIds": ["231"], "budget": [ {{budgetEntry}} ] }
          ]
        }
        """;
}
