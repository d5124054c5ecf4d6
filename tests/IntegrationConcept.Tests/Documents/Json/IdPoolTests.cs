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

    [Fact]
    public void ReadString_BeyondTheTableSize_ReadsPlainStringsAndKeepsTheTableForTheNextRead()
    {
        var pool = IdPool.Enter();
        string first;
        try
        {
            first = ReadId("\"G-0\"");
            for (var i = 1; i < IdPool.MaxCount; i++)
            {
                ReadId($"\"G-{i}\"");
            }

            var late = ReadId("\"X-1\"");
            var lateAgain = ReadId("\"X-1\"");
            var firstAgain = ReadId("\"G-0\"");

            lateAgain.Should().Be("X-1");
            ReferenceEquals(late, lateAgain).Should().BeFalse("codes beyond the table's size are not pooled");
            ReferenceEquals(first, firstAgain).Should().BeTrue("the first codes stay pooled");
        }
        finally
        {
            IdPool.Exit(pool);
        }

        var next = IdPool.Enter();
        try
        {
            next.Should().BeSameAs(pool, "a full table is kept for the thread's next read");
            var again = ReadId("\"G-0\"");
            ReferenceEquals(again, first).Should().BeFalse("the next read starts with an empty table");
            ReferenceEquals(ReadId("\"G-0\""), again).Should().BeTrue();
        }
        finally
        {
            IdPool.Exit(next);
        }
    }

    private static string ReadId(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return IdPool.ReadString(ref reader);
    }
}
