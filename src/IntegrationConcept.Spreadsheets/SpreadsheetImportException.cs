using System;
using System.Linq;
using IntegrationConcept.Model;

namespace IntegrationConcept.Spreadsheets;

/// <summary>An import found problems; every one is listed in <see cref="Problems"/>.</summary>
public sealed class SpreadsheetImportException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems.</param>
    public SpreadsheetImportException(ValueList<SpreadsheetProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem the import found.</summary>
    public ValueList<SpreadsheetProblem> Problems { get; }

    private static string Describe(ValueList<SpreadsheetProblem>? problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The spreadsheet import found {problems.Count} problem(s):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => p.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
