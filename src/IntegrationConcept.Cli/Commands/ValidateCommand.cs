using System.CommandLine;
using System.Globalization;
using IntegrationConcept.Cli.Input;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Sarif;

namespace IntegrationConcept.Cli.Commands;

/// <summary><c>ikon validate FILE…</c>: reads each document and prints every problem of every file, compiler style.</summary>
internal static class ValidateCommand
{
    public static Command Create(ToolConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Documents of any kind (city concept, district plan, rule set, coverage report or matrix); the kind is told by each file's \"$schema\".",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptions();
        var lang = LanguageOption.Create();
        var command = new Command("validate", "Validate documents: every problem of every file on standard output as 'file(line,col): error CODE: message', then a summary line. Exit code 0 when all are valid, 2 when one is not.")
        {
            files,
            lang,
        };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(files), LanguageOption.Read(parse, lang)));
        return command;
    }

    private static int Run(ToolConsole console, string[] files, LanguageTable language)
    {
        var loader = new DocumentLoader(console, language, files.Length);
        var invalid = 0;
        foreach (var file in files)
        {
            var before = loader.Problems.Count;
            Validate(loader, file, language);
            invalid += loader.Problems.Count > before ? 1 : 0;
        }

        loader.Done();
        foreach (var problem in loader.Problems)
        {
            console.Out.WriteLine(problem.ToString());
        }

        console.Out.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            language.Text(ToolTexts.ValidateSummary),
            files.Length,
            files.Length - invalid,
            loader.Problems.Count));
        return loader.Problems.Count == 0 ? ExitCodes.Clean : ExitCodes.InvalidInput;
    }

    private static void Validate(DocumentLoader loader, string file, LanguageTable language)
    {
        if (loader.ReadBytes(file) is not { } bytes)
        {
            return;
        }

        if (DocumentKinds.Detect(bytes) is not { } kind)
        {
            var position = JsonSourceMap.Create(bytes).Locate("$.$schema");
            loader.Problems.Add(new Diagnostic(file, position, ProblemCodes.UnknownKind, language.Text(ToolTexts.UnknownKind)));
            return;
        }

        loader.Parse(file, bytes, b =>
        {
            DocumentKinds.Read(kind, b, loader.ReadOptions);
            return b;
        });
    }
}
