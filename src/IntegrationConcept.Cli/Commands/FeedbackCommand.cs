using System.Collections.Generic;
using System.CommandLine;
using IntegrationConcept.Changes;
using IntegrationConcept.Checking;
using IntegrationConcept.Cli.Output;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Changes;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Cli.Commands;

/// <summary>
/// <c>ikon feedback CONCEPT PLAN… --at DATE</c>: checks each plan and collects the deficits and potentials into a feedback
/// document (JSON format "feedback", every decision open) for the next concept version.
/// </summary>
internal static class FeedbackCommand
{
    private static readonly string[] Formats = ["json", "text", "markdown", "html"];

    public static Command Create(ToolConsole console)
    {
        var concept = new Argument<string>("CONCEPT") { Description = "The city concept document the plans are checked against." }.RejectOptions();
        var plans = new Argument<string[]>("PLAN") { Description = "One or more district plan documents.", Arity = ArgumentArity.OneOrMore }.RejectOptions();
        var at = new Option<LocalDate>("--at")
        {
            Description = "The evaluation date, as YYYY-MM-DD or 'today'. Required: results stay reproducible.",
            HelpName = "DATE",
            Required = true,
            CustomParser = result => ReportOptions.ParseDate(result, console),
        };
        var title = new Option<string?>("--title") { Description = "The feedback document's title. Default: 'Rückkopplung zur Fassung' (German) or 'Feedback on version' (--lang en) and the concept version.", HelpName = "TITLE" };
        var rules = new Option<string?>("--rules") { Description = "A rule set document. Default: the built-in rules.", HelpName = "RULESET" };
        var lang = LanguageOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "json (the feedback document, to fill in the decisions), text, markdown or html.", HelpName = "FORMAT", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o") { Description = "The file to write. Default: standard output.", HelpName = "FILE" };
        var command = new Command("feedback", "Check district plans and collect their deficits and potentials into a feedback document for the next version of the city concept: each proposal with its provenance, the findings behind it, and an open decision for the planners to fill in.")
        {
            concept, plans, at, title, rules, lang, format, output,
        };
        command.SetAction(parse =>
        {
            var settings = new ReportSettings(parse.GetValue(at), parse.GetValue(rules), LanguageOption.Read(parse, lang), ReportFormats.Get("text"), null, null);
            return Run(console, settings, parse.GetRequiredValue(concept), parse.GetRequiredValue(plans), parse.GetValue(title), parse.GetValue(format) ?? "json", parse.GetValue(output));
        });
        return command;
    }

    private static int Run(ToolConsole console, ReportSettings settings, string conceptPath, string[] planPaths, string? title, string format, string? outPath)
    {
        var inputs = ReportInputs.Read(console, settings, conceptPath, planPaths);
        if (inputs is null)
        {
            return ExitCodes.InvalidInput;
        }

        var checker = new CoverageChecker(inputs.RuleSet);
        var reports = new List<CoverageReport>(inputs.Plans.Count);
        foreach (var plan in inputs.Plans)
        {
            reports.Add(checker.Check(inputs.Concept.Value, plan.Value, settings.At));
        }

        var feedback = FeedbackDocument.Collect(title ?? DefaultTitle(settings.Language, inputs.Concept.Value.Version.Label), reports);
        var culture = settings.Culture;
        var text = format switch
        {
            "text" => ChangeText.Render(feedback, culture),
            "markdown" => ChangeMarkdown.Render(feedback, culture),
            "html" => ChangeHtml.Render(feedback, culture),
            _ => DocumentSerializer.WriteFeedback(feedback),
        };
        TextOutput.Write(console, outPath, text);
        return ExitCodes.Clean;
    }

    // The title in the report's language: German quotation marks for the German table, English ones otherwise.
    private static string DefaultTitle(LanguageTable language, string versionLabel)
        => language.BaseLanguage == Language.German
            ? "Rückkopplung zur Fassung „" + versionLabel + "“"
            : "Feedback on version “" + versionLabel + "”";
}
