using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>
/// The files a SARIF log points into: the city concept's, and one per district plan in the order of the reports
/// (one for <see cref="ReportSarif.Render(Results.CoverageReport, System.Globalization.CultureInfo, SarifSources?, System.Collections.Generic.IEnumerable{SarifRule}?)"/>,
/// one per report of a matrix), and the folder relative URIs are resolved against.
/// </summary>
public sealed class SarifSources
{
    /// <summary>Creates the sources.</summary>
    /// <param name="concept">The city concept's file.</param>
    /// <param name="plans">The district plans' files, in the order of the reports.</param>
    /// <param name="sourceRoot">
    /// The absolute URI of the folder relative URIs start from (written as the base id <c>SRCROOT</c>), such as
    /// <c>file:///home/ci/repo/</c>; <see langword="null"/> to leave relative URIs relative to wherever the log is read,
    /// as code-scanning services expect for files of the checked-out repository.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> or <paramref name="plans"/> is <see langword="null"/>, or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceRoot"/> is not absolute or does not end with '/'.</exception>
    public SarifSources(SarifSource concept, IEnumerable<SarifSource> plans, Uri? sourceRoot = null)
    {
        Concept = Guard.NotNull(concept);
        Plans = new ValueList<SarifSource>(Guard.NotNull(plans));
        foreach (var plan in Plans)
        {
            Guard.NotNull(plan, nameof(plans));
        }

        if (sourceRoot is not null && (!sourceRoot.IsAbsoluteUri || !sourceRoot.AbsoluteUri.EndsWith('/')))
        {
            throw new ArgumentException($"The source root must be an absolute URI of a folder, ending with '/': '{sourceRoot}'.", nameof(sourceRoot));
        }

        SourceRoot = sourceRoot;
    }

    /// <summary>Gets the city concept's file.</summary>
    public SarifSource Concept { get; }

    /// <summary>Gets the district plans' files, in the order of the reports.</summary>
    public ValueList<SarifSource> Plans { get; }

    /// <summary>Gets the absolute URI relative URIs start from, or <see langword="null"/>.</summary>
    public Uri? SourceRoot { get; }
}
