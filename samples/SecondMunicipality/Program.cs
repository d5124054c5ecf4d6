using System.Globalization;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using NodaTime;

// One city concept, several district plans: the coverage matrix shows which district has taken up
// which goal, so a district can learn from another one that already made a goal operational.
var concept = Musterstadt.Concept();
DistrictPlan[] plans = [Musterstadt.Nordstadt(), Musterstadt.Hafenviertel()];

// The evaluation date is always explicit: the library never reads the wall clock.
var matrix = new CoverageChecker().CheckAll(concept, plans, new LocalDate(2025, 12, 31));

var english = args.Contains("--english");
Console.WriteLine(ReportText.Render(matrix, CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE")));

// Each district's own report is inside the matrix. Its potentials are district goals beyond the
// city concept: candidates for the concept's next update and for the other districts.
foreach (var report in matrix.Reports)
{
    foreach (var potential in report.Feedback.Potentials)
    {
        Console.WriteLine($"{(english ? "Potential from" : "Potenzial aus")} {report.District}: {potential.DistrictGoalId} „{potential.Text}“");
    }
}
