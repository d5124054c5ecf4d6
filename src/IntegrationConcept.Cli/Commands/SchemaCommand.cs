using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Text;
using IntegrationConcept.Cli.Input;
using IntegrationConcept.Cli.Output;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;

namespace IntegrationConcept.Cli.Commands;

/// <summary><c>ikon schema [KIND] [--version N] [--all]</c>: prints one JSON Schema, lists them, or writes them into a folder.</summary>
internal static class SchemaCommand
{
    public static Command Create(ToolConsole console)
    {
        var kind = new Argument<string?>("KIND")
        {
            Description = "The kind of document: " + string.Join(", ", DocumentKinds.Names) + ". Without it: the list of schemas (every format version read; the highest is the one written), or with --out DIR the schemas as files.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        kind.AcceptOnlyFromAmong(DocumentKinds.Names);
        var version = new Option<int?>("--version")
        {
            Description = "The format version of KIND's schema, such as 1 for documents written before format 2 (city-concept and district-plan have versions 1 and 2, the other kinds 1). Default: the version the library writes.",
            HelpName = "N",
        };
        var all = new Option<bool>("--all")
        {
            Description = "With --out DIR: write every format version that is read (such as city-concept.v1 and .v2), not only the one written.",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write to this file (with KIND) or into this folder (without KIND or with --all, one file per schema, named as in the repository's schemas/ folder). Default: standard output.",
            HelpName = "FILE|DIR",
        };
        var command = new Command("schema", "Print or write the JSON Schemas (draft 2020-12) of the document format, the same files as in the package's schemas/ folder; editors use them for completion and checks.")
        {
            kind,
            version,
            all,
            output,
        };
        command.SetAction(parse => Run(console, parse.GetValue(kind), parse.GetValue(version), parse.GetValue(all), parse.GetValue(output)));
        return command;
    }

    private static int Run(ToolConsole console, string? kindName, int? version, bool all, string? outPath)
    {
        DocumentKind[] kinds = kindName is null
            ? Enum.GetValues<DocumentKind>()
            : [DocumentKinds.Parse(kindName) ?? throw ToolException.Usage($"There is no kind of document '{kindName}'.")];
        if (version is { } number)
        {
            if (kindName is null || all)
            {
                throw ToolException.Usage("--version needs a KIND and goes without --all, such as: ikon schema city-concept --version 1.");
            }

            var versions = DocumentSchemas.GetFormatVersions(kinds[0]);
            if (!Contains(versions, number))
            {
                throw ToolException.Usage(string.Create(CultureInfo.InvariantCulture, $"{kindName} has no format version {number}; its versions are {string.Join(", ", versions)}."));
            }
        }

        if (kindName is not null && !all)
        {
            var kind = kinds[0];
            var chosen = version ?? Current(kind);
            OutputTarget.Write(console, Json, outPath, [Schema(kind, chosen)]);
            return ExitCodes.Clean;
        }

        if (outPath is null)
        {
            if (all)
            {
                throw ToolException.Usage("--all writes files: give --out DIR.");
            }

            foreach (var each in kinds)
            {
                foreach (var formatVersion in DocumentSchemas.GetFormatVersions(each))
                {
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DocumentKinds.NameOf(each),-16} v{formatVersion} {DocumentSchemas.GetUri(each, formatVersion)}"));
                }
            }

            return ExitCodes.Clean;
        }

        var outputs = new List<RenderedOutput>();
        foreach (var each in kinds)
        {
            if (all)
            {
                foreach (var formatVersion in DocumentSchemas.GetFormatVersions(each))
                {
                    outputs.Add(Schema(each, formatVersion));
                }
            }
            else
            {
                outputs.Add(Schema(each, Current(each)));
            }
        }

        OutputTarget.Write(console, Json, outPath.EndsWith('/') ? outPath : outPath + "/", outputs);
        return ExitCodes.Clean;
    }

    private static ReportFormat Json => ReportFormats.Get("json");

    private static int Current(DocumentKind kind) => DocumentSchemas.GetFormatVersions(kind)[^1];

    private static bool Contains(IReadOnlyList<int> versions, int number)
    {
        foreach (var each in versions)
        {
            if (each == number)
            {
                return true;
            }
        }

        return false;
    }

    private static RenderedOutput Schema(DocumentKind kind, int version)
        => new(FileName(kind, version), Encoding.UTF8.GetBytes(DocumentSchemas.Get(kind, version)));

    // The schema's file name, the last segment of its $id, such as city-concept.v1.schema.json.
    private static string FileName(DocumentKind kind, int version)
    {
        var uri = DocumentSchemas.GetUri(kind, version).AbsolutePath;
        return uri[(uri.LastIndexOf('/') + 1)..];
    }
}
