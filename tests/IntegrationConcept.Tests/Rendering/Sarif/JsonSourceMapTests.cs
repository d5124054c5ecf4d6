using System.Text;
using FluentAssertions;
using IntegrationConcept.Rendering.Sarif;
using Xunit;

namespace IntegrationConcept.Tests.Rendering.Sarif;

public sealed class JsonSourceMapTests
{
    private const string Text = "{\n  \"goals\": [\n    {\n      \"id\": \"Ä-1\", \"text\": \"x\"\n    },\n    { \"id\": \"B\" }\n  ],\n  \"odd name\": 1\n}\n";

    [Theory]
    [InlineData("$", 1, 1)]
    [InlineData("$.goals", 2, 3)]
    [InlineData("$.goals[0]", 3, 5)]
    [InlineData("$.goals[0].id", 4, 7)]
    [InlineData("$.goals[0].text", 4, 20)] // after "Ä-1", counted in UTF-16 code units, not bytes
    [InlineData("$.goals[1]", 6, 5)]
    [InlineData("$.goals[1].id", 6, 7)]
    [InlineData("$['odd name']", 8, 3)]
    public void Locate_KnownPath_GivesLineAndColumn(string path, int line, int column)
    {
        var map = JsonSourceMap.Create(Encoding.UTF8.GetBytes(Text));

        map.Locate(path).Should().Be(new JsonSourcePosition(line, column));
        map.TryLocate(path, out var exact).Should().BeTrue();
        exact.Should().Be(new JsonSourcePosition(line, column));
    }

    [Fact]
    public void Locate_MissingMember_GivesNearestAncestor()
    {
        var map = JsonSourceMap.Create(Text);

        map.TryLocate("$.goals[1].text", out _).Should().BeFalse();
        map.Locate("$.goals[1].text").Should().Be(new JsonSourcePosition(6, 5));
        map.Locate("$.nothing[4].at.all").Should().Be(new JsonSourcePosition(1, 1));
    }

    [Fact]
    public void Create_ByteOrderMark_IsNotCountedAsAColumn()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{ \"a\": 1 }")).ToArray();

        JsonSourceMap.Create(bytes).Locate("$.a").Should().Be(new JsonSourcePosition(1, 3));
    }

    [Fact]
    public void Create_BrokenJson_MapsUpToTheError()
    {
        var map = JsonSourceMap.Create("{\n  \"a\": 1,\n  \"b\": [1, \n}");

        map.Locate("$.a").Should().Be(new JsonSourcePosition(2, 3));
        map.Count.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void FromReaderPosition_ZeroBasedBytes_GivesOneBasedUtf16Column()
    {
        var map = JsonSourceMap.Create("{\n  \"ä\": x\n}");

        // Line 1 (zero-based), byte 8: the 'x' after the two-byte 'ä'.
        map.FromReaderPosition(1, 8).Should().Be(new JsonSourcePosition(2, 8));
        map.FromReaderPosition(99, 99).Line.Should().Be(3, "positions beyond the text are clamped");
    }

    [Fact]
    public void JsonSourcePosition_LineBelowOne_Throws()
    {
        var act = () => new JsonSourcePosition(0, 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
        new JsonSourcePosition(3, 4).ToString().Should().Be("(3,4)");
    }
}
