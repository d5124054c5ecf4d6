using System;
using System.Collections.Generic;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Model.Validation;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Cli.Input;

/// <summary>Turns a <see cref="DocumentFormatException"/> into one diagnostic per problem, each at its line and column in the file.</summary>
internal static class DocumentDiagnostics
{
    private static readonly LocalizedText FormatHeadline = new("kein gültiges Dokument", "not a valid document");
    private static readonly LocalizedText RuleSetHeadline = new("ungültiger Prüfprofil-Eintrag", "invalid rule set entry");

    public static IEnumerable<Diagnostic> From(string file, ReadOnlySpan<byte> utf8Json, DocumentFormatException exception, LanguageTable language)
    {
        var map = JsonSourceMap.Create(utf8Json);
        var model = Find<ModelValidationException>(exception);
        var ruleSet = Find<RuleSetException>(exception) is not null;
        var problems = exception.Problems;

        // The reader turns each of the model's problems into one document problem, in the same order.
        var diagnostics = new List<Diagnostic>(problems.Count);
        for (var i = 0; i < problems.Count; i++)
        {
            var problem = problems[i];
            var position = exception.LineNumber is { } line && problems.Count == 1
                ? map.FromReaderPosition(line, exception.BytePositionInLine ?? 0)
                : map.Locate(problem.Path);
            string code;
            LocalizedText headline;
            if (model is not null && model.Problems.Count == problems.Count)
            {
                code = ProblemCodes.Of(model.Problems[i].Code);
                headline = ProblemCodes.Headline(model.Problems[i].Code);
            }
            else
            {
                code = ruleSet ? ProblemCodes.RuleSet : ProblemCodes.Format;
                headline = ruleSet ? RuleSetHeadline : FormatHeadline;
            }

            diagnostics.Add(new Diagnostic(file, position, code, Message(headline, problem, language)));
        }

        return diagnostics;
    }

    // German puts a German headline before the library's detail (read in German too); English gives the detail alone.
    private static string Message(LocalizedText headline, DocumentProblem problem, LanguageTable language)
        => string.Format(language.Culture, language.Text(ToolTexts.Diagnostic), language.Text(headline), problem.Path, problem.Message);

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
