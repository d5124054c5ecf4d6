using FluentAssertions;
using IntegrationConcept.Suggestions.Text;
using Xunit;

namespace IntegrationConcept.Suggestions.Tests;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Analyze_Compound_YieldsTheWordAndItsParts()
    {
        var terms = new TextAnalyzer([]).Analyze("Sprachförderung");

        terms.Select(t => t.Stem).Should().Equal("sprachforderung", "sprach", "forderung");
        terms.Select(t => t.Word).Should().Equal("sprachförderung", "sprach", "förderung");
    }

    [Fact]
    public void Analyze_CompoundAndItsParaphrase_ShareTheirContentStems()
    {
        var analyzer = new TextAnalyzer([]);

        var compound = analyzer.Analyze("Sprachförderung in der Kita").Select(t => t.Stem).ToHashSet();
        var paraphrase = analyzer.Analyze("Förderung der deutschen Sprache").Select(t => t.Stem).ToHashSet();

        compound.Intersect(paraphrase).Should().BeEquivalentTo("sprach", "forderung");
    }

    [Fact]
    public void Analyze_LinkingElement_LeavesTheStemsOfBothParts()
        => new TextAnalyzer([]).Analyze("Gesundheitsinformation").Select(t => t.Stem).Should()
            .Contain([GermanStemmer.Stem("gesundheit"), GermanStemmer.Stem("information")]);

    [Fact]
    public void Analyze_StopWordsAndNumbers_AreDropped()
        => new TextAnalyzer([]).Analyze("Die Kinder und der Verein im Jahr 2011 (illustrativ)").Select(t => t.Word).Should().Equal("kinder", "verein", "jahr");

    [Fact]
    public void Analyze_UnknownParts_DoNotSplit()
        => new TextAnalyzer([]).Analyze("Schnupperwoche").Select(t => t.Word).Should().Equal("schnupperwoche");

    [Fact]
    public void Analyze_DictionaryTexts_MakeTheirWordsKnownParts()
        => new TextAnalyzer(["Schnupper-Angebote und eine Woche"]).Analyze("Schnupperwoche").Select(t => t.Word).Should().Equal("schnupperwoche", "schnupper", "woche");

    [Fact]
    public void Analyze_NullOrEmpty_GivesNoTerms()
    {
        new TextAnalyzer([]).Analyze(null).Should().BeEmpty();
        new TextAnalyzer([]).Analyze("  ,; ").Should().BeEmpty();
    }
}
