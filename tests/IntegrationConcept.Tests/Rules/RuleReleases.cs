using System.Globalization;
using System.Text;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Tests.Rules;

/// <summary>
/// <c>src/IntegrationConcept/Rules/RuleReleases.Shipped.md</c>, kept append-only: <see cref="Regenerate"/> adds every
/// registered rule the file lacks to the "Unreleased" section and never changes or drops a row; <see cref="Problems"/>
/// names every way an id could vanish or be reused.
/// </summary>
internal static class RuleReleases
{
    public const string UnreleasedHeading = "## Unreleased";
    public const string RemovedHeading = "### Removed rules";
    private const string TableHeader = "Rule ID | Category | Severity | Notes\n--------|----------|----------|------\n";

    /// <summary>One row of a table: the id, its category, and whether it sits in a "Removed rules" table.</summary>
    public sealed record Row(string Id, string Category, bool Removed);

    public static List<Row> Rows(string document)
    {
        var rows = new List<Row>();
        var removed = false;
        foreach (var line in document.Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                removed = line.TrimEnd() == RemovedHeading;
                continue;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length == 4 && cells[0].StartsWith("IC", StringComparison.Ordinal))
            {
                rows.Add(new Row(cells[0], cells[1], removed));
            }
        }

        return rows;
    }

    /// <summary>The document with a row appended to the "Unreleased" section for each registered rule it lacks.</summary>
    public static string Regenerate(string document)
    {
        var listed = Rows(document).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var missing = RuleCatalog.All.Where(r => !listed.Contains(r.Id)).ToList();
        if (missing.Count == 0)
        {
            return document;
        }

        var rows = new StringBuilder();
        foreach (var rule in missing)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{rule.Id} | {rule.Category} | {rule.DefaultSeverity} | {rule.Title.English}\n");
        }

        var unreleased = document.IndexOf("\n" + UnreleasedHeading, StringComparison.Ordinal);
        if (unreleased < 0)
        {
            return document.TrimEnd('\n') + "\n\n" + UnreleasedHeading + "\n\n### New rules\n\n" + TableHeader + rows;
        }

        // After the last table row of the first table of the Unreleased section ("### New rules").
        var header = document.IndexOf(TableHeader, unreleased, StringComparison.Ordinal);
        if (header < 0)
        {
            throw new InvalidOperationException($"The section '{UnreleasedHeading}' of RuleReleases.Shipped.md has no table: {TableHeader}");
        }

        var end = header + TableHeader.Length;
        while (end < document.Length && document.IndexOf('\n', end) is var next and >= 0 && document.AsSpan(end, next - end).StartsWith("IC"))
        {
            end = next + 1;
        }

        return document[..end] + rows + document[end..];
    }

    /// <summary>Every way the file lets an id vanish or be reused; empty when it holds.</summary>
    public static List<string> Problems(string document, IReadOnlyCollection<RuleDescriptor> registered)
    {
        var problems = new List<string>();
        var rows = Rows(document);
        var byId = registered.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var duplicate in rows.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key} is listed {duplicate.Count()} times: an id is never reused");
        }

        foreach (var row in rows)
        {
            var isRegistered = byId.TryGetValue(row.Id, out var rule);
            if (row.Removed && isRegistered)
            {
                problems.Add($"{row.Id} is listed as removed but a built-in rule has it again: an id is never reused");
            }
            else if (!row.Removed && !isRegistered && !rows.Any(r => r.Removed && r.Id == row.Id))
            {
                problems.Add($"{row.Id} was shipped but no built-in rule has it: list it under '{RemovedHeading}' of the release that removes it");
            }
            else if (isRegistered && row.Category != rule!.Category.ToString())
            {
                problems.Add($"{row.Id} was shipped as {row.Category} and is now {rule.Category}: an id keeps its category");
            }
        }

        foreach (var rule in registered.Where(r => !rows.Any(row => row.Id == r.Id)))
        {
            problems.Add($"{rule.Id} is not listed: run IC_UPDATE_DOCS=1 dotnet test --filter RuleDocumentationTests");
        }

        // Ids are handed out in order per category, so a row deleted by hand leaves a gap.
        foreach (var category in rows.Select(r => r.Id).Distinct().GroupBy(id => id[..3]))
        {
            var numbers = category.Select(id => int.Parse(id[3..], CultureInfo.InvariantCulture)).Order().ToList();
            for (var expected = 1; expected <= numbers[^1]; expected++)
            {
                if (!numbers.Contains(expected))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{category.Key}{expected:000} is missing between shipped ids: a shipped id never vanishes"));
                }
            }
        }

        return problems;
    }
}
