using FluentAssertions;
using IntegrationConcept.Suggestions.Text;
using Xunit;

namespace IntegrationConcept.Suggestions.Tests;

public sealed class GermanStemmerTests
{
    [Theory]
    [InlineData("sprache", "sprach")]
    [InlineData("sprachen", "sprach")]
    [InlineData("förderung", "forderung")]
    [InlineData("kindern", "kind")]
    [InlineData("kinder", "kind")]
    [InlineData("verein", "verei")]
    [InlineData("vereinen", "verei")]
    [InlineData("schule", "schul")]
    [InlineData("schulen", "schul")]
    [InlineData("ausbildung", "ausbildung")]
    [InlineData("straße", "strass")]
    public void Stem_InflectedForms_ShareTheirStem(string word, string stem)
        => GermanStemmer.Stem(word).Should().Be(stem);

    [Fact]
    public void Stem_ShortWordsAndEmpty_StayAsTheyAre()
    {
        GermanStemmer.Stem(string.Empty).Should().BeEmpty();
        GermanStemmer.Stem("kita").Should().Be("kita");
    }

    [Fact]
    public void Stem_DoubledLetters_AreKept()
        => GermanStemmer.Stem("gemeinschaft").Should().Be(GermanStemmer.Stem("gemeinschaften"));
}
