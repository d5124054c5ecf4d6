using System.Globalization;
using IntegrationConcept.Suggestions;
using IntegrationConcept.Suggestions.Evaluation;

// Precision@1 and recall@3 of the suggested links on the labelled set in data/, against plain word overlap.
//   dotnet run -c Release --project benchmarks/IntegrationConcept.Suggestions.Evaluation
//   ... -- --require-better   exits 1 unless the suggester's precision@1 beats the baseline's (CI)
//   ... -- --misses           also lists the items whose first suggestion is wrong
var data = Path.Combine(AppContext.BaseDirectory, "data");
var concept = EvaluationData.ReadConcept(Path.Combine(data, "evaluation-city-goals.tsv"));
var items = EvaluationData.ReadItems(Path.Combine(data, "evaluation-set.tsv"));
var suggester = new LinkSuggester(concept);
var baseline = new WordOverlapBaseline(concept);

var results = items.Select(item => (
    Item: item,
    Suggested: suggester.SuggestFor(item.Text).Select(c => c.GoalId.Value).ToList(),
    Baseline: baseline.Rank(item.Text, 3))).ToList();

static string Pct(int hits, int total) => (100.0 * hits / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

void Row(string label, IReadOnlyCollection<(LabelledItem Item, List<string> Suggested, List<string> Baseline)> set)
{
    int P1(Func<(LabelledItem Item, List<string> Suggested, List<string> Baseline), List<string>> ranks)
        => set.Count(r => ranks(r).Count > 0 && ranks(r)[0] == r.Item.ExpectedGoalId);
    int R3(Func<(LabelledItem Item, List<string> Suggested, List<string> Baseline), List<string>> ranks)
        => set.Count(r => ranks(r).Take(3).Contains(r.Item.ExpectedGoalId));
    Console.WriteLine($"| {label} | {set.Count} | {Pct(P1(r => r.Suggested), set.Count)} | {Pct(R3(r => r.Suggested), set.Count)} | {Pct(P1(r => r.Baseline), set.Count)} | {Pct(R3(r => r.Baseline), set.Count)} |");
}

Console.WriteLine($"Suggested links: {items.Count} labelled pairs, {concept.Goals.Count} city goals in {concept.ActionFields.Count} action fields");
Console.WriteLine();
Console.WriteLine("| Items | n | Suggester P@1 | Suggester R@3 | Word overlap P@1 | Word overlap R@3 |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
Row("all", results);
foreach (var group in results.GroupBy(r => r.Item.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Row("source: " + group.Key, group.ToList());
}

foreach (var group in results.GroupBy(r => r.Item.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Row("kind: " + group.Key, group.ToList());
}

if (args.Contains("--misses"))
{
    Console.WriteLine();
    foreach (var r in results.Where(r => r.Suggested.Count == 0 || r.Suggested[0] != r.Item.ExpectedGoalId))
    {
        Console.WriteLine($"miss [{r.Item.Source}] {r.Item.Text} → expected {r.Item.ExpectedGoalId}, got {string.Join(", ", r.Suggested)}");
    }
}

var suggesterP1 = results.Count(r => r.Suggested.Count > 0 && r.Suggested[0] == r.Item.ExpectedGoalId);
var baselineP1 = results.Count(r => r.Baseline.Count > 0 && r.Baseline[0] == r.Item.ExpectedGoalId);
if (args.Contains("--require-better") && suggesterP1 <= baselineP1)
{
    Console.Error.WriteLine($"The suggester's precision@1 ({suggesterP1}) does not beat the word-overlap baseline ({baselineP1}).");
    return 1;
}

return 0;
