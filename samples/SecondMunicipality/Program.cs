using System.Globalization;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Reporting;
using NodaTime;

// One city concept, several district plans: the coverage matrix shows which district has taken up
// which goal, so a district can learn from another one that already made a goal operational.
var concept = Musterstadt.Concept();
DistrictPlan[] plans = [Musterstadt.Nordstadt(), Musterstadt.Hafenviertel()];

// The evaluation date is always explicit: the library never reads the wall clock.
var matrix = new CoverageChecker().CheckAll(concept, plans, new LocalDate(2025, 12, 31));

var culture = CultureInfo.GetCultureInfo(args.Contains("--english") ? "en-GB" : "de-DE");
Console.WriteLine(ReportText.Render(matrix, culture));
