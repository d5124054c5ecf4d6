using System.CommandLine;
using System.IO;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Cli.Commands;

/// <summary><c>ikon init</c>: writes a starter city concept and district plan (Trier's five action fields as the template) that validate.</summary>
internal static class InitCommand
{
    public static readonly string[] Files = ["city-concept.json", "district-plan.json"];

    public static Command Create(ToolConsole console)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write city-concept.json and district-plan.json into; created if missing. Default: the current folder.",
            HelpName = "DIR",
            DefaultValueFactory = _ => ".",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite files that exist already." };
        var lang = LanguageOption.Create();
        var command = new Command("init", "Write a starter city concept and district plan to edit: the five action fields of Trier's integration concept, two principles, a goal per action field, and a district plan with one goal, measure, carrier and indicator. Both validate; check them with 'ikon check city-concept.json district-plan.json --at today'.")
        {
            output,
            force,
            lang,
        };
        command.SetAction(parse => Run(console, parse.GetValue(output) ?? ".", parse.GetValue(force), LanguageOption.Read(parse, lang)));
        return command;
    }

    private static int Run(ToolConsole console, string outPath, bool force, LanguageTable language)
    {
        var folder = console.FullPath(outPath);
        foreach (var file in Files)
        {
            var target = Path.Combine(folder, file);
            if (!force && File.Exists(target))
            {
                throw ToolException.Input(Path.Combine(outPath, file) + ": " + language.Text(ToolTexts.Exists));
            }
        }

        try
        {
            Directory.CreateDirectory(folder);
            foreach (var file in Files)
            {
                using var template = typeof(InitCommand).Assembly.GetManifestResourceStream("IntegrationConcept.Cli.Templates." + file)
                    ?? throw new System.InvalidOperationException($"The template {file} is missing from the tool.");
                using var target = File.Create(Path.Combine(folder, file));
                template.CopyTo(target);
                console.Out.WriteLine(language.Text(ToolTexts.Written) + " " + Path.Combine(outPath, file));
            }
        }
        catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException)
        {
            throw ToolException.Input($"Cannot write into '{outPath}': {ex.Message}", ex);
        }

        return ExitCodes.Clean;
    }
}
