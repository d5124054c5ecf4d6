using System.Globalization;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using NodaTime;

// One city concept, several district plans: the coverage matrix shows which district has taken up
// which goal, so a district can learn from another one that already made a goal operational.
var concept = Musterstadt.Concept();
DistrictPlan[] plans = [Musterstadt.Nordstadt(), Musterstadt.Hafenviertel(), Musterstadt.Suedstadt()];

// The evaluation date is always explicit: the library never reads the wall clock.
var matrix = new CoverageChecker().CheckAll(concept, plans, new LocalDate(2025, 12, 31));

var english = args.Contains("--english");
Console.WriteLine(ReportText.Render(matrix, CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE")));

// Each district's own report is inside the matrix. Its potentials are district goals beyond the
// city concept: candidates for the concept's next update and for the other districts.
var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE");
foreach (var report in matrix.Reports)
{
    foreach (var potential in report.Feedback.Potentials)
    {
        Console.WriteLine($"{(english ? "Potential from" : "Potenzial aus")} {report.District}: {potential.DistrictGoalId} „{potential.Text}“");
    }
}

// And each district's findings, with the reasons why a rule fired. Hafenviertel's plan takes up the
// concept of 2019: IC3011 lists what changed in the update of 2024. Südstadt's plan names a version "2021"
// that the concept never had: IC3015.
foreach (var report in matrix.Reports)
{
    Console.WriteLine();
    Console.WriteLine($"{(english ? "Findings for" : "Befunde für")} {report.District} ({report.Findings.Count}):");
    foreach (var finding in report.Findings)
    {
        Console.WriteLine($"  {finding.RuleId} {finding.Message(culture)}");
        foreach (var reason in finding.RenderReasons(culture))
        {
            Console.WriteLine($"      - {reason}");
        }
    }
}
