using System.Globalization;
using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Rendering.Html;
using IntegrationConcept.Results;
using IntegrationConcept.Word;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>
/// Rendering one checked plan in every format: the Trier sample (12 city goals, 11 measures, 6 indicators) and a
/// generated plan of 10⁴ elements. The plain-text report is the baseline.
/// </summary>
[BenchmarkCategory("Render")]
public class RenderReportBenchmarks
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private CoverageReport? _report;
    private DistrictPlan? _plan;
    private ReportContent? _content;

    /// <summary>The input: the Trier sample, or the number of elements of a generated plan.</summary>
    [Params("Trier", "10000")]
    public string Input { get; set; } = "Trier";

    /// <summary>Reads or generates the documents and checks them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        CityConcept concept;
        if (Input == "Trier")
        {
            var data = Path.Combine(RepositoryRoot(), "samples", "TrierEhrangQuint", "data");
            concept = DocumentSerializer.ReadCityConcept(File.ReadAllText(Path.Combine(data, "trier-city-concept.json")));
            _plan = DocumentSerializer.ReadDistrictPlan(File.ReadAllText(Path.Combine(data, "ehrang-quint-district-plan.json")));
        }
        else
        {
            var data = DataSet.SinglePlan(int.Parse(Input, CultureInfo.InvariantCulture));
            concept = data.Concept;
            _plan = data.Plans[0];
        }

        // The Trier sample is evaluated at the end of phase 1, as in the sample program.
        var date = Input == "Trier" ? new NodaTime.LocalDate(2014, 12, 31) : DocumentChecks.EvaluationDate;
        _report = new CoverageChecker().Check(concept, _plan, date);
        _content = ReportContent.ForPlan(_report, _plan, German);
    }

    /// <summary>The plain-text report, content included (the same committee content as HTML and Word).</summary>
    [Benchmark(Baseline = true)]
    public string Text() => ReportText.Render(_report!, _plan!, German);

    /// <summary>The Markdown report, content included.</summary>
    [Benchmark]
    public string Markdown() => ReportMarkdown.Render(_report!, _plan!, German);

    /// <summary>Only the format-neutral content (tables, lists, chart data) the HTML and Word reports share.</summary>
    [Benchmark]
    public ReportContent Content() => ReportContent.ForPlan(_report!, _plan!, German);

    /// <summary>The self-contained HTML report, content included.</summary>
    [Benchmark]
    public string Html() => HtmlReport.Render(ReportContent.ForPlan(_report!, _plan!, German));

    /// <summary>The HTML writing alone, from content built once.</summary>
    [Benchmark]
    public string HtmlFromContent() => HtmlReport.Render(_content!);

    /// <summary>The Word document (DOCX), content included.</summary>
    [Benchmark]
    public int Docx() => WordReport.Create(ReportContent.ForPlan(_report!, _plan!, German)).Length;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationConcept.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with IntegrationConcept.sln) was not found above " + AppContext.BaseDirectory);
    }
}
