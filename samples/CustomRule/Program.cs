using System.Globalization;
using IntegrationConcept.Checking;
using IntegrationConcept.Reporting;
using IntegrationConcept.Rules;
using NodaTime;

// The built-in rules plus Trier's own: custom rules are C# code the application adds,
// never something a document could bring in (documents are data only).
var rules = RuleSet.Default.WithCustomRule(new ChildrenMeasureNeedsSchoolOrDayCare());

var concept = TrierData.Concept();
var plan = TrierData.Plan();
var report = new CoverageChecker(rules).Check(concept, plan, new LocalDate(2014, 12, 31));

// The custom rule's findings sit in the report beside the built-in ones, with the same id, severity and message.
var german = CultureInfo.GetCultureInfo("de-DE");
Console.WriteLine($"Eigene Regel TR0001: {report.Findings.Count(f => f.RuleId == "TR0001")} Befunde");
Console.WriteLine();
Console.WriteLine(ReportText.Render(report, german));
