using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Html;
#if !NO_WORD
using IntegrationConcept.Word;
#endif
using NodaTime;

// The documents are data a planner edits, not code: they sit in data/ beside the sample and are
// copied next to the program when it is built.
var data = Path.Combine(AppContext.BaseDirectory, "data");
var concept = DocumentSerializer.ReadCityConcept(File.ReadAllText(Path.Combine(data, "trier-city-concept.json")));
var plan = DocumentSerializer.ReadDistrictPlan(File.ReadAllText(Path.Combine(data, "ehrang-quint-district-plan.json")));

// Phase 1 of Trier's concept was evaluated in 2014: check the district plan as of the end of that year.
// The date is always explicit; the library never reads the clock.
var report = new CoverageChecker().Check(concept, plan, new LocalDate(2014, 12, 31));

// German is the domain's working language; --english and --markdown show the other renderings.
// MessageCulture.German works everywhere, also where the system has no German culture (invariant globalization in
// containers and Native AOT apps, see ../AotConsumer); CultureInfo.GetCultureInfo("de-DE") gives the same report elsewhere.
var culture = args.Contains("--english") ? MessageCulture.English : MessageCulture.German;

// Every format is an IReportRenderer over the same input: the report, the plan it is about, and the culture.
var input = ReportInput.ForPlan(report, plan, culture);
TextContentRenderer console = args.Contains("--markdown") ? new MarkdownRenderer() : new TextRenderer();
Console.WriteLine(console.RenderToString(input));

// --html FILE writes the committee report as one self-contained HTML file (charts included, prints to A4).
if (OptionValue("--html") is { } htmlFile)
{
    Save(new HtmlRenderer(), htmlFile);
}

#if !NO_WORD
// --docx FILE writes the same report as a Word document shaped like a council submission (Vorlage). The Word
// package is separate from the core; ../AotConsumer compiles this file against the core package alone (NO_WORD).
if (OptionValue("--docx") is { } docxFile)
{
    Save(new WordRenderer(), docxFile);
}
#endif

// The findings are the report's content, not a failure of the program: the exit code stays 0.

// Writes the report in one format into a file.
void Save(IReportRenderer renderer, string path)
{
    using var file = File.Create(path);
    renderer.Render(input, file);
    Console.Error.WriteLine($"Report ({renderer.FormatName}) written to {path}");
}

// The value after an option such as "--html bericht.html", or null when the option is absent.
string? OptionValue(string option)
{
    var at = Array.IndexOf(args, option);
    if (at < 0)
    {
        return null;
    }

    if (at + 1 >= args.Length || args[at + 1].StartsWith("--", StringComparison.Ordinal))
    {
        Console.Error.WriteLine($"{option} needs a file name, e.g. {option} report-file");
        Environment.Exit(2);
    }

    return args[at + 1];
}
