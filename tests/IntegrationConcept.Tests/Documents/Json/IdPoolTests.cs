using System.Text.Json;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Json;

public sealed class IdPoolTests
{
    [Fact]
    public void ReadDistrictPlan_IdAndReferences_ShareOneString()
    {
        var plan = DocumentSerializer.ReadDistrictPlan(DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint()));

        var measure = plan.Measures.First(m => m.GoalIds.Count > 0);
        var goal = plan.Goals[measure.GoalIds[0]];

        ReferenceEquals(goal.Id.Value, measure.GoalIds[0].Value).Should().BeTrue();
    }

    [Fact]
    public void ReadString_OutsideARead_ReturnsANewStringEachTime()
    {
        var first = ReadId("\"M-1\"");
        var second = ReadId("\"M-1\"");

        second.Should().Be(first);
        ReferenceEquals(first, second).Should().BeFalse();
    }

    [Fact]
    public void ReadString_WithinARead_ReturnsOneStringPerCodeAndUnescapes()
    {
        var pool = IdPool.Enter();
        try
        {
            IdPool.Enter().Should().BeNull("a nested read keeps the outer pool");
            var first = ReadId("\"M-1\"");
            var escaped = ReadId("\"M\\u002D1\"");
            var other = ReadId("\"M-2\"");

            ReferenceEquals(first, escaped).Should().BeTrue();
            other.Should().Be("M-2");
        }
        finally
        {
            IdPool.Exit(pool);
        }
    }

    private static string ReadId(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return IdPool.ReadString(ref reader);
    }
}
