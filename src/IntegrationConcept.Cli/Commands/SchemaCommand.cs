using System;
using System.CommandLine;
using System.Globalization;
using System.Text;
using IntegrationConcept.Cli.Input;
using IntegrationConcept.Cli.Output;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;

namespace IntegrationConcept.Cli.Commands;

/// <summary><c>ikon schema [KIND]</c>: prints one JSON Schema, lists them, or writes them all into a folder.</summary>
internal static class SchemaCommand
{
    public static Command Create(ToolConsole console)
    {
        var kind = new Argument<string?>("KIND")
        {
            Description = "The kind of document: " + string.Join(", ", DocumentKinds.Names) + ". Without it: the list of schemas, or with --out DIR every schema as a file.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        kind.AcceptOnlyFromAmong(DocumentKinds.Names);
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write to this file (with KIND) or into this folder (without KIND, one file per schema, named as in the repository's schemas/ folder). Default: standard output.",
            HelpName = "FILE|DIR",
        };
        var command = new Command("schema", "Print or write the JSON Schemas (draft 2020-12) of the document format, the same files as in the package's schemas/ folder; editors use them for completion and checks.")
        {
            kind,
            output,
        };
        command.SetAction(parse => Run(console, parse.GetValue(kind), parse.GetValue(output)));
        return command;
    }

    private static int Run(ToolConsole console, string? kindName, string? outPath)
    {
        if (kindName is not null)
        {
            var kind = DocumentKinds.Parse(kindName) ?? throw ToolException.Usage($"There is no kind of document '{kindName}'.");
            var text = Encoding.UTF8.GetBytes(DocumentSchemas.Get(kind));
            OutputTarget.Write(console, Json, outPath, [new RenderedOutput(FileName(kind), text)]);
            return ExitCodes.Clean;
        }

        if (outPath is null)
        {
            foreach (var each in Enum.GetValues<DocumentKind>())
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DocumentKinds.NameOf(each),-16} {DocumentSchemas.GetUri(each)}"));
            }

            return ExitCodes.Clean;
        }

        var all = Array.ConvertAll(Enum.GetValues<DocumentKind>(), k => new RenderedOutput(FileName(k), Encoding.UTF8.GetBytes(DocumentSchemas.Get(k))));
        OutputTarget.Write(console, Json, outPath.EndsWith('/') ? outPath : outPath + "/", all);
        return ExitCodes.Clean;
    }

    private static ReportFormat Json => ReportFormats.Get("json");

    // The schema's file name, the last segment of its $id, such as city-concept.v1.schema.json.
    private static string FileName(DocumentKind kind)
    {
        var uri = DocumentSchemas.GetUri(kind).AbsolutePath;
        return uri[(uri.LastIndexOf('/') + 1)..];
    }
}
