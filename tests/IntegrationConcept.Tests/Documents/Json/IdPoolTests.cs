using System.Text.Json;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;
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

    [Theory]
    [InlineData("\"M-1\"", "M-1", true)]
    [InlineData("\"M 1\"", "M 1", true)]
    [InlineData("\"~!\"", "~!", true)]
    [InlineData("\"M\\u002D1\"", "M-1", true)]
    [InlineData("\" M-1\"", " M-1", false)]
    [InlineData("\"M-1 \"", "M-1 ", false)]
    [InlineData("\"\"", "", false)]
    [InlineData("\"M\\t1\"", "M\t1", false)]
    [InlineData("\"M\\u007F1\"", "M\u007F1", false)]
    [InlineData("\"Ä-1\"", "Ä-1", false)]
    [InlineData("\"\\u00C4-1\"", "Ä-1", false)]
    [InlineData("\"M\\u200B1\"", "M\u200B1", false)]
    public void ReadId_TellsPlainAsciiIdsApart(string json, string expected, bool plain)
    {
        var pool = IdPool.Enter();
        try
        {
            var value = ReadId(json, out var isPlain);

            value.Should().Be(expected);
            isPlain.Should().Be(plain);
            if (plain)
            {
                new ElementId<Measure>(value).Value.Should().BeSameAs(value, "a plain id is valid and its own normal form");
            }
        }
        finally
        {
            IdPool.Exit(pool);
        }
    }

    [Fact]
    public void ReadString_WithinARead_SharesNonAsciiIdsWrittenEitherWay()
    {
        var pool = IdPool.Enter();
        try
        {
            var first = ReadId("\"Ä-1\"");
            var escaped = ReadId("\"\\u00C4-1\"");
            var other = ReadId("\"Ö-1\"");
            var ascii = ReadId("\"A-1\"");

            ReferenceEquals(first, escaped).Should().BeTrue();
            first.Should().Be("Ä-1");
            other.Should().Be("Ö-1");
            ascii.Should().Be("A-1");
        }
        finally
        {
            IdPool.Exit(pool);
        }
    }

    [Fact]
    public void ReadString_ManyIds_KeepsEveryOneApartAndShared()
    {
        // Far beyond a new table's size, so that it grows several times; ids that differ only late or by case.
        var codes = Enumerable.Range(0, 20_000).Select(i => i % 2 == 0 ? $"M-{i}" : $"m-{i}-äöü").ToList();
        var pool = IdPool.Enter();
        try
        {
            var first = codes.Select(code => ReadId(Quote(code))).ToList();
            var second = codes.Select(code => ReadId(Quote(code))).ToList();

            first.Should().Equal(codes);
            first.Zip(second).Should().OnlyContain(pair => ReferenceEquals(pair.First, pair.Second));
        }
        finally
        {
            IdPool.Exit(pool);
        }
    }

    [Fact]
    public void ReadString_LongIds_AreReadWholeButNotPooled()
    {
        var code = new string('M', 200) + "-1";
        var pool = IdPool.Enter();
        try
        {
            var first = ReadId(Quote(code));
            var second = ReadId(Quote(code), out var plain);

            first.Should().Be(code);
            second.Should().Be(code);
            plain.Should().BeFalse("ids beyond the pooled length are checked as always");
        }
        finally
        {
            IdPool.Exit(pool);
        }
    }

    [Fact]
    public void ReadString_NotWellFormedUtf8_FailsLikeGetString()
    {
        byte[] json = [(byte)'"', (byte)'M', 0xC3, (byte)'"'];
        var pool = IdPool.Enter();
        try
        {
            var pooled = () => ReadBytes(json);
            var plain = () =>
            {
                var reader = new Utf8JsonReader(json);
                reader.Read();
                return reader.GetString();
            };

            var expected = plain.Should().Throw<InvalidOperationException>().Which.Message;
            pooled.Should().Throw<InvalidOperationException>().WithMessage(expected);
            pooled.Should().Throw<InvalidOperationException>("an id that failed is not held");
        }
        finally
        {
            IdPool.Exit(pool);
        }
    }

    [Fact]
    public void Exit_ForgetsTheIds_SoTheNextReadHasItsOwnStrings()
    {
        var pool = IdPool.Enter();
        string first;
        try
        {
            first = ReadId("\"M-1\"");
        }
        finally
        {
            IdPool.Exit(pool);
        }

        var next = IdPool.Enter();
        try
        {
            next.Should().NotBeNull();
            var again = ReadId("\"M-1\"");

            again.Should().Be(first);
            ReferenceEquals(first, again).Should().BeFalse("the strings of one read are not kept for the next");
        }
        finally
        {
            IdPool.Exit(next);
        }
    }

    [Fact]
    public void ReadDistrictPlan_AfterAFailedRead_SharesIdsAgain()
    {
        var json = DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint());
        var broken = json.Replace("\"goals\"", "\"goals\": 1, \"x\"", StringComparison.Ordinal);
        var failing = () => DocumentSerializer.ReadDistrictPlan(broken);
        failing.Should().Throw<DocumentFormatException>();

        var plan = DocumentSerializer.ReadDistrictPlan(json);

        plan.Should().Be(DocumentSerializer.ReadDistrictPlan(json));
        var measure = plan.Measures.First(m => m.GoalIds.Count > 0);
        ReferenceEquals(plan.Goals[measure.GoalIds[0]].Id.Value, measure.GoalIds[0].Value).Should().BeTrue();
    }

    private static string Quote(string code) => JsonSerializer.Serialize(code);

    private static string ReadId(string json) => ReadId(json, out _);

    private static string ReadId(string json, out bool plain)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return IdPool.ReadId(ref reader, out plain);
    }

    private static string ReadBytes(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return IdPool.ReadString(ref reader);
    }
}
