using System.Text;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Tests.Documents.Hostile;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Language;

// Reading errors in the caller's language: each hostile document read in German and in English must fail at the same
// place, the German saying it in German (a different text that still names the place), the English unchanged by the
// option. The German texts of the whole corpus are committed (messages.de.txt): the suite runs a second time with
// invariant globalization in CI, so the file also proves that German does not depend on the machine's culture data.
public sealed class ReadingErrorLanguageTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "tests", "corpus", "hostile");
    private static readonly DocumentReadOptions German = DocumentReadOptions.Default.WithCulture(MessageCulture.German);

    public static TheoryData<string, string, string, string> Entries() => HostileCorpusTests.Entries();

    [Theory]
    [MemberData(nameof(Entries))]
    public void Read_HostileFileInGerman_SaysTheSameProblemAtTheSamePlaceInGerman(string file, string kind, string path, string fragment)
    {
        _ = path;
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        var english = Catch(kind, bytes, null);
        var explicitEnglish = Catch(kind, bytes, DocumentReadOptions.Default.WithCulture(MessageCulture.English));
        var german = Catch(kind, bytes, German);

        explicitEnglish.Message.Should().Be(english.Message, "English is the default and the option does not change it");
        english.Message.Should().Contain(fragment);
        german.Message.Should().NotBeNullOrWhiteSpace().And.NotBe(english.Message).And.StartWith("Das Dokument (");
        german.Path.Should().Be(english.Path);
        german.LineNumber.Should().Be(english.LineNumber);
        german.BytePositionInLine.Should().Be(english.BytePositionInLine);
        german.DocumentKind.Should().Be(english.DocumentKind);
        german.Message.Should().Contain(english.Path!.Length > 200 ? english.Path[..200] : english.Path);
        german.Problems.Select(p => p.Path).Should().Equal(english.Problems.Select(p => p.Path));
        german.Problems.Select(p => p.Message).Should().NotIntersectWith(english.Problems.Select(p => p.Message));
        german.Problems.Should().OnlyContain(p => p.Message.Length > 0);
    }

    [Fact]
    public void Read_WholeCorpusInGerman_GivesTheCommittedTexts()
    {
        var text = new StringBuilder();
        foreach (var entry in Entries())
        {
            var (file, kind) = ((string)entry[0], (string)entry[1]);
            var error = Catch(kind, File.ReadAllBytes(Path.Combine(Folder, file)), German);
            text.Append("## ").Append(file).Append('\n').Append(error.Message).Append('\n');
        }

        var committed = Path.Combine(Folder, "messages.de.txt");
        if (Environment.GetEnvironmentVariable("IC_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(committed, text.ToString());
        }

        File.ReadAllText(committed).Should().Be(text.ToString(), "regenerate with IC_UPDATE_DOCS=1 after changing a German text on purpose");
    }

    [Fact]
    public void WithCulture_Null_Throws()
    {
        var act = () => DocumentReadOptions.Default.WithCulture(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void WithCulture_KeepsTheOtherOptions()
    {
        var options = new DocumentReadOptions(allowUnknownMembers: true, maxDepth: 7, maxDocumentBytes: 99).WithCulture(MessageCulture.German);

        options.Should().BeEquivalentTo(new { AllowUnknownMembers = true, MaxDepth = 7, MaxDocumentBytes = 99L, Culture = MessageCulture.German });
        options.WithMaxDepth(8).Culture.Should().BeSameAs(MessageCulture.German);
        DocumentReadOptions.Default.Culture.Should().BeSameAs(MessageCulture.English);
    }

    internal static DocumentFormatException Catch(string kind, byte[] bytes, DocumentReadOptions? options)
    {
        try
        {
            _ = kind switch
            {
                "concept" => DocumentSerializer.ReadCityConcept(bytes, options),
                "plan" => DocumentSerializer.ReadDistrictPlan(bytes, options),
                "ruleSet" => DocumentSerializer.ReadRuleSet(bytes, options),
                "report" => DocumentSerializer.ReadCoverageReport(bytes, options),
                "matrix" => DocumentSerializer.ReadCoverageMatrix(bytes, options),
                "feedback" => (object)DocumentSerializer.ReadFeedback(bytes, options),
                _ => throw new ArgumentException("Unknown kind " + kind, nameof(kind)),
            };
        }
        catch (DocumentFormatException ex)
        {
            return ex;
        }

        throw new InvalidOperationException($"{kind} document was read without an error.");
    }
}
