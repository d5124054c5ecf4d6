using System;
using System.Globalization;
using System.Text;

namespace IntegrationConcept.Results;

/// <summary>Thrown by <see cref="CoverageReport.ThrowIfErrors"/> when a report has error findings that are not suppressed.</summary>
public sealed class CoverageException : InvalidOperationException
{
    /// <summary>Creates the exception for a report.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public CoverageException(CoverageReport report)
        : base(Format(report ?? throw new ArgumentNullException(nameof(report))))
    {
        Report = report;
    }

    /// <summary>Gets the report.</summary>
    public CoverageReport Report { get; }

    private static string Format(CoverageReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The district plan '{report.PlanTitle}' ({report.District}) has {report.Count(Severity.Error)} error finding(s):");
        var shown = 0;
        foreach (var finding in report.Findings)
        {
            if (finding.Severity == Severity.Error && !finding.IsSuppressed && shown++ < 20)
            {
                text.AppendLine().Append("  - ").Append(finding);
            }
        }

        return text.ToString();
    }
}
