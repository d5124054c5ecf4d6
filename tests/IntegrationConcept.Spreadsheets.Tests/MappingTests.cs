using System.Text.Json;
using FluentAssertions;
using Json.Schema;
using Xunit;

namespace IntegrationConcept.Spreadsheets.Tests;

public sealed class MappingTests
{
    [Fact]
    public void Default_HasGermanSheetsAndHeaders()
    {
        var mapping = SpreadsheetMapping.Default;

        mapping[SheetKind.Measures].Name.Should().Be("Maßnahmen");
        mapping[SheetKind.Measures].Header("carrier").Should().Be("Träger");
        mapping[SheetKind.Measures].Header("start").Should().Be("Beginn");
        mapping[SheetKind.Indicators].Header("target").Should().Be("Zielwert");
        mapping.NumberFormat.Should().Be(SpreadsheetNumberFormat.German);
    }

    [Fact]
    public void FromJson_OverridesOnlyWhatItNames()
    {
        var mapping = SpreadsheetMapping.FromJson("""
            { "formatVersion": 1, "sheets": { "measures": { "sheet": "Measures", "columns": { "carrier": "Lead" } } } }
            """);

        mapping[SheetKind.Measures].Name.Should().Be("Measures");
        mapping[SheetKind.Measures].Header("carrier").Should().Be("Lead");
        mapping[SheetKind.Measures].Header("end").Should().Be("Ende");
        mapping[SheetKind.Goals].Name.Should().Be("Ziele");
    }

    [Theory]
    [InlineData("""{ "formatVersion": 1, "colour": "red" }""", "$.colour: unknown member.")]
    [InlineData("""{ "numberFormat": "german" }""", "$.formatVersion: required (1).")]
    [InlineData("""{ "formatVersion": 2 }""", "$.formatVersion: only format version 1 is known.")]
    [InlineData("""{ "formatVersion": 1, "sheets": { "budgets": {} } }""", "$.sheets.budgets: unknown sheet kind")]
    [InlineData("""{ "formatVersion": 1, "sheets": { "measures": { "columns": { "colour": "Farbe" } } } }""", "$.sheets.measures.columns.colour: unknown column")]
    [InlineData("""{ "formatVersion": 1, "sheets": { "measures": { "columns": { "end": "Beginn" } } } }""", "the header 'Beginn' is used for start and end")]
    [InlineData("""{ "formatVersion": 1, "sheets": { "measures": { "sheet": " " } } }""", "$.sheets.measures.sheet: must not be blank.")]
    [InlineData("""{ "formatVersion": 1, """, "not valid JSON")]
    public void FromJson_InvalidDocument_NamesThePlace(string json, string expected)
    {
        var act = () => SpreadsheetMapping.FromJson(json);

        act.Should().Throw<FormatException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void ToJson_ReadsBackAndValidatesAgainstTheCommittedSchema()
    {
        var json = SpreadsheetMapping.Default.ToJson();
        var again = SpreadsheetMapping.FromJson(json);
        again.ToJson().Should().Be(json);

        var schema = JsonSchema.FromText(
            File.ReadAllText(Path.Combine(RoundTripTests.RepositoryRoot(), "schemas", "spreadsheets", "spreadsheet-mapping.v1.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var valid = JsonDocument.Parse(json);
        var result = schema.Evaluate(valid.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Values)));
        using var invalid = JsonDocument.Parse("""{ "formatVersion": 1, "sheets": { "measures": { "columns": { "colour": "x" } } } }""");
        schema.Evaluate(invalid.RootElement).IsValid.Should().BeFalse();
    }
}
