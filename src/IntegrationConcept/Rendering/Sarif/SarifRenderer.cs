using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>
/// The SARIF 2.1.0 log (<see cref="ReportSarif"/>) as an <see cref="IReportRenderer"/>: format <c>sarif</c>,
/// <c>.sarif</c>. It reports findings, not the committee report: the plan is not needed.
/// </summary>
/// <param name="sources">The documents' files, for line and column numbers; <see langword="null"/> for logical locations only.</param>
/// <param name="rules">The rules to describe in the log; <see langword="null"/> for those of the findings only.</param>
public sealed class SarifRenderer(SarifSources? sources = null, IEnumerable<SarifRule>? rules = null) : IReportRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    /// <value><c>sarif</c>.</value>
    public string FormatName => "sarif";

    /// <inheritdoc/>
    /// <value><see cref="ReportSarif.MediaType"/>.</value>
    public string MediaType => ReportSarif.MediaType;

    /// <inheritdoc/>
    /// <value><see cref="ReportSarif.FileExtension"/>.</value>
    public string FileExtension => ReportSarif.FileExtension;

    /// <inheritdoc/>
    /// <value>Always <see langword="true"/>.</value>
    public bool IsText => true;

    /// <inheritdoc/>
    public void Render(ReportInput input, Stream output)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(output));
        }

        var log = input.Matrix is { } matrix
            ? ReportSarif.Render(matrix, input.Culture, sources, rules)
            : ReportSarif.Render(input.Report!, input.Culture, sources, rules);
        output.Write(Utf8.GetBytes(log));
    }
}
