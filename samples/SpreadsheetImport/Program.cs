using System.Globalization;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Spreadsheets;
using IntegrationConcept.Suggestions;
using NodaTime;

// A district brings its measure list in from a spreadsheet, gets suggested links to the city's goals,
// a planner confirms some of them, and the coverage report shows the result. All data is illustrative.
var data = Path.Combine(AppContext.BaseDirectory, "data");
var german = CultureInfo.GetCultureInfo("de-DE");
var concept = DocumentSerializer.ReadCityConcept(File.ReadAllText(Path.Combine(data, "trier-city-concept.json")));
const string title = "Stadtteilkonzept Ehrang/Quint (aus der Maßnahmenliste, illustrativ)";
var district = new District("Ehrang/Quint", new Population(9130, 2011));
var reference = new ConceptReference(concept.Municipality.Name, concept.Version.Label);
var importer = new SpreadsheetImporter();

// 1. Import the workbook. Either a validated plan or every problem with file, sheet, row and column.
SpreadsheetImportResult<DistrictPlan> fromXlsx;
using (var workbook = File.OpenRead(Path.Combine(data, "ehrang-quint-massnahmen.xlsx")))
{
    fromXlsx = importer.ImportXlsx(workbook, "ehrang-quint-massnahmen.xlsx", title, district, reference);
}

if (!fromXlsx.Succeeded)
{
    foreach (var problem in fromXlsx.Problems)
    {
        Console.Error.WriteLine(problem.GetMessage(german));
    }

    return 1;
}

var plan = fromXlsx.Value!;
Console.WriteLine($"Eingelesen aus ehrang-quint-massnahmen.xlsx: {plan.Goals.Count} Ziele, {plan.Measures.Count} Maßnahmen, {plan.Indicators.Count} Indikator(en), {plan.Actors.Count} Akteure");

// 2. The same list exported as CSV files (one per sheet) gives the same plan.
var csvFiles = new (SheetKind Kind, string Name)[]
{
    (SheetKind.Goals, "ehrang-quint-ziele.csv"), (SheetKind.Measures, "ehrang-quint-massnahmen.csv"),
    (SheetKind.Indicators, "ehrang-quint-indikatoren.csv"), (SheetKind.Measurements, "ehrang-quint-messwerte.csv"),
};
var streams = csvFiles.Select(f => File.OpenRead(Path.Combine(data, f.Name))).ToList();
var fromCsv = importer.ImportCsv(csvFiles.Select((f, i) => new CsvFile(f.Kind, f.Name, streams[i])), title, district, reference);
streams.ForEach(s => s.Dispose());
Console.WriteLine($"Eingelesen aus den CSV-Dateien: derselbe Plan: {(Equals(fromCsv.Value, plan) ? "ja" : "nein")}");

// 3. Suggested links for the goals and measures that take up no city goal yet. They change nothing by themselves.
var suggestions = new LinkSuggester(concept).Suggest(plan);
Console.WriteLine();
Console.WriteLine($"Vorschläge für Verknüpfungen ({suggestions.Count}):");
foreach (var suggestion in suggestions)
{
    var kind = suggestion.SubjectKind == SuggestionSubjectKind.DistrictGoal ? "Ziel" : "Maßnahme";
    Console.WriteLine($"  {kind} {suggestion.SubjectId}: {Shorten(suggestion.SubjectText)}");
    if (suggestion.Candidates.Count == 0)
    {
        Console.WriteLine("    (kein Ziel des Konzepts teilt ein Wort mit diesem Text)");
    }

    foreach (var candidate in suggestion.Candidates)
    {
        Console.WriteLine(string.Create(german,
            $"    {candidate.Rank}. {candidate.GoalId} {Shorten(candidate.GoalText)} [{candidate.ActionFieldName}] Score {candidate.Score:0.00}; gemeinsame Wörter: {string.Join(", ", candidate.SharedTerms)}"));
    }
}

// 4. The planner's decision: these links are confirmed (each must be among the candidates); the rest stay open,
//    e.g. EQ-7 stays a goal of the district's own, a potential for the city concept.
var decisions = new Dictionary<string, string> { ["EQ-5"] = "BS-1", ["EQ-6"] = "AAW-2", ["M-11"] = "AAW-2" };
var confirmed = suggestions
    .Where(s => decisions.ContainsKey(s.SubjectId))
    .Select(s => s.Confirm(new ElementId<Goal>(decisions[s.SubjectId])))
    .ToList();
var linked = LinkApplier.Apply(plan, concept, confirmed);
Console.WriteLine();
Console.WriteLine($"Bestätigt und übernommen: {string.Join(", ", confirmed.Select(c => $"{c.SubjectId} → {c.GoalId}"))}");

// 5. The linked plan goes back to a workbook that reads in to the same plan.
using (var exported = new MemoryStream())
{
    new SpreadsheetExporter().WriteXlsx(linked, exported);
    exported.Position = 0;
    var again = importer.ImportXlsx(exported, "export.xlsx", title, district, reference).GetValueOrThrow();
    Console.WriteLine($"Nach XLSX exportiert und wieder eingelesen: gleich: {(again.Equals(linked) ? "ja" : "nein")}");
}

// 6. The coverage report of the linked plan, as of the end of phase 1.
Console.WriteLine();
Console.WriteLine(ReportText.Render(new CoverageChecker().Check(concept, linked, new LocalDate(2014, 12, 31)), linked, german));
return 0;

static string Shorten(string text) => text.Length <= 70 ? text : string.Concat(text.AsSpan(0, 67), "...");
