using System.Text.Json.Nodes;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

/// <summary>
/// Format version 1 keeps its own enums: the actor kinds, spatial levels and element kinds that format 2 added are
/// refused in a version-1 document (by both readers, and by the version-1 schema), read in a version-2 document, and
/// cannot be written as version 1.
/// </summary>
public sealed class FormatV1EnumTests
{
    private static string PlanV1 => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "IntegrationConcept.Tests", "Documents", "V1Documents", "ehrang-quint-district-plan.corrected.v1.json"));

    public static TheoryData<Type, Type> EnumPairs => new()
    {
        { typeof(ActorKindV1), typeof(ActorKind) },
        { typeof(SpatialLevelV1), typeof(SpatialLevel) },
        { typeof(ElementKindV1), typeof(ElementKind) },
    };

    [Theory]
    [MemberData(nameof(EnumPairs))]
    public void V1Enum_HasTheModelsNamesAtTheSamePositions_AndFewerOfThem(Type v1, Type model)
    {
        var v1Names = Enum.GetNames(v1);
        var modelNames = Enum.GetNames(model);

        modelNames.Take(v1Names.Length).Should().Equal(v1Names);
        modelNames.Length.Should().BeGreaterThan(v1Names.Length, "format 2 added values");
        foreach (var value in Enum.GetValues(v1))
        {
            Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
                .Should().Be(Convert.ToInt32(Enum.Parse(model, value.ToString()!), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void V1Schemas_ListExactlyTheVersion1Values_V2SchemasTheNewOnes()
    {
        var v1 = DocumentSchemas.Get(DocumentKind.DistrictPlan, 1);
        var v2 = DocumentSchemas.Get(DocumentKind.DistrictPlan, 2);

        Enums(v1, "actors", "kind").Should().Equal("administration", "politics", "advisoryCouncil", "police", "school", "dayCare", "association", "welfareOrganisation", "residents", "other");
        Enums(v1, "indicators", "spatialLevel").Should().Equal("city", "district", null);
        Enums(v1, "outOfScope", "kind").Should().NotContain(["subArea", "previousVersion"]).And.Contain("suppression").And.HaveCount(20);
        Enums(v2, "actors", "kind").Should().Contain(["jobCentre", "migrantOrganisation", "youthWork"]);
        Enums(v2, "indicators", "spatialLevel").Should().Contain(["subArea", "state"]);
        Enums(v2, "outOfScope", "kind").Should().Contain(["subArea", "previousVersion"]);
    }

    [Theory]
    [InlineData("\"kind\": \"administration\"", "\"kind\": \"jobCentre\"", "$.actors[2].kind")]
    [InlineData("\"spatialLevel\": \"district\"", "\"spatialLevel\": \"subArea\"", "$.indicators[0].spatialLevel")]
    [InlineData("\"kind\": \"goal\",\n      \"elementId\": \"BS-2\"", "\"kind\": \"previousVersion\",\n      \"elementId\": \"BS-2\"", "$.outOfScope[0].kind")]
    public void ReadV1_ValueOnlyFormat2Has_IsRefusedAtItsPathListingTheVersion1Names(string from, string to, string path)
    {
        var json = ReplaceFirst(PlanV1, from, to);

        var act = () => DocumentSerializer.ReadDistrictPlan(json);

        var ex = act.Should().Throw<DocumentFormatException>().Which;
        ex.Path.Should().Be(path);
        ex.Message.Should().Contain("is not allowed here");
        SchemaValidation.Errors(DocumentKind.DistrictPlan, 1, json).Should().NotBeEmpty("the version-1 schema refuses it as the reader does");
    }

    [Fact]
    public void ReadV1_ValueOnlyFormat2Has_DirectReaderGivesUpAsTheDtoReaderRefuses()
    {
        var json = ReplaceFirst(PlanV1, "\"kind\": \"administration\"", "\"kind\": \"jobCentre\"");

        global::IntegrationConcept.Documents.Json.Direct.DistrictPlanDirectReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json), allowUnknownMembers: false, maxDepth: 64).Should().BeNull();
    }

    [Fact]
    public void ReadV2_ValuesFormat2Added_AreRead()
    {
        var plan = DocumentSerializer.ReadDistrictPlan(PlanV1);
        var actor = plan.Actors[2];
        var changed = DocumentSerializer.WriteDistrictPlan(plan)
            .Replace("\"kind\": \"administration\"", "\"kind\": \"jobCentre\"", StringComparison.Ordinal);

        DocumentSerializer.ReadDistrictPlan(changed).Actors[actor.Id].Kind.Should().Be(ActorKind.JobCentre);
    }

    [Fact]
    public void ReadV1_EveryVersion1Value_ReadsAsTheModelValueOfTheSameName()
    {
        foreach (var kind in Enum.GetNames<ActorKindV1>())
        {
            var camel = char.ToLowerInvariant(kind[0]) + kind[1..];
            var plan = DocumentSerializer.ReadDistrictPlan(ReplaceFirst(PlanV1, "\"kind\": \"administration\"", $"\"kind\": \"{camel}\""));

            plan.Actors[2].Kind.ToString().Should().Be(kind);
        }
    }

    [Theory]
    [InlineData(ActorKind.JobCentre, null, "The actor kind 'jobCentre' exists in format version 2 only")]
    [InlineData(null, SpatialLevel.SubArea, "The spatial level 'subArea' exists in format version 2 only")]
    public void WriteV1_ValueOnlyFormat2Has_ThrowsNamingTheValue(ActorKind? actorKind, SpatialLevel? level, string message)
    {
        var plan = DocumentSerializer.ReadDistrictPlan(PlanV1);
        if (actorKind is { } kind)
        {
            // The model has no WithActors: the kind goes in through a format-2 document.
            var camel = char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
            plan = DocumentSerializer.ReadDistrictPlan(ReplaceFirst(DocumentSerializer.WriteDistrictPlan(plan), "\"kind\": \"administration\"", $"\"kind\": \"{camel}\""));
            plan.Actors[2].Kind.Should().Be(kind);
        }

        if (level is { } spatial)
        {
            plan = plan.WithIndicators(plan.Indicators.Select((i, n) => n > 0 ? i : new Indicator(
                i.Id, i.Name, i.MeasureType, i.Direction, i.Definition, i.Unit, i.Baseline, i.Targets, i.Measurements, i.DataSource, spatial)));
        }

        var act = () => FormatV2Tests.WriteVersion(DocumentFormats.DistrictPlan, 1, plan);

        act.Should().Throw<InvalidOperationException>().WithMessage(message + "; a format version 1 document cannot hold it.*");
        DocumentSerializer.ReadDistrictPlan(DocumentSerializer.WriteDistrictPlan(plan)).Should().Be(plan, "format 2, the one written, holds it");
    }

    [Fact]
    public void WriteV1_Version1Values_RoundTripsTheCommittedDocument()
    {
        var plan = DocumentSerializer.ReadDistrictPlan(PlanV1);

        DocumentSerializer.ReadDistrictPlan(FormatV2Tests.WriteVersion(DocumentFormats.DistrictPlan, 1, plan)).Should().Be(plan);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the fixture holds {from}");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    private static List<string?> Enums(string schema, string list, string member)
        => JsonNode.Parse(schema)!["properties"]![list]!["items"]!["properties"]![member]!["enum"]!.AsArray()
            .Select(n => n?.GetValue<string>()).ToList();
}
