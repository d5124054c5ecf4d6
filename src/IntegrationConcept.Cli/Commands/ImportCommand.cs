using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using IntegrationConcept.Cli.Import;
using IntegrationConcept.Cli.Input;
using IntegrationConcept.Cli.Output;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Spreadsheets;

namespace IntegrationConcept.Cli.Commands;

/// <summary>
/// <c>ikon import plan|concept FILE…</c>: reads a district plan or a city concept from an XLSX workbook or CSV files and
/// writes it as a JSON document; every problem with file, sheet, row and column, and no document when there is one.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(ToolConsole console)
    {
        var kind = new Argument<string>("KIND") { Description = "What the spreadsheet holds: plan (a district plan: goals, measures, indicators, measurements, actors) or concept (a city concept: action fields, goals, principles)." };
        kind.AcceptOnlyFromAmong("plan", "concept");
        var files = new Argument<string[]>("FILE")
        {
            Description = "One XLSX workbook (one sheet per kind, named as in the mapping), or CSV files, each as KIND=FILE or with the sheet's name in the file name (ehrang-quint-massnahmen.csv holds the sheet \"Maßnahmen\"). CSV is UTF-8, or Windows-1252 as German Excel saves it.",
            Arity = ArgumentArity.OneOrMore,
        }.RejectOptions();
        var mapping = new Option<string?>("--mapping") { Description = "A mapping document (spreadsheet-mapping.v1 JSON): other sheet names, column headers, number format. Default: the German names (\"Maßnahme\", \"Träger\", \"Beginn\", ...).", HelpName = "FILE" };
        var district = new Option<string?>("--district") { Description = "plan: the district's name. Required for plan.", HelpName = "NAME" };
        var concept = new Option<string?>("--concept") { Description = "plan: the city concept document the plan takes up (its municipality and edition are named in the plan). Required for plan.", HelpName = "CONCEPT" };
        var municipality = new Option<string?>("--municipality") { Description = "concept: the municipality's name. Required for concept.", HelpName = "NAME" };
        var edition = new Option<string?>("--edition") { Description = "concept: the label of the concept's edition, such as \"Beschluss 2011\". Default: \"Entwurf\" (a draft).", HelpName = "LABEL" };
        var title = new Option<string?>("--title") { Description = "The document's title. Default: \"Stadtteilkonzept DISTRICT\" or \"Integrationskonzept MUNICIPALITY\".", HelpName = "TITLE" };
        var output = new Option<string?>("--out", "-o") { Description = "The JSON file to write. Default: standard output.", HelpName = "FILE" };
        var lang = LanguageOption.Create();
        var command = new Command("import", "Import a district plan or a city concept from a spreadsheet (XLSX or CSV) and write it as a JSON document (the current format). Every problem is printed with file, sheet, row and column; then nothing is written and the exit code is 2.")
        {
            kind, files, mapping, district, concept, municipality, edition, title, output, lang,
        };
        command.SetAction(parse =>
        {
            var settings = new ImportSettings(
                parse.GetRequiredValue(kind) == "concept",
                parse.GetRequiredValue(files),
                parse.GetValue(mapping),
                parse.GetValue(district),
                parse.GetValue(concept),
                parse.GetValue(municipality),
                parse.GetValue(edition),
                parse.GetValue(title),
                parse.GetValue(output),
                LanguageOption.Read(parse, lang));
            return Run(console, settings);
        });
        return command;
    }

    private static int Run(ToolConsole console, ImportSettings settings)
    {
        var mapping = ReadMapping(console, settings.MappingPath);
        var importer = new SpreadsheetImporter(mapping);
        var kinds = settings.IsConcept
            ? new[] { SheetKind.ActionFields, SheetKind.CityGoals, SheetKind.Principles }
            : new[] { SheetKind.Goals, SheetKind.Measures, SheetKind.Indicators, SheetKind.Measurements, SheetKind.Actors };
        var inputs = SpreadsheetInput.Parse(settings.Files, kinds, mapping);
        byte[] json;
        ValueList<SpreadsheetProblem> problems;
        if (settings.IsConcept)
        {
            var name = settings.Municipality ?? throw ToolException.Usage("import concept needs --municipality NAME.");
            var version = new ConceptVersion(settings.Edition ?? "Entwurf", ConceptStatus.Draft);
            var result = Open(console, inputs, streams => inputs[0].IsWorkbook
                ? importer.ImportConceptXlsx(streams[0], Path.GetFileName(inputs[0].Path), settings.Title ?? "Integrationskonzept " + name, new Municipality(name), version)
                : importer.ImportConceptCsv(Csv(inputs, streams), settings.Title ?? "Integrationskonzept " + name, new Municipality(name), version));
            problems = result.Problems;
            json = result.Value is null ? [] : DocumentSerializer.WriteCityConceptToUtf8Bytes(result.Value);
        }
        else
        {
            var name = settings.District ?? throw ToolException.Usage("import plan needs --district NAME.");
            var conceptPath = settings.ConceptPath ?? throw ToolException.Usage("import plan needs --concept CONCEPT (the city concept document the plan takes up).");
            var loader = new DocumentLoader(console, settings.Language, 1);
            var cityConcept = loader.Load(conceptPath, bytes => DocumentSerializer.ReadCityConcept(bytes, loader.ReadOptions));
            if (loader.ReportProblems() != ExitCodes.Clean || cityConcept is null)
            {
                return ExitCodes.InvalidInput;
            }

            var reference = new ConceptReference(cityConcept.Value.Municipality.Name, cityConcept.Value.Version.Label);
            var plan = Open(console, inputs, streams => inputs[0].IsWorkbook
                ? importer.ImportXlsx(streams[0], Path.GetFileName(inputs[0].Path), settings.Title ?? "Stadtteilkonzept " + name, new District(name), reference)
                : importer.ImportCsv(Csv(inputs, streams), settings.Title ?? "Stadtteilkonzept " + name, new District(name), reference));
            problems = plan.Problems;
            json = plan.Value is null ? [] : DocumentSerializer.WriteDistrictPlanToUtf8Bytes(plan.Value);
        }

        if (problems.Count > 0)
        {
            var culture = settings.Language.Culture;
            foreach (var problem in problems)
            {
                console.Error.WriteLine(problem.GetMessage(culture));
            }

            return ExitCodes.InvalidInput;
        }

        OutputTarget.Write(console, ReportFormats.Get("json"), settings.Out, [new RenderedOutput("import.json", json)]);
        return ExitCodes.Clean;
    }

    private static SpreadsheetMapping ReadMapping(ToolConsole console, string? path)
    {
        if (path is null)
        {
            return SpreadsheetMapping.Default;
        }

        try
        {
            return SpreadsheetMapping.FromJson(File.ReadAllText(console.FullPath(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ToolException.Input($"{path}: cannot read the mapping document: {ex.Message}", ex);
        }
        catch (FormatException ex)
        {
            throw ToolException.Input($"{path}: {ex.Message}", ex);
        }
    }

    private static T Open<T>(ToolConsole console, List<SpreadsheetInput> inputs, Func<List<Stream>, T> import)
    {
        var streams = new List<Stream>(inputs.Count);
        try
        {
            foreach (var input in inputs)
            {
                try
                {
                    streams.Add(File.OpenRead(console.FullPath(input.Path)));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw ToolException.Input(ex is FileNotFoundException or DirectoryNotFoundException ? $"{input.Path}: the file does not exist." : $"{input.Path}: {ex.Message}", ex);
                }
            }

            return import(streams);
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    private static IEnumerable<CsvFile> Csv(List<SpreadsheetInput> inputs, List<Stream> streams)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            yield return new CsvFile(inputs[i].Kind!.Value, Path.GetFileName(inputs[i].Path), streams[i]);
        }
    }

    private sealed record ImportSettings(
        bool IsConcept, string[] Files, string? MappingPath, string? District, string? ConceptPath, string? Municipality, string? Edition, string? Title, string? Out, LanguageTable Language);
}
