using System;
using System.Globalization;
using System.IO;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Rendering.Html;
using NodaTime;

// Usage: RenderMatrix OUTPUT.html [--english]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: RenderMatrix OUTPUT.html [--english]");
    return 2;
}

var concept = Musterstadt.Concept();
DistrictPlan[] plans = [Musterstadt.Nordstadt(), Musterstadt.Hafenviertel()];
var matrix = new CoverageChecker().CheckAll(concept, plans, new LocalDate(2025, 12, 31));
var culture = CultureInfo.GetCultureInfo(Array.IndexOf(args, "--english") >= 0 ? "en-GB" : "de-DE");
File.WriteAllText(args[0], HtmlReport.Render(ReportContent.ForMatrix(matrix, culture)));
Console.WriteLine($"Matrix report written to {args[0]}");
return 0;
