using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Rendering.Csv;
using IntegrationConcept.Rendering.Html;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.Documents;
using IntegrationConcept.Word;
using Xunit;
using static IntegrationConcept.Tests.Rendering.RenderingSamples;

namespace IntegrationConcept.Tests.Localization;

/// <summary>
/// The proof that the language seam is complete: the Trier sample rendered in the pseudo-locale holds no German or
/// English text of the catalogue (every catalogue text is there only pseudo-localized) and uses the pseudo-locale's
/// conventions. A renderer that writes a word of its own, or asks "is this German?", fails here.
/// </summary>
public sealed class PseudoLocaleRenderingTests
{
    // Texts of the catalogue that also occur in the sample's documents (names, quoted terms) cannot tell a leak from data.
    private static readonly Lazy<string> SampleData = new(() =>
    {
        var data = Path.Combine(RepositoryFiles.Root, "samples", "TrierEhrangQuint", "data");
        return File.ReadAllText(Path.Combine(data, "trier-city-concept.json")) + File.ReadAllText(Path.Combine(data, "ehrang-quint-district-plan.json"));
    });

    private static ReportInput Input => ReportInput.ForPlan(TrierReport(), EhrangQuint, PseudoLocale.Table.Culture);

    public static TheoryData<string> Formats => new() { "text", "markdown", "html", "csv", "sarif", "docx" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_TrierInThePseudoLocale_NoCatalogueTextLeaks(string format)
    {
        var output = Render(format);

        output.Should().Contain(PseudoLocale.Open.ToString(), "the texts come from the table");
        var leaks = SourceFragments().Where(f => output.Contains(f, StringComparison.Ordinal)).ToList();
        leaks.Should().BeEmpty($"every text of the {format} rendering must come from the language table");
    }

    [Fact]
    public void Render_TrierInThePseudoLocale_UsesItsConventions()
    {
        var text = Render("text");
        text.Should().MatchRegex(@"%\d+(·\d)?\b", "percentages follow the pattern %{0}").And.Contain("2014/12/31", "dates follow uuuu/MM/dd");
        Regex.IsMatch(text, @"\d %").Should().BeFalse("no German percentage");

        var csv = Render("csv").Split("\r\n")[0];
        csv.Split('|').Should().HaveCount(10, "the CSV separator is the table's");
        csv.Should().NotContain(";").And.NotContain(",");

        Render("html").Should().Contain("<html lang=\"qps-ploc\">");
        Render("sarif").Should().Contain("language: qps-ploc\n");
        Render("docx").Should().Contain("qps-PLOC", "Word's document language");
    }

    [Fact]
    public void Render_TrierInGermanAndEnglish_TheLeakCheckFindsTheSourceTexts()
    {
        // The check above can fail: the same search over the German and English reports finds catalogue texts.
        var german = ReportText.Render(TrierReport(), EhrangQuint, MessageCulture.German);
        var english = ReportText.Render(TrierReport(), EhrangQuint, MessageCulture.English);

        SourceFragments().Count(f => german.Contains(f, StringComparison.Ordinal)).Should().BeGreaterThan(20);
        SourceFragments().Count(f => english.Contains(f, StringComparison.Ordinal)).Should().BeGreaterThan(20);
    }

    private static string Render(string format)
    {
        var input = Input;
        switch (format)
        {
            case "text":
                return ReportText.Render(input.Report!, input.Plan!, input.Culture);
            case "markdown":
                return ReportMarkdown.Render(input.Report!, input.Plan!, input.Culture);
            case "html":
                return HtmlReport.Render(ReportContent.ForPlan(input.Report!, input.Plan!, input.Culture));
            case "sarif":
                var rules = RuleSet.Default.Rules.Select(d => new SarifRule(d.Id, d.Title, d.MessageTemplate, d.Category, RuleSet.Default.SeverityOf(d.Id), RuleSet.Default.IsEnabled(d.Id)));
                return JsonStrings(ReportSarif.Render(input.Report!, input.Culture, null, rules));
            case "docx":
                return WordXml(WordReport.Create(ReportContent.ForPlan(input.Report!, input.Plan!, input.Culture)));
            default:
                using (var stream = new MemoryStream())
                {
                    new CsvRenderer().Render(input, stream);
                    return Encoding.UTF8.GetString(stream.ToArray());
                }
        }
    }

    // Every string value of the JSON, unescaped (the writer escapes non-ASCII letters), one per line.
    private static string JsonStrings(string json)
    {
        var text = new StringBuilder();
        Collect(JsonDocument.Parse(json).RootElement);
        return text.ToString();

        void Collect(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var member in element.EnumerateObject())
                    {
                        text.Append(member.Name).Append(": ");
                        Collect(member.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
                case JsonValueKind.String:
                    text.Append(element.GetString()).Append('\n');
                    break;
            }
        }
    }

    // Every XML part of the package as text: the document, its styles and its properties.
    private static string WordXml(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd()).Append('\n');
        }

        return text.ToString();
    }

    // The German and English literal parts of every catalogue text (split at placeholders), long enough to be a
    // phrase and not found in the sample's own data.
    private static HashSet<string> SourceFragments()
    {
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in LanguageTable.Catalogue.Concat(WordReport.Texts))
        {
            foreach (var source in new[] { text.German, text.English })
            {
                foreach (var part in Regex.Split(source, @"\{\d+\}"))
                {
                    var fragment = part.Trim();
                    if (fragment.Length >= 12 && fragment.Contains(' ', StringComparison.Ordinal) && !SampleData.Value.Contains(fragment, StringComparison.Ordinal))
                    {
                        fragments.Add(fragment);
                    }
                }
            }
        }

        return fragments;
    }
}
