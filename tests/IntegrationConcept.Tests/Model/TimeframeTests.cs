using FluentAssertions;
using IntegrationConcept.Model;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model;

public sealed class TimeframeTests
{
    private static readonly LocalDate Start = new(2011, 9, 1);
    private static readonly LocalDate End = new(2011, 12, 15);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(50, true)]
    [InlineData(105, true)]
    [InlineData(106, false)]
    public void Contains_ClosedTimeframe_IncludesBothEnds(int daysAfterStart, bool expected)
    {
        new Timeframe(Start, End).Contains(Start.PlusDays(daysAfterStart)).Should().Be(expected);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(100_000, true)]
    public void Contains_OpenTimeframe_HasNoEnd(int daysAfterStart, bool expected)
    {
        new Timeframe(Start).Contains(Start.PlusDays(daysAfterStart)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(1, -1, true)]
    [InlineData(-1, 0, false)]
    [InlineData(0, 1, false)]
    public void IsWithin_ClosedInClosed_ComparesBothEnds(int startShift, int endShift, bool expected)
    {
        var inner = new Timeframe(Start.PlusDays(startShift), End.PlusDays(endShift));

        inner.IsWithin(new Timeframe(Start, End)).Should().Be(expected);
    }

    [Fact]
    public void IsWithin_OpenInClosed_IsFalse()
    {
        new Timeframe(Start).IsWithin(new Timeframe(Start, End)).Should().BeFalse();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void IsWithin_AnythingInOpen_DependsOnStartOnly(int startShift, bool expected)
    {
        var open = new Timeframe(Start);

        new Timeframe(Start.PlusDays(startShift), End).IsWithin(open).Should().Be(expected);
        new Timeframe(Start.PlusDays(startShift)).IsWithin(open).Should().Be(expected);
    }

    [Fact]
    public void IsWithin_Null_ThrowsArgumentNullException()
    {
        var act = () => new Timeframe(Start).IsWithin(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void IsWellFormed_EndOnOrAfterStart(int endShift, bool expected)
    {
        new Timeframe(Start, Start.PlusDays(endShift)).IsWellFormed.Should().Be(expected);
        new Timeframe(Start).IsWellFormed.Should().BeTrue();
    }

    [Fact]
    public void WithEnd_ReturnsChangedCopy()
    {
        var closed = new Timeframe(Start, End);

        var open = closed.WithEnd(null);

        open.Should().Be(new Timeframe(Start));
        open.IsOpenEnded.Should().BeTrue();
        closed.End.Should().Be(End);
    }

    [Fact]
    public void ToString_FormatsIsoDates()
    {
        new Timeframe(Start, End).ToString().Should().Be("2011-09-01..2011-12-15");
        new Timeframe(Start).ToString().Should().Be("2011-09-01..");
    }
}
