using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Tests.Documents;
using NodaTime;

namespace IntegrationConcept.Tests.Rendering;

/// <summary>The Trier sample's documents and report, and an HTML5 parser that records every parse error.</summary>
internal static class RenderingSamples
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly LocalDate TrierDate = new(2014, 12, 31);

    private static readonly Lazy<(CityConcept Concept, DistrictPlan Plan)> TrierDocuments = new(() =>
    {
        var data = Path.Combine(RepositoryFiles.Root, "samples", "TrierEhrangQuint", "data");
        return (DocumentSerializer.ReadCityConcept(File.ReadAllText(Path.Combine(data, "trier-city-concept.json"))),
            DocumentSerializer.ReadDistrictPlan(File.ReadAllText(Path.Combine(data, "ehrang-quint-district-plan.json"))));
    });

    public static CityConcept TrierConcept => TrierDocuments.Value.Concept;

    public static DistrictPlan EhrangQuint => TrierDocuments.Value.Plan;

    public static CoverageReport TrierReport() => new CoverageChecker().Check(TrierConcept, EhrangQuint, TrierDate);

    /// <summary>Parses an HTML document as a browser would and returns it with the parse errors (none for well-formed HTML5).</summary>
    public static (IHtmlDocument Document, List<string> Errors) Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position.Line}:{error.Position.Column} {error.Message}" : e.ToString() ?? "error");
        var document = parser.ParseDocument(html);
        return (document, errors);
    }

    /// <summary>The text of everything before the technical appendix (the part a committee reads).</summary>
    public static string MainText(IDocument document)
    {
        var text = new System.Text.StringBuilder();
        foreach (var element in document.QuerySelectorAll("main > header, main > section"))
        {
            if (element.Id == "anhang" || element.GetAttribute("aria-labelledby") == "anhang")
            {
                break;
            }

            text.Append(element.TextContent).Append('\n');
        }

        return text.ToString();
    }
}
