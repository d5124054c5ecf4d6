using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Peer;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using NodaTime;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>Checks a data set: the documents round-trip through JSON, the peer agrees with the reference rules
/// and with the library's checker.</summary>
public static class DocumentChecks
{
    /// <summary>The date every benchmark checks at.</summary>
    public static readonly LocalDate EvaluationDate = new(2014, 6, 30);

    /// <summary>Read options that admit the largest generated document (about 50 MB).</summary>
    public static readonly DocumentReadOptions LargeDocuments = new(maxDocumentBytes: 256L * 1024 * 1024);

    /// <summary>Runs the checks; returns the number of failures.</summary>
    public static int Verify(DataSet data, TextWriter output)
    {
        var failures = 0;
        var conceptBytes = DocumentSerializer.WriteCityConceptToUtf8Bytes(data.Concept);
        var conceptBack = DocumentSerializer.ReadCityConcept(conceptBytes, LargeDocuments);
        failures += Verification.Expect(output, conceptBack.Equals(data.Concept), $"city concept round-trips through JSON ({conceptBytes.Length:N0} bytes)");
        long planBytes = 0, compactBytes = 0;
        var roundTrips = true;
        foreach (var plan in data.Plans)
        {
            var bytes = DocumentSerializer.WriteDistrictPlanToUtf8Bytes(plan);
            planBytes += bytes.Length;
            var compact = CompactJson.Compact(bytes);
            compactBytes += compact.Length;
            roundTrips &= DocumentSerializer.ReadDistrictPlan(bytes, LargeDocuments).Equals(plan)
                          && DocumentSerializer.ReadDistrictPlan(compact, LargeDocuments).Equals(plan);
        }

        failures += Verification.Expect(output, roundTrips, $"{data.Plans.Count} district plan(s) round-trip through JSON, indented and compact ({planBytes:N0} / {compactBytes:N0} bytes, {(double)compactBytes / data.Elements:N1} compact bytes per element)");

        var peer = new RulesEnginePeer();
        var docsStyle = data.Elements <= 20_000 ? new RulesEngineDocsStylePeer() : null;
        var fromDocsStyle = PeerCounts.Zero;
        var checker = new CoverageChecker();
        var reference = PeerCounts.Zero;
        var fromPeer = PeerCounts.Zero;
        var fromLibrary = PeerCounts.Zero;
        var rulesFired = new SortedSet<string>(StringComparer.Ordinal);
        var findings = 0;
        var checkedElements = ElementCounter.Count(data.Concept);
        foreach (var plan in data.Plans.Take(50))
        {
            reference += ReferenceRules.Evaluate(data.Concept, plan);
            fromPeer += peer.Evaluate(data.Concept, plan);
            fromDocsStyle += docsStyle?.Evaluate(data.Concept, plan) ?? PeerCounts.Zero;
            var report = checker.Check(data.Concept, plan, EvaluationDate);
            fromLibrary += CrossCheck.Count(report);
            rulesFired.UnionWith(report.Findings.Select(f => f.RuleId));
            findings += report.Findings.Count;
            checkedElements += ElementCounter.Count(plan);
        }

        output.WriteLine($"  rules that fired: {string.Join(' ', rulesFired)}; {findings} findings, {1000.0 * findings / checkedElements:F1} per 1000 elements");
        failures += Verification.Expect(output, reference == fromPeer, $"RulesEngine peer agrees with the reference rules: {fromPeer}");
        if (docsStyle is not null)
        {
            failures += Verification.Expect(output, fromDocsStyle == fromPeer, $"RulesEngine as its README shows agrees with the peer: {fromDocsStyle}");
        }

        failures += Verification.Expect(output, fromLibrary == fromPeer, $"library checker agrees with the peer: {fromLibrary}");
        return failures;
    }
}
