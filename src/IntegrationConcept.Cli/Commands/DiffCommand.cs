using System.CommandLine;
using IntegrationConcept.Changes;
using IntegrationConcept.Checking;
using IntegrationConcept.Cli.Output;
using IntegrationConcept.Rendering.Changes;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Cli.Commands;

/// <summary>
/// <c>ikon diff CONCEPT PLAN_BEFORE PLAN_AFTER --at DATE [--at-before DATE] [--concept-after CONCEPT]</c>: checks twice and
/// writes what changed. Two plan versions: two plans, one date. One plan at two dates: the same plan twice with
/// <c>--at-before</c>. A concept update: the same plan twice with <c>--concept-after</c>.
/// </summary>
internal static class DiffCommand
{
    private static readonly string[] Formats = ["text", "markdown", "json", "html"];

    public static Command Create(ToolConsole console)
    {
        var concept = new Argument<string>("CONCEPT") { Description = "The city concept document the earlier check is made against (and the later one, unless --concept-after)." }.RejectOptions();
        var before = new Argument<string>("PLAN_BEFORE") { Description = "The district plan of the earlier check." }.RejectOptions();
        var after = new Argument<string>("PLAN_AFTER") { Description = "The district plan of the later check (the same file to compare two dates or two concept versions)." }.RejectOptions();
        var at = new Option<LocalDate>("--at")
        {
            Description = "The evaluation date of the later check, as YYYY-MM-DD or 'today'. Required: results stay reproducible.",
            HelpName = "DATE",
            Required = true,
            CustomParser = result => ReportOptions.ParseDate(result, console),
        };
        var atBefore = new Option<LocalDate?>("--at-before")
        {
            Description = "The evaluation date of the earlier check. Default: the same as --at.",
            HelpName = "DATE",
            CustomParser = result => ReportOptions.ParseDate(result, console),
        };
        var conceptAfter = new Option<string?>("--concept-after") { Description = "The city concept of the later check (an update of CONCEPT). Default: CONCEPT.", HelpName = "CONCEPT" };
        var rules = new Option<string?>("--rules") { Description = "A rule set document for both checks. Default: the built-in rules.", HelpName = "RULESET" };
        var lang = LanguageOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "The format: text, markdown, json or html (one self-contained file with a before/after chart per action field).", HelpName = "FORMAT", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o") { Description = "The file to write. Default: standard output.", HelpName = "FILE" };
        var command = new Command("diff", "Check twice and show what changed: per city goal the grade before and after, per action field and overall the change of coverage, findings that appeared and were resolved (matched by rule and element), and indicators whose light changed. Exit code 1 when a city goal got worse.")
        {
            concept, before, after, at, atBefore, conceptAfter, rules, lang, format, output,
        };
        command.SetAction(parse =>
        {
            var language = LanguageOption.Read(parse, lang);
            var date = parse.GetValue(at);
            var settings = new ReportSettings(date, parse.GetValue(rules), language, ReportFormats.Get("text"), null, null);
            return Run(
                console, settings, parse.GetValue(atBefore) ?? date, parse.GetRequiredValue(concept), parse.GetValue(conceptAfter),
                parse.GetRequiredValue(before), parse.GetRequiredValue(after), parse.GetValue(format) ?? "text", parse.GetValue(output));
        });
        return command;
    }

    private static int Run(
        ToolConsole console, ReportSettings settings, LocalDate atBefore, string conceptPath, string? conceptAfterPath,
        string beforePath, string afterPath, string format, string? outPath)
    {
        var earlier = ReportInputs.Read(console, settings, conceptPath, [beforePath]);
        var later = ReportInputs.Read(console, settings, conceptAfterPath ?? conceptPath, [afterPath]);
        if (earlier is null || later is null)
        {
            return ExitCodes.InvalidInput;
        }

        var checker = new CoverageChecker(earlier.RuleSet);
        CoverageReport first = checker.Check(earlier.Concept.Value, earlier.Plans[0].Value, atBefore);
        CoverageReport second = checker.Check(later.Concept.Value, later.Plans[0].Value, settings.At);
        var change = CoverageChange.Compare(first, second);
        var culture = settings.Culture;
        var text = format switch
        {
            "json" => ChangeJson.Render(change),
            "markdown" => ChangeMarkdown.Render(change, culture),
            "html" => ChangeHtml.Render(change, culture),
            _ => ChangeText.Render(change, culture),
        };
        TextOutput.Write(console, outPath, text);
        return change.CountGoals(GradeTransition.Worsened) > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
