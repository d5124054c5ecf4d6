using System;
using System.Collections.Generic;
using System.IO;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Rules;

// The overloads mirror JsonSerializer (string, UTF-8 bytes, Stream), each with the same optional options.
#pragma warning disable RS0026

namespace IntegrationConcept.Documents;

/// <content>
/// Reading and writing rule set documents: name, severity per rule id and per category, rules switched off and
/// parameter values. Nothing in a rule set document is executed: it holds ids, enum names, numbers and texts only.
/// Custom rules (<see cref="RuleSet.CustomRules"/>) are C# code, not data: they are never written, and a rule set
/// read from a document has none; add them with <see cref="RuleSet.WithCustomRule(ICoverageRule)"/>. A document can
/// therefore configure built-in rules only: a rule id that is not built in is an error at its path.
/// </content>
public static partial class DocumentSerializer
{
    /// <summary>
    /// Reads a rule set from JSON text that may also configure the given custom rules (their severity, whether they
    /// are switched off, their parameters). The custom rules are added to the rule set read; the document itself
    /// still holds data only.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="customRules">The custom rules the document may name, besides the built-in ones.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The rule set with the custom rules added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="customRules"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read, or names a rule that is neither built in nor among <paramref name="customRules"/>, an unknown parameter, or a value of the wrong type or out of range; the exception says where and why.</exception>
    public static RuleSet ReadRuleSet(string json, IEnumerable<ICoverageRule> customRules, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.RuleSetWith(ToList(customRules)), json, options);

    /// <summary>
    /// Reads a rule set from a UTF-8 stream that may also configure the given custom rules; see
    /// <see cref="ReadRuleSet(string, IEnumerable{ICoverageRule}, DocumentReadOptions?)"/>.
    /// </summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="customRules">The custom rules the document may name, besides the built-in ones.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The rule set with the custom rules added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="customRules"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read or names an unknown rule or parameter; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RuleSet ReadRuleSet(Stream utf8Json, IEnumerable<ICoverageRule> customRules, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.RuleSetWith(ToList(customRules)), utf8Json, options);

    private static List<ICoverageRule> ToList(IEnumerable<ICoverageRule> customRules)
    {
        ArgumentNullException.ThrowIfNull(customRules);
        var list = new List<ICoverageRule>();
        foreach (var rule in customRules)
        {
            list.Add(rule ?? throw new ArgumentException("The list of custom rules contains null.", nameof(customRules)));
        }

        return list;
    }
}
