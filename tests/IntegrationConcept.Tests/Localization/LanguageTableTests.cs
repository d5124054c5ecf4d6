using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Word;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Localization;

public sealed class LanguageTableTests
{
    [Fact]
    public void Catalogue_HoldsEveryRuleTitleAndMessageTemplate()
    {
        var keys = LanguageTable.Catalogue.ToHashSet();

        RuleCatalog.All.Should().NotBeEmpty();
        foreach (var rule in RuleCatalog.All)
        {
            keys.Should().Contain(rule.Title, $"{rule.Id}'s title is written as a constant pair");
            keys.Should().Contain(rule.MessageTemplate, $"{rule.Id}'s message template is written as a constant pair");
        }
    }

    [Fact]
    public void Catalogue_HoldsTheTextTablesTheHelpersFill_AndTheWordFrame()
    {
        LanguageTable.Catalogue.Should().Contain(Terms.SeverityWord(Severity.Error), "Terms' T(\"…\", \"…\") helper calls are collected");
        LanguageTable.Catalogue.Should().Contain(new LocalizedText("Inhalt", "Contents"), "a static readonly field of a renderer is collected");
        WordReport.Texts.Should().Contain(new LocalizedText("Sachdarstellung", "Statement of facts"));
        LanguageTable.Catalogue.Should().OnlyHaveUniqueItems()
            .And.BeInAscendingOrder(t => t.German, StringComparer.Ordinal);
        LanguageTable.Catalogue.Should().Contain(new LocalizedText("Ziel", "Goal")).And.Contain(new LocalizedText("Ziel", "goal"), "the pair is the key: one German word, two English texts");
    }

    [Fact]
    public void MissingTexts_BuiltInAndPseudoTables_CoverEveryKey()
    {
        LanguageTable.German.MissingTexts().Should().BeEmpty();
        LanguageTable.English.MissingTexts().Should().BeEmpty();
        PseudoLocale.Table.MissingTexts().Should().BeEmpty();
        WordReport.Texts.Should().OnlyContain(t => PseudoLocale.Table.Covers(t));
    }

    [Fact]
    public void MissingTexts_TableWithoutOneKey_NamesThatKey()
    {
        var left = LanguageTable.Catalogue[LanguageTable.Catalogue.Count / 2];
        var table = PseudoLocale.Create(LanguageTable.Catalogue.Where(t => t != left));

        table.MissingTexts().Should().Equal(left);
        table.Text(left).Should().Be(left.English, "a missing key falls back to the base language");
    }

    [Fact]
    public void For_Culture_ResolvesTheOneTableOfEachCulture()
    {
        LanguageTable.For(CultureInfo.GetCultureInfo("de-AT")).Should().BeSameAs(LanguageTable.German);
        LanguageTable.For(MessageCulture.German).Should().BeSameAs(LanguageTable.German);
        LanguageTable.For(CultureInfo.GetCultureInfo("fr-FR")).Should().BeSameAs(LanguageTable.English);
        LanguageTable.For(CultureInfo.InvariantCulture).Should().BeSameAs(LanguageTable.English);
        LanguageTable.For(PseudoLocale.Table.Culture).Should().BeSameAs(PseudoLocale.Table);
        PseudoLocale.Table.Culture.Name.Should().Be(PseudoLocale.Name);
        PseudoLocale.Table.Culture.IsReadOnly.Should().BeTrue();
        MessageCulture.LanguageOf(PseudoLocale.Table.Culture).Should().Be(Language.English, "the base language");
    }

    [Fact]
    public void Culture_OfACreatedTable_FormatsWithItsConventions()
    {
        var culture = PseudoLocale.Table.Culture;

        MessageCulture.FormatNumber(1234.5m, culture).Should().Be("1234·5");
        MessageCulture.FormatPercent(66.66m, culture).Should().Be("%66·7");
        MessageCulture.FormatDate(new LocalDate(2011, 12, 13), culture).Should().Be("2011/12/13");
        new LocalizedText("Kein Schlüssel der Tabelle", "no key of the table").Get(culture).Should().Be("no key of the table", "a text outside the table falls back to English");
        Terms.SeverityWord(Severity.Error).Get(culture).Should().Be(PseudoLocale.Transform(Terms.SeverityWord(Severity.Error).English));
    }

    [Fact]
    public void BuiltInConventions_AreTheFormatsOfTheGermanAndEnglishReports()
    {
        MessageCulture.FormatPercent(66.66m, MessageCulture.German).Should().Be("66,7 %");
        MessageCulture.FormatPercent(66.66m, MessageCulture.English).Should().Be("66.7%");
        LanguageConventions.German.CsvSeparator.Should().Be(';');
        LanguageConventions.English.CsvSeparator.Should().Be(',');
        LanguageConventions.German.Currency("12.500").Should().Be("12.500 €");
        LanguageConventions.English.Currency("12,500").Should().Be("EUR 12,500");
    }

    [Theory]
    [InlineData("de", "the German table's")]
    [InlineData("DE-ch", "the German table's")]
    [InlineData(" ", "empty")]
    public void Create_BadName_Throws(string name, string why)
    {
        var act = () => LanguageTable.Create(name, PseudoLocale.Conventions, new Dictionary<LocalizedText, string>());

        act.Should().Throw<ArgumentException>(why).Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void Create_NullText_ThrowsNamingTheKey()
    {
        var act = () => LanguageTable.Create("x", PseudoLocale.Conventions, new Dictionary<LocalizedText, string> { [new LocalizedText("Ziel", "Goal")] = null! });

        act.Should().Throw<ArgumentNullException>().WithMessage("*'Ziel' / 'Goal'*");
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('a')]
    public void Conventions_CsvSeparatorThatCannotSeparate_Throws(char separator)
    {
        var act = () => new LanguageConventions("x", "x-X", NumberFormatInfo.InvariantInfo, "uuuu-MM-dd", "{0}%", "{0}", separator, "'", "'");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("csvSeparator");
    }

    [Fact]
    public void Conventions_PatternWithoutNumberOrBadDate_Throws()
    {
        var noNumber = () => new LanguageConventions("x", "x-X", NumberFormatInfo.InvariantInfo, "uuuu-MM-dd", "%", "{0}", ',', "'", "'");
        var badDate = () => new LanguageConventions("x", "x-X", NumberFormatInfo.InvariantInfo, "uuuu-MM-dd HH", "{0}%", "{0}", ',', "'", "'");

        noNumber.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("percentPattern");
        badDate.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("datePattern");
    }
}
