using System.Globalization;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rules;
using NodaTime;

// The built-in rules plus Trier's own. A custom rule is C# code the application adds to its rule set;
// a document can never bring in code (documents are data only).
var rules = RuleSet.Default.WithCustomRule(new ChildrenMeasureNeedsSchoolOrDayCare());

// The same Trier documents as samples/TrierEhrangQuint (linked into data/ by the project file).
var data = Path.Combine(AppContext.BaseDirectory, "data");
var concept = DocumentSerializer.ReadCityConcept(File.ReadAllText(Path.Combine(data, "trier-city-concept.json")));
var plan = DocumentSerializer.ReadDistrictPlan(File.ReadAllText(Path.Combine(data, "ehrang-quint-district-plan.json")));

var report = new CoverageChecker(rules).Check(concept, plan, new LocalDate(2014, 12, 31));

// The custom rule's findings sit in the report beside the built-in ones: same id, severity, message,
// suppressible in the plan like any other rule.
var german = CultureInfo.GetCultureInfo("de-DE");
Console.WriteLine($"Eigene Regel TR0001: {report.Findings.Count(f => f.RuleId == "TR0001")} Befunde");
Console.WriteLine();
Console.WriteLine(ReportText.Render(report, plan, german));
