using FluentAssertions;
using IntegrationConcept.Documents;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Hostile;

// The committed hostile corpus (tests/corpus/hostile): each file is read through its kind's reader and must fail with
// a DocumentFormatException at the path the manifest names and with a message that says what the manifest expects.
public sealed class HostileCorpusTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "tests", "corpus", "hostile");

    public static TheoryData<string, string, string, string> Entries()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "manifest.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2], parts[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Read_HostileFile_FailsAtTheExpectedPlace(string file, string kind, string path, string fragment)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        var act = () => Read(kind, bytes);

        var error = act.Should().Throw<DocumentFormatException>().Which;
        if (path != "ANY")
        {
            error.Path.Should().Be(path);
        }

        error.Message.Should().Contain(fragment);
        error.Message.Length.Should().BeLessThan(5_000);
    }

    [Fact]
    public void Manifest_ListsEveryFileOfTheCorpus()
    {
        var listed = Entries().Select(e => (string)e[0]).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).Where(f => f is not "manifest.tsv" and not "messages.de.txt");

        files.Should().BeEquivalentTo(listed);
        listed.Count.Should().BeGreaterThan(20);
    }

    private static object Read(string kind, byte[] bytes) => kind switch
    {
        "concept" => DocumentSerializer.ReadCityConcept(bytes),
        "plan" => DocumentSerializer.ReadDistrictPlan(bytes),
        "ruleSet" => DocumentSerializer.ReadRuleSet(bytes),
        "report" => DocumentSerializer.ReadCoverageReport(bytes),
        "matrix" => DocumentSerializer.ReadCoverageMatrix(bytes),
        "feedback" => DocumentSerializer.ReadFeedback(bytes),
        _ => throw new ArgumentException("Unknown kind " + kind, nameof(kind)),
    };
}
