using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Localization;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Localization;

public sealed class MessageCultureTests
{
    [Theory]
    [InlineData("de", Language.German)]
    [InlineData("de-DE", Language.German)]
    [InlineData("de-AT", Language.German)]
    [InlineData("en-GB", Language.English)]
    [InlineData("fr-FR", Language.English)]
    [InlineData("", Language.English)]
    public void LanguageOf_Culture_GermanOnlyForDe(string name, Language expected)
        => MessageCulture.LanguageOf(CultureInfo.GetCultureInfo(name)).Should().Be(expected);

    [Fact]
    public void LanguageOf_IgnoresTheThreadCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            new LocalizedText("Hallo", "Hello").Get(CultureInfo.InvariantCulture).Should().Be("Hello");
            MessageCulture.FormatNumber(1.5m, CultureInfo.InvariantCulture).Should().Be("1.5");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("de-DE", "1234,5")]
    [InlineData("de", "1234,5")]
    [InlineData("en-GB", "1234.5")]
    public void FormatNumber_DecimalSeparatorPerCulture(string culture, string expected)
        => MessageCulture.FormatNumber(1234.50m, CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Theory]
    [InlineData("de-DE", "33,3 %")]
    [InlineData("en-US", "33.3%")]
    public void FormatPercent_OneDecimal(string culture, string expected)
        => MessageCulture.FormatPercent(33.333m, CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Theory]
    [InlineData("de-DE", "13.12.2011")]
    [InlineData("en-GB", "2011-12-13")]
    [InlineData("en-US", "2011-12-13")]
    public void FormatDate_GermanOrIso(string culture, string expected)
        => MessageCulture.FormatDate(new LocalDate(2011, 12, 13), CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Fact]
    public void LanguageOf_Null_Throws()
        => FluentActions.Invoking(() => MessageCulture.LanguageOf(null!)).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("es-ES")]
    public void FormatPercent_NonGermanCultureWithDecimalComma_WritesEnglishNumbers(string culture)
    {
        MessageCulture.FormatPercent(50m, CultureInfo.GetCultureInfo(culture)).Should().Be("50.0%");
        MessageCulture.FormatNumber(1.5m, CultureInfo.GetCultureInfo(culture)).Should().Be("1.5");
    }
}
