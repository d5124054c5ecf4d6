using System.Text;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Rule set documents: every field round-trips, the bytes are stable, the schema agrees, and bad input names its place.
public sealed partial class DocumentSerializerTests
{
    private const string RuleSetHead = """
        {
          "$schema": "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/rule-set.v1.schema.json",
          "formatVersion": 1,
          "name": "Monitoring",
        """;

    private static RuleSet FullRuleSet() => new RuleSet("Monitoring Rheinland-Pfalz – Überprüfung")
        .WithSeverity(RuleIds.UncoveredGoal, Severity.Error)
        .WithSeverity(RuleIds.IndicatorWithoutDataSource, Severity.Warning)
        .WithCategorySeverity(RuleCategory.Evaluation, Severity.Info)
        .WithCategorySeverity(RuleCategory.Consistency, Severity.Warning)
        .WithDisabled(RuleIds.UnappliedPrinciple)
        .WithDisabled(RuleIds.NoMixedParticipation)
        .WithParameter(RuleIds.IndicatorBehindPlan, RuleCatalog.YellowTolerancePercent, 12.5m)
        .WithParameter(RuleIds.IndicatorOffTrack, RuleCatalog.RedTolerancePercent, 30m);

    private static DocumentFormatException ReadRuleSetFails(string json)
    {
        var act = () => DocumentSerializer.ReadRuleSet(json);
        var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
        ex.DocumentKind.Should().Be(DocumentKind.RuleSet);
        ex.Problems.Should().ContainSingle().Which.Path.Should().Be(ex.Path);
        return ex;
    }

    private static string RuleSetDocument(string body) => RuleSetHead + "\n" + body + "\n}";

    [Fact]
    public void WriteRuleSet_EveryField_ReadsBackEqual()
    {
        var ruleSet = FullRuleSet();

        var read = DocumentSerializer.ReadRuleSet(DocumentSerializer.WriteRuleSet(ruleSet));

        read.Should().Be(ruleSet);
        read.SeverityOf(RuleIds.UncoveredGoal).Should().Be(Severity.Error);
        read.SeverityOf(RuleIds.OverdueMeasure).Should().Be(Severity.Info);
        read.IsEnabled(RuleIds.UnappliedPrinciple).Should().BeFalse();
        read.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent).Should().Be(12.5m);
    }

    [Fact]
    public void WriteRuleSet_Default_WritesNameOnlyAndReadsBackEqual()
    {
        var text = DocumentSerializer.WriteRuleSet(RuleSet.Default);

        text.Should().Be("""
            {
              "$schema": "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/rule-set.v1.schema.json",
              "formatVersion": 1,
              "name": "default"
            }

            """.ReplaceLineEndings("\n"));
        DocumentSerializer.ReadRuleSet(text).Should().Be(RuleSet.Default);
    }

    [Fact]
    public void WriteRuleSet_EveryField_WritesCamelCaseNamesAndValues()
    {
        var text = DocumentSerializer.WriteRuleSet(FullRuleSet());

        text.Should().Contain("\"name\": \"Monitoring Rheinland-Pfalz – Überprüfung\"")
            .And.Contain("\"severities\": [")
            .And.Contain("\"ruleId\": \"IC1002\"")
            .And.Contain("\"severity\": \"error\"")
            .And.Contain("\"categorySeverities\": [")
            .And.Contain("\"category\": \"evaluation\"")
            .And.Contain("\"disabledRuleIds\": [")
            .And.Contain("\"name\": \"yellowTolerancePercent\"")
            .And.Contain("\"value\": 12.5");
    }

    [Fact]
    public void WriteRuleSet_SameRuleSetTwice_GivesSameBytes()
    {
        var first = DocumentSerializer.WriteRuleSetToUtf8Bytes(FullRuleSet());
        var second = DocumentSerializer.WriteRuleSetToUtf8Bytes(FullRuleSet());

        second.Should().Equal(first);
        Encoding.UTF8.GetString(first).Should().Be(DocumentSerializer.WriteRuleSet(FullRuleSet()));
        DocumentSerializer.WriteRuleSet(DocumentSerializer.ReadRuleSet(first)).Should().Be(Encoding.UTF8.GetString(first));
    }

    [Fact]
    public async Task WriteRuleSetAsync_Stream_ReadsBackEqual()
    {
        using var stream = new MemoryStream();
        await DocumentSerializer.WriteRuleSetAsync(stream, FullRuleSet());
        stream.Position = 0;

        (await DocumentSerializer.ReadRuleSetAsync(stream)).Should().Be(FullRuleSet());
        stream.ToArray().Should().Equal(DocumentSerializer.WriteRuleSetToUtf8Bytes(FullRuleSet()));
    }

    [Fact]
    public void WriteRuleSet_Stream_ReadsBackEqual()
    {
        using var stream = new MemoryStream();
        DocumentSerializer.WriteRuleSet(stream, FullRuleSet());
        stream.Position = 0;

        DocumentSerializer.ReadRuleSet(stream).Should().Be(FullRuleSet());
    }

    [Fact]
    public void WriteRuleSet_WithCustomRule_LeavesTheRuleOutAndReadsWithoutIt()
    {
        var custom = new NoOpRule();
        var ruleSet = FullRuleSet().WithCustomRule(custom);

        var text = DocumentSerializer.WriteRuleSet(ruleSet);
        var read = DocumentSerializer.ReadRuleSet(text);

        text.Should().NotContain("X-CUSTOM");
        read.CustomRules.Should().BeEmpty();
        read.Should().Be(FullRuleSet());
        read.WithCustomRule(custom).Should().Be(ruleSet);
    }

    [Fact]
    public void ReadRuleSet_WithCustomRules_ConfiguresTheCustomRule()
    {
        var custom = new NoOpRule();
        var ruleSet = FullRuleSet().WithCustomRule(custom).WithSeverity("X-CUSTOM", Severity.Error).WithDisabled("X-CUSTOM");
        var text = DocumentSerializer.WriteRuleSet(ruleSet);

        var read = DocumentSerializer.ReadRuleSet(text, new ICoverageRule[] { custom });

        read.Should().Be(ruleSet);
        read.SeverityOf("X-CUSTOM").Should().Be(Severity.Error);
        read.IsEnabled("X-CUSTOM").Should().BeFalse();
    }

    [Fact]
    public void ReadRuleSet_CustomRuleSettingsWithoutTheRule_NamesThePath()
    {
        var text = DocumentSerializer.WriteRuleSet(RuleSet.Default.WithCustomRule(new NoOpRule()).WithSeverity("X-CUSTOM", Severity.Error));

        var act = () => DocumentSerializer.ReadRuleSet(text);

        act.Should().Throw<DocumentFormatException>().Which.Path.Should().Be("$.severities[0].ruleId");
    }

    [Fact]
    public void ReadRuleSet_StreamWithCustomRules_ConfiguresTheCustomRule()
    {
        var custom = new NoOpRule();
        var ruleSet = RuleSet.Default.WithCustomRule(custom).WithSeverity("X-CUSTOM", Severity.Warning);
        using var stream = new MemoryStream(DocumentSerializer.WriteRuleSetToUtf8Bytes(ruleSet));

        DocumentSerializer.ReadRuleSet(stream, new ICoverageRule[] { custom }).Should().Be(ruleSet);
    }

    [Fact]
    public void WriteRuleSet_Written_IsValidAgainstSchema()
    {
        SchemaValidation.Errors(DocumentKind.RuleSet, DocumentSerializer.WriteRuleSet(FullRuleSet())).Should().BeEmpty();
        SchemaValidation.Errors(DocumentKind.RuleSet, DocumentSerializer.WriteRuleSet(RuleSet.Default)).Should().BeEmpty();
    }

    [Fact]
    public void ReadRuleSet_TextParameterValueAsString_IsValidAgainstSchema()
    {
        var json = RuleSetDocument("""
              "parameters": [ { "ruleId": "IC4002", "name": "yellowTolerancePercent", "value": "15" } ]
            """);

        SchemaValidation.Errors(DocumentKind.RuleSet, json).Should().BeEmpty("the schema allows a number or a string; the rule decides");
        SchemaValidation.Errors(DocumentKind.RuleSet, json.Replace("\"15\"", "true", StringComparison.Ordinal)).Should().NotBeEmpty();
    }

    [Fact]
    public void ReadRuleSet_UnknownRuleIdInSeverities_NamesPathRuleIdAndKnownRules()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "severities": [
                { "ruleId": "IC1001", "severity": "error" },
                { "ruleId": "IC1002", "severity": "info" },
                { "ruleId": "IC9999", "severity": "warning" }
              ]
            """));

        ex.Path.Should().Be("$.severities[2].ruleId");
        ex.Message.Should().Contain("IC9999").And.Contain("IC1001").And.Contain("IC4003").And.Contain("Custom rules");
    }

    [Fact]
    public void ReadRuleSet_UnknownRuleIdInDisabled_NamesPath()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "disabledRuleIds": [ "IC1004", "IC0000" ]
            """));

        ex.Path.Should().Be("$.disabledRuleIds[1]");
        ex.Message.Should().Contain("IC0000");
    }

    [Fact]
    public void ReadRuleSet_UnknownRuleIdInParameters_NamesPath()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "parameters": [ { "ruleId": "IC4711", "name": "yellowTolerancePercent", "value": 5 } ]
            """));

        ex.Path.Should().Be("$.parameters[0].ruleId");
        ex.Message.Should().Contain("IC4711");
    }

    [Fact]
    public void ReadRuleSet_UnknownParameter_NamesPathRuleAndAllowedParameters()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "parameters": [
                { "ruleId": "IC4003", "name": "redTolerancePercent", "value": 30 },
                { "ruleId": "IC4002", "name": "tolerance", "value": 5 }
              ]
            """));

        ex.Path.Should().Be("$.parameters[1].name");
        ex.Message.Should().Contain("IC4002").And.Contain("'tolerance'").And.Contain("yellowTolerancePercent");
    }

    [Fact]
    public void ReadRuleSet_WrongParameterType_NamesPathAndExpectedType()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "parameters": [ { "ruleId": "IC4002", "name": "yellowTolerancePercent", "value": "fifteen" } ]
            """));

        ex.Path.Should().Be("$.parameters[0].value");
        ex.Message.Should().Contain("IC4002").And.Contain("yellowTolerancePercent").And.Contain("takes a number, not a text");
    }

    [Fact]
    public void ReadRuleSet_ParameterValueNeitherNumberNorString_NamesPath()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "parameters": [ { "ruleId": "IC4002", "name": "yellowTolerancePercent", "value": true } ]
            """));

        ex.Path.Should().Be("$.parameters[0].value");
        ex.Message.Should().Contain("number or a string");
    }

    [Fact]
    public void ReadRuleSet_ParameterOutOfRange_NamesPathAndRange()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "parameters": [ { "ruleId": "IC4003", "name": "redTolerancePercent", "value": -5 } ]
            """));

        ex.Path.Should().Be("$.parameters[0].value");
        ex.Message.Should().Contain("IC4003").And.Contain("-5");
    }

    [Fact]
    public void ReadRuleSet_ParameterTwice_NamesSecond()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "parameters": [
                { "ruleId": "IC4003", "name": "redTolerancePercent", "value": 20 },
                { "ruleId": "IC4003", "name": "redTolerancePercent", "value": 30 }
              ]
            """));

        ex.Path.Should().Be("$.parameters[1].name");
        ex.Message.Should().Contain("more than once");
    }

    [Fact]
    public void ReadRuleSet_SeverityTwice_NamesSecond()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "severities": [
                { "ruleId": "IC1002", "severity": "error" },
                { "ruleId": "IC1002", "severity": "info" }
              ]
            """));

        ex.Path.Should().Be("$.severities[1].ruleId");
        ex.Message.Should().Contain("IC1002").And.Contain("more than one");
    }

    [Fact]
    public void ReadRuleSet_CategoryTwice_NamesSecond()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "categorySeverities": [
                { "category": "coverage", "severity": "error" },
                { "category": "coverage", "severity": "info" }
              ]
            """));

        ex.Path.Should().Be("$.categorySeverities[1].category");
        ex.Message.Should().Contain("coverage");
    }

    [Fact]
    public void ReadRuleSet_WrongSeverityValue_NamesPathAndAllowedValues()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "severities": [ { "ruleId": "IC1002", "severity": "fatal" } ]
            """));

        ex.Path.Should().Be("$.severities[0].severity");
        ex.Message.Should().Contain("fatal").And.Contain("error").And.Contain("warning").And.Contain("info");
    }

    [Fact]
    public void ReadRuleSet_UnknownMember_NamesIt()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "severities": [ { "ruleId": "IC1002", "severity": "error", "expression": "x > 1" } ]
            """));

        ex.Path.Should().StartWith("$.severities[0]");
        ex.Message.Should().Contain("'expression' is not a member");
    }

    [Fact]
    public void ReadRuleSet_MissingFormatVersion_SaysRequired()
    {
        var ex = ReadRuleSetFails("""
            { "name": "Monitoring" }
            """);

        ex.Message.Should().Contain("required").And.Contain("formatVersion");
    }

    [Fact]
    public void ReadRuleSet_BlankRuleId_NamesPath()
    {
        var ex = ReadRuleSetFails(RuleSetDocument("""
              "disabledRuleIds": [ " " ]
            """));

        ex.Path.Should().Be("$.disabledRuleIds[0]");
    }

    [Fact]
    public void ReadRuleSet_CityConceptDocument_SaysWhichKindItIs()
    {
        var ex = ReadRuleSetFails(DocumentSerializer.WriteCityConcept(TestDocuments.Concept()));

        ex.Message.Should().Contain("city concept");
    }

    private sealed class NoOpRule : ICoverageRule
    {
        public RuleDescriptor Descriptor { get; } = new(
            "X-CUSTOM",
            new IntegrationConcept.Localization.LocalizedText("Eigene Regel", "Custom rule"),
            RuleCategory.Coverage,
            Severity.Info,
            new IntegrationConcept.Localization.LocalizedText("Nichts", "Nothing"));

        public void Check(RuleContext context, FindingSink findings)
        {
        }
    }
}
