using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using IntegrationConcept.Cli.Output;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using NodaTime;
using NodaTime.Text;

namespace IntegrationConcept.Cli;

/// <summary>What check and matrix were asked for, once parsed.</summary>
internal sealed record ReportSettings(LocalDate At, string? RulesPath, LanguageTable Language, ReportFormat Format, string? Out, Severity? FailOn)
{
    /// <summary>
    /// Gets the culture reports are rendered in: the language table's own (<see cref="MessageCulture.German"/> or
    /// <see cref="MessageCulture.English"/>), which exists in every globalization mode (also with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1).
    /// </summary>
    public CultureInfo Culture => Language.Culture;
}

/// <summary>The options check and matrix share: --at, --rules, --lang, --format, --out, --fail-on.</summary>
internal sealed class ReportOptions
{
    public ReportOptions(ToolConsole console)
    {
        At = new Option<LocalDate>("--at")
        {
            Description = "The date to evaluate at, as YYYY-MM-DD, or 'today' (then the result depends on the day it runs). Required: results stay reproducible.",
            HelpName = "DATE",
            Required = true,
            CustomParser = result => ParseDate(result, console),
        };
        Rules = new Option<string?>("--rules")
        {
            Description = "A rule set document (rule-set.v1): severities, switched-off rules, rule parameters. Default: the built-in rules at their default severities.",
            HelpName = "RULESET",
        };
        Lang = LanguageOption.Create();
        Format = new Option<string>("--format", "-f")
        {
            Description = "The report format: " + string.Join(", ", ReportFormats.Names) + ". sarif writes one SARIF 2.1.0 log for all plans, for code-scanning viewers; html one self-contained web page per report; docx one Word document per report (needs --out).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "text",
        };
        Format.AcceptOnlyFromAmong(ReportFormats.Names);
        Out = new Option<string?>("--out", "-o")
        {
            Description = "Where to write: a file, or a folder (one that exists or ends with '/', or whenever several reports are written: one file per plan). Default: standard output.",
            HelpName = "FILE|DIR",
        };
        FailOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding that is not suppressed has this severity or a higher one: error, warning, info, or never.",
            HelpName = "SEVERITY",
            DefaultValueFactory = _ => "error",
        };
        FailOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
    }

    public Option<LocalDate> At { get; }

    public Option<string?> Rules { get; }

    public Option<string> Lang { get; }

    public Option<string> Format { get; }

    public Option<string?> Out { get; }

    public Option<string> FailOn { get; }

    public void AddTo(Command command)
    {
        command.Add(At);
        command.Add(Rules);
        command.Add(Lang);
        command.Add(Format);
        command.Add(Out);
        command.Add(FailOn);
    }

    public ReportSettings Read(ParseResult parse)
        => new(
            parse.GetValue(At),
            parse.GetValue(Rules),
            LanguageOption.Read(parse, Lang),
            ReportFormats.Get(parse.GetValue(Format) ?? "text"),
            parse.GetValue(Out),
            parse.GetValue(FailOn) switch
            {
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                "never" => null,
                _ => Severity.Error,
            });

    internal static LocalDate ParseDate(ArgumentResult result, ToolConsole console)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (string.Equals(text, "today", System.StringComparison.OrdinalIgnoreCase))
        {
            return console.Clock.GetCurrentInstant().InZone(console.Zone).Date;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"'{text}' is not a date for --at: write YYYY-MM-DD (such as 2014-12-31) or 'today'.");
        return default;
    }
}

/// <summary>The --lang option: the name of one of the tool's language tables (de or en).</summary>
internal static class LanguageOption
{
    /// <summary>The language tables the tool offers, the default first; a further language is one more table here.</summary>
    public static readonly LanguageTable[] Tables = [LanguageTable.German, LanguageTable.English];

    public static Option<string> Create()
    {
        var names = Array.ConvertAll(Tables, table => table.Name);
        var option = new Option<string>("--lang")
        {
            Description = "The language of reports and messages: de (German, the default) or en (English).",
            HelpName = string.Join('|', names),
            DefaultValueFactory = _ => names[0],
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    public static LanguageTable Read(ParseResult parse, Option<string> option)
        => Array.Find(Tables, table => table.Name == parse.GetValue(option)) ?? Tables[0];
}
