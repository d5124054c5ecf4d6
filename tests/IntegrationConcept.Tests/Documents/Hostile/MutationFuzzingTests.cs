using System.Diagnostics;
using System.Text;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace IntegrationConcept.Tests.Documents.Hostile;

// Seeded mutation fuzzing: valid documents of every kind, damaged at random (bytes flipped, cut, repeated, hostile
// tokens spliced in), read through the byte overload. The only exception allowed is DocumentFormatException, its
// message stays within the documented bound, and whatever is read writes (and, for reports, renders) within a
// small multiple of its input. Deterministic: the seed is fixed, so a failure names the document to replay.
public sealed class MutationFuzzingTests
{
    // 5 kinds × 2,000 = 10,000 documents per run.
    private const int DocumentsPerKind = 2_000;
    private const int Seed = 20261130;

    // What an error message may hold at most: 100 problems of at most 4,000 characters each, with their paths.
    private const int MaxMessageLength = 100 * (4_000 + 200 + 8) + 1_000;

    private static readonly string[] Tokens =
    [
        "{0}", "{0}{0}{0}{0}{0}{0}{0}{0}", "{99}", "{{", "}}", "null", "true", "-1", "0", "1.0", "1e400", "1e-400", "-0",
        "99999999999999999999", "\"\"", "\" \"", "\"\\u0000\"", "\"\\uD800\"", "\"\\u200B\"", "\"0000-01-01\"", "\"2011-02-30\"",
        "[]", "{}", "[[[[[[[[", "]]]]", "\"A\u0301\"", "\"\u0410\"", ",", ":", "\"", "\\", "\u00FF", "\"formatVersion\": 9",
    ];

    private readonly ITestOutputHelper _output;

    public MutationFuzzingTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Kinds => new() { "concept", "plan", "ruleSet", "report", "matrix" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Read_MutatedValidDocuments_OnlyDocumentFormatExceptionAndBoundedOutput(string kind)
    {
        var seed = Encoding.UTF8.GetBytes(Valid(kind));
        var random = new Random(Seed + kind.Length);
        var read = 0;
        var refused = 0;
        var longestMessage = 0;
        var largestGrowth = 0.0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < DocumentsPerKind; i++)
        {
            var document = Mutate(seed, random);
            try
            {
                var written = ReadAndWrite(kind, document);
                read++;
                var growth = (double)written / Math.Max(document.Length, 1);
                largestGrowth = Math.Max(largestGrowth, growth);
                written.Should().BeLessThanOrEqualTo((16L * document.Length) + 100_000, $"document {i} of {kind} (seed {Seed}) must write within the bound");
            }
            catch (DocumentFormatException ex)
            {
                refused++;
                longestMessage = Math.Max(longestMessage, ex.Message.Length);
                ex.Message.Length.Should().BeLessThanOrEqualTo(MaxMessageLength, $"document {i} of {kind} (seed {Seed})");
                ex.Path.Should().StartWith("$", $"document {i} of {kind} (seed {Seed})");
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"Document {i} of {kind} (seed {Seed}) threw {ex.GetType().Name}: {ex.Message}", ex);
            }
        }

        _output.WriteLine($"{kind}: {DocumentsPerKind} documents in {clock.Elapsed.TotalSeconds:F1} s; {read} read, {refused} refused; longest message {longestMessage} characters; largest output/input {largestGrowth:F1}");
        (read + refused).Should().Be(DocumentsPerKind);
        refused.Should().BeGreaterThan(DocumentsPerKind / 2, "most damage is caught");
    }

    // Reads the document, writes it back (a report also rendered with all its messages, as SARIF: text needs the plan) and gives the largest output's length.
    private static long ReadAndWrite(string kind, byte[] document)
    {
        switch (kind)
        {
            case "concept":
                return DocumentSerializer.WriteCityConcept(DocumentSerializer.ReadCityConcept(document)).Length;
            case "plan":
                return DocumentSerializer.WriteDistrictPlan(DocumentSerializer.ReadDistrictPlan(document)).Length;
            case "ruleSet":
                return DocumentSerializer.WriteRuleSet(DocumentSerializer.ReadRuleSet(document)).Length;
            case "report":
                var report = DocumentSerializer.ReadCoverageReport(document);
                return Math.Max(
                    DocumentSerializer.WriteCoverageReport(report).Length,
                    Math.Max(ReportSarif.Render(report, MessageCulture.German).Length, ReportSarif.Render(report, MessageCulture.English).Length));
            default:
                return DocumentSerializer.WriteCoverageMatrix(DocumentSerializer.ReadCoverageMatrix(document)).Length;
        }
    }

    internal static string Valid(string kind)
    {
        var concept = SampleDocuments.Trier();
        var plan = SampleDocuments.EhrangQuint();
        return kind switch
        {
            "concept" => DocumentSerializer.WriteCityConcept(concept),
            "plan" => DocumentSerializer.WriteDistrictPlan(plan),
            "ruleSet" => DocumentSerializer.WriteRuleSet(new RuleSet("streng")
                .WithCategorySeverity(RuleCategory.Coverage, Severity.Error)
                .WithDisabled(RuleIds.GoalWithoutIndicator)),
            "report" => DocumentSerializer.WriteCoverageReport(TestDocuments.Check(plan, concept)),
            _ => DocumentSerializer.WriteCoverageMatrix(new CoverageChecker().CheckAll(concept, [plan, TestDocuments.Plan()], TestDocuments.EvaluationDate)),
        };
    }

    // One to three damages of one of seven kinds.
    internal static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var damages = random.Next(1, 4);
        for (var d = 0; d < damages && bytes.Count > 0; d++)
        {
            var at = random.Next(bytes.Count);
            var length = Math.Min(random.Next(1, 64), bytes.Count - at);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(32, 127);
                    break;
                case 2:
                    bytes.RemoveRange(at, length);
                    break;
                case 3:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 5:
                    // Replace a whole value after a colon with a hostile token.
                    var colon = bytes.IndexOf((byte)':', at);
                    if (colon >= 0)
                    {
                        var end = colon + 1;
                        while (end < bytes.Count && bytes[end] is not ((byte)',' or (byte)'\n'))
                        {
                            end++;
                        }

                        bytes.RemoveRange(colon + 1, end - colon - 1);
                        bytes.InsertRange(colon + 1, Encoding.UTF8.GetBytes(" " + Tokens[random.Next(Tokens.Length)]));
                    }

                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }
}
