using System.Globalization;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
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
var culture = CultureInfo.GetCultureInfo(args.Contains("--english") ? "en-GB" : "de-DE");
Console.WriteLine(args.Contains("--markdown")
    ? ReportMarkdown.Render(report, culture)
    : ReportText.Render(report, culture));

// The findings are the report's content, not a failure of the program: the exit code stays 0.
