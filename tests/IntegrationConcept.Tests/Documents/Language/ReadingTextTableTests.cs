using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using IntegrationConcept.Localization;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Language;

// Every message a reader can give is a template in one of the text tables (static LocalizedText fields of the
// *Texts classes), so that these tests see all of them: each has a German and an English side with the same
// placeholders, and the German is not the English copied. The source scan keeps it so: a message written inline in
// a reader, converter, mapper or validator fails this test rather than slipping out in English only (the writers'
// "cannot be written" errors are programming errors, not reading errors, and stay English).
public sealed partial class ReadingTextTableTests
{
    private static readonly string[] TableTypes =
    [
        "IntegrationConcept.Documents.Json.Texts.ReadingTexts",
        "IntegrationConcept.Documents.Json.Texts.SyntaxTexts",
        "IntegrationConcept.Documents.Json.Texts.ReaderTexts",
        "IntegrationConcept.Documents.Json.Texts.ValueTexts",
        "IntegrationConcept.Documents.Json.Texts.ReportTexts",
        "IntegrationConcept.Documents.Json.Texts.MappingTexts",
        "IntegrationConcept.Model.IdTexts",
        "IntegrationConcept.Model.Validation.ModelTexts",
        "IntegrationConcept.Rules.RuleSetTexts",
    ];

    // Where reading errors are made: every file here must take its texts from the tables.
    private static readonly string[] SourceFolders = ["Documents/Json", "Model/Validation"];
    private static readonly string[] SourceFiles = ["Model/IdGrammar.cs", "Rules/RuleSet.cs"];

    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, _) in AllTemplates())
        {
            data.Add(name.Split('.')[0], name.Split('.')[1]);
        }

        return data;
    }

    [Fact]
    public void Tables_AreAllFoundAndHoldTemplates()
    {
        var namespaces = typeof(LocalizedText).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Texts", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed)
            .Where(t => t.Namespace!.StartsWith("IntegrationConcept.Documents", StringComparison.Ordinal) || t.Namespace!.StartsWith("IntegrationConcept.Model", StringComparison.Ordinal))
            .Select(t => t.FullName);

        TableTypes.Should().Contain(namespaces, "a new table of reading texts is listed here so that its templates are checked");
        AllTemplates().Should().HaveCountGreaterThan(100);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_HasGermanAndEnglishWithTheSamePlaceholders(string table, string field)
    {
        var text = AllTemplates().Single(t => t.Name == table + "." + field).Text;

        text.German.Should().NotBeNullOrWhiteSpace();
        text.English.Should().NotBeNullOrWhiteSpace();
        Placeholders(text.German).Should().BeEquivalentTo(Placeholders(text.English));
        if (Letters().IsMatch(Placeholder().Replace(text.English, string.Empty)) && !IsSameWord(text))
        {
            text.German.Should().NotBe(text.English, "the German side is a translation, not the English copied");
        }

        if (Placeholders(text.English).Any())
        {
            // A template that takes arguments is filled with string.Format: both sides must be valid format strings.
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, text.German, new object[10]);
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, text.English, new object[10]);
        }
        else
        {
            // One without is used as it is: no doubled brace, which only string.Format would undo.
            text.German.Should().NotContain("{{").And.NotContain("}}");
            text.English.Should().NotContain("{{").And.NotContain("}}");
        }
    }

    [Fact]
    public void Sources_MakeNoMessageOutsideTheTables()
    {
        var root = Path.Combine(RepositoryFiles.Root, "src", "IntegrationConcept");
        var files = SourceFolders.SelectMany(f => Directory.GetFiles(Path.Combine(root, f), "*.cs", SearchOption.AllDirectories))
            .Concat(SourceFiles.Select(f => Path.Combine(root, f)))
            .Where(f => !f.Replace('\\', '/').Contains("/Texts/", StringComparison.Ordinal) && !f.EndsWith("Texts.cs", StringComparison.Ordinal))
            .ToList();
        files.Should().HaveCountGreaterThan(40);

        var offenders = files
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line.Trim())))
            .Where(l => InlineMessage().IsMatch(l.Text) && !l.Text.Contains("cannot be written", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        offenders.Should().BeEmpty("reading errors take their German and English texts from a *Texts table");
    }

    // "null", "UTF-16", ... : words that are the same in both languages.
    private static bool IsSameWord(LocalizedText text) => text.English is "null";

    // The tables of the model hold pairs (the model sits below the localization layer); both have German and English.
    private static List<(string Name, LocalizedText Text)> AllTemplates()
    {
        var assembly = typeof(LocalizedText).Assembly;
        return TableTypes
            .Select(name => assembly.GetType(name, throwOnError: true)!)
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.FieldType == typeof(LocalizedText) || f.FieldType.Name == "TextPair")
                .Select(f => (type.Name + "." + f.Name, AsText(f.GetValue(null)!))))
            .ToList();
    }

    private static LocalizedText AsText(object value) => value as LocalizedText
        ?? new LocalizedText((string)value.GetType().GetProperty("German")!.GetValue(value)!, (string)value.GetType().GetProperty("English")!.GetValue(value)!);

    private static IEnumerable<string> Placeholders(string template)
        => Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct().Order();

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Letters();

    // A thrown JsonException or mapping/rule-set error with a literal message, or a LocalizedText written inline.
    [GeneratedRegex(@"throw new (JsonException|LocalizedJsonException)\(\$?""|new MappingException\([^,]+,\s*\$?""|new RuleSetException\([^,]+,[^,]+,\s*\$?""|new (LocalizedText|TextPair)\(""|\bnew\(""[^""]*"",\s*""")]
    private static partial Regex InlineMessage();
}
