using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Peer;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>Checks a data set: the peer agrees with the reference rules.</summary>
public static class DocumentChecks
{
    /// <summary>Runs the checks; returns the number of failures.</summary>
    public static int Verify(DataSet data, TextWriter output)
    {
        var failures = 0;
        var peer = new RulesEnginePeer();
        var reference = PeerCounts.Zero;
        var fromPeer = PeerCounts.Zero;
        foreach (var plan in data.Plans.Take(50))
        {
            reference += ReferenceRules.Evaluate(data.Concept, plan);
            fromPeer += peer.Evaluate(data.Concept, plan);
        }

        output.WriteLine($"  reference rules: {reference}");
        failures += Verification.Expect(output, reference == fromPeer, $"RulesEngine peer agrees with the reference rules: {fromPeer}");
        return failures;
    }
}
