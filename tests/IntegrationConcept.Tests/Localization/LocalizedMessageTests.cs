using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Localization;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Localization;

public sealed class LocalizedMessageTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Render_ArgumentsFormattedPerCulture()
    {
        var message = new LocalizedMessage(
            new LocalizedText("Wert {0} am {1}: {2} ({3})", "value {0} on {1}: {2} ({3})"),
            new[]
            {
                MessageArgument.FromNumber(12.5m),
                MessageArgument.FromDate(new LocalDate(2014, 3, 1)),
                MessageArgument.FromLocalizedList(new[] { new LocalizedText("kein Träger", "no carrier"), new LocalizedText("kein Zeitraum", "no period") }),
                MessageArgument.FromText("M-1"),
            });

        message.Render(German).Should().Be("Wert 12,5 am 01.03.2014: kein Träger, kein Zeitraum (M-1)");
        message.Render(English).Should().Be("value 12.5 on 2014-03-01: no carrier, no period (M-1)");
    }

    [Theory]
    [InlineData("{{0}} {0}", "{0} x")]
    [InlineData("{5} {0}", "{5} x")]
    [InlineData("{0", "{0")]
    [InlineData("}{", "}{")]
    [InlineData("{a}", "{a}")]
    public void Render_MalformedOrEscapedPlaceholders_NeverThrow(string template, string expected)
        => new LocalizedMessage(new LocalizedText(template, template), new[] { MessageArgument.FromText("x") }).Render(English).Should().Be(expected);

    [Fact]
    public void Constructor_NullArgument_ThrowsNamingThePosition()
        => FluentActions.Invoking(() => new LocalizedMessage(new LocalizedText("{0} {1}", "{0} {1}"), new[] { MessageArgument.FromText("a"), null! }))
            .Should().Throw<ArgumentException>().WithMessage("*position 1*");

    [Fact]
    public void Equality_ByContent()
    {
        var a = new LocalizedMessage(new LocalizedText("a {0}", "a {0}"), new[] { MessageArgument.FromNumber(1m) });
        var b = new LocalizedMessage(new LocalizedText("a {0}", "a {0}"), new[] { MessageArgument.FromNumber(1m) });

        b.Should().Be(a);
        b.GetHashCode().Should().Be(a.GetHashCode());
        MessageArgument.FromNumber(1m).Should().NotBe(MessageArgument.FromNumber(2m));
    }
}
