using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering;
using IntegrationConcept.Tests.Rendering;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Localization;

/// <summary>
/// German output must not depend on what the operating system knows about German: under
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> "de-DE" either does not exist or carries invariant data
/// (a decimal point). CI runs the whole suite a second time in that mode; these tests pin the pieces.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    [Fact]
    public void German_IsAReadOnlyGermanCultureWithTheLibrarysFormats()
    {
        var german = MessageCulture.German;

        german.Name.Should().Be("de");
        german.IsReadOnly.Should().BeTrue();
        MessageCulture.LanguageOf(german).Should().Be(Language.German);
        MessageCulture.FormatNumber(-1234.5m, german).Should().Be("-1234,5");
        MessageCulture.FormatPercent(33.333m, german).Should().Be("33,3 %");
        MessageCulture.FormatDate(new LocalDate(2011, 12, 13), german).Should().Be("13.12.2011");
        1234.5m.ToString("N1", german).Should().Be("1.234,5");
        new DateTime(2011, 12, 13).ToString("D", german).Should().Be("Dienstag, 13. Dezember 2011");
        new DateTime(2011, 3, 1).ToString("d", german).Should().Be("01.03.2011");
    }

    [Fact]
    public void German_FormatsCannotBeReplaced()
    {
        FluentActions.Invoking(() => MessageCulture.German.NumberFormat = NumberFormatInfo.InvariantInfo).Should().Throw<InvalidOperationException>();
        MessageCulture.German.NumberFormat.IsReadOnly.Should().BeTrue();
        MessageCulture.German.DateTimeFormat.IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void English_IsTheInvariantCulture()
    {
        MessageCulture.English.Should().BeSameAs(CultureInfo.InvariantCulture);
        MessageCulture.LanguageOf(MessageCulture.English).Should().Be(Language.English);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("de-CH")]
    [InlineData("de")]
    public void FormatNumber_GermanCultureWithInvariantData_StillWritesTheDecimalComma(string name)
    {
        // What invariant globalization gives for "de-DE" when named cultures are allowed: invariant data under a German name.
        var culture = WithInvariantData(name);

        MessageCulture.FormatNumber(12.5m, culture).Should().Be("12,5");
        MessageCulture.FormatPercent(66.666m, culture).Should().Be("66,7 %");
        MessageCulture.FormatDate(new LocalDate(2014, 12, 31), culture).Should().Be("31.12.2014");
    }

    [Fact]
    public void FormatNumber_GermanCultureWithAnOddMinusSign_WritesTheLibrarysMinus()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("de-DE").Clone();
        culture.NumberFormat.NegativeSign = "\u2212";

        MessageCulture.FormatNumber(-3m, culture).Should().Be("-3");
    }

    [Fact]
    public void Render_Report_IsTheSameWithTheBuiltInGermanAndWithGermanCulturesOfAnyData()
    {
        var report = RenderingSamples.TrierReport();
        var plan = RenderingSamples.EhrangQuint;
        var expected = ReportText.Render(report, plan, MessageCulture.German);

        expected.Should().Contain("50\u00A0%").And.Contain("31.12.2014").And.Contain("1.240,50\u00A0€");
        ReportText.Render(report, plan, CultureInfo.GetCultureInfo("de-DE")).Should().Be(expected);
        ReportText.Render(report, plan, WithInvariantData("de-DE")).Should().Be(expected);
        ReportMarkdown.Render(report, plan, WithInvariantData("de-AT")).Should().Be(ReportMarkdown.Render(report, plan, MessageCulture.German));
    }

    [Fact]
    public void WriteCoverageReport_GermanMessages_AreTheSameBytesWhateverTheThreadCulture()
    {
        var report = ReportTextTests.Report();
        var expected = DocumentSerializer.WriteCoverageReportToUtf8Bytes(report);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = WithInvariantData("de-DE");
            DocumentSerializer.WriteCoverageReportToUtf8Bytes(report).Should().Equal(expected);
            DocumentSerializer.ReadCoverageReport(expected).Should().Be(report);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static CultureInfo WithInvariantData(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.NumberFormat = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        culture.DateTimeFormat = (DateTimeFormatInfo)CultureInfo.InvariantCulture.DateTimeFormat.Clone();
        return culture;
    }
}
