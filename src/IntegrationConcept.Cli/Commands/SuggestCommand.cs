using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntegrationConcept.Cli.Input;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Suggestions;

namespace IntegrationConcept.Cli.Commands;

/// <summary>
/// <c>ikon suggest CONCEPT PLAN</c>: for every district goal and measure that refines no city goal, the city goals it most
/// likely belongs to, by German text similarity, with score and shared terms. Changes nothing: a planner confirms.
/// </summary>
internal static class SuggestCommand
{
    public static Command Create(ToolConsole console)
    {
        var concept = new Argument<string>("CONCEPT") { Description = "The city concept document." }.RejectOptions();
        var plan = new Argument<string>("PLAN") { Description = "The district plan document." }.RejectOptions();
        var top = new Option<int>("--top") { Description = "How many city goals to suggest for each district goal or measure (1 to 10).", HelpName = "N", DefaultValueFactory = _ => SuggestionOptions.DefaultMaxCandidates };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10)
            {
                result.AddError("--top must be between 1 and 10.");
            }
        });
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json.", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var lang = LanguageOption.Create();
        var command = new Command("suggest", "Suggest links for the district goals and measures that refine no city goal: the most likely city goals by German text similarity (stemming, compound splitting, BM25), each with its score and the shared terms. Nothing is changed; confirm a link by adding it to the plan.")
        {
            concept, plan, top, format, lang,
        };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(concept), parse.GetRequiredValue(plan), parse.GetValue(top), parse.GetValue(format) == "json", LanguageOption.Read(parse, lang)));
        return command;
    }

    private static int Run(ToolConsole console, string conceptPath, string planPath, int top, bool json, LanguageTable language)
    {
        var loader = new DocumentLoader(console, language, 2);
        var concept = loader.Load(conceptPath, bytes => DocumentSerializer.ReadCityConcept(bytes, loader.ReadOptions));
        var plan = loader.Load(planPath, bytes => DocumentSerializer.ReadDistrictPlan(bytes, loader.ReadOptions));
        if (loader.ReportProblems() != ExitCodes.Clean || concept is null || plan is null)
        {
            return ExitCodes.InvalidInput;
        }

        var suggestions = new LinkSuggester(concept.Value, SuggestionOptions.Default.WithMaxCandidates(top)).Suggest(plan.Value);
        if (json)
        {
            console.Out.Write(Json(suggestions));
        }
        else
        {
            Text(console.Out, suggestions, language);
        }

        console.Out.Flush();
        return ExitCodes.Clean;
    }

    private static void Text(TextWriter output, ValueList<LinkSuggestion> suggestions, LanguageTable language)
    {
        if (suggestions.Count == 0)
        {
            output.WriteLine(language.Text(ToolTexts.NothingToSuggest));
            return;
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, language.Text(ToolTexts.SuggestionsFor), suggestions.Count));
        foreach (var suggestion in suggestions)
        {
            var kind = language.Text(suggestion.SubjectKind == SuggestionSubjectKind.DistrictGoal ? ToolTexts.SuggestedGoal : ToolTexts.SuggestedMeasure);
            output.WriteLine();
            output.WriteLine($"{kind} {suggestion.SubjectId}: {suggestion.SubjectText}");
            if (suggestion.Candidates.Count == 0)
            {
                output.WriteLine(language.Text(ToolTexts.NoSharedWord));
            }

            foreach (var candidate in suggestion.Candidates)
            {
                output.WriteLine(string.Create(language.Culture, $"  {candidate.Rank}. {candidate.GoalId.Value} ({candidate.ActionFieldName}), Score {candidate.Score:0.00}: {candidate.GoalText}"));
                output.WriteLine(language.Text(ToolTexts.SharedTerms) + string.Join(", ", candidate.SharedTerms));
            }
        }
    }

    private static string Json(ValueList<LinkSuggestion> suggestions)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("suggestions");
            foreach (var suggestion in suggestions)
            {
                writer.WriteStartObject();
                writer.WriteString("subjectKind", suggestion.SubjectKind == SuggestionSubjectKind.DistrictGoal ? "districtGoal" : "measure");
                writer.WriteString("subjectId", suggestion.SubjectId);
                writer.WriteString("subjectText", suggestion.SubjectText);
                writer.WriteStartArray("candidates");
                foreach (var candidate in suggestion.Candidates)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("rank", candidate.Rank);
                    writer.WriteString("goalId", candidate.GoalId.Value);
                    writer.WriteString("goalText", candidate.GoalText);
                    writer.WriteString("actionFieldId", candidate.ActionFieldId.Value);
                    writer.WriteString("actionFieldName", candidate.ActionFieldName);
                    writer.WriteNumber("score", Math.Round(candidate.Score, 4));
                    writer.WriteStartArray("sharedTerms");
                    foreach (var term in candidate.SharedTerms)
                    {
                        writer.WriteStringValue(term);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
