using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Maps a rule set document to a <see cref="RuleSet"/> (through its public constructor, which checks every rule id
/// and parameter) and back. Custom rules are code: never written, never read. A <see cref="RuleSetException"/> of the
/// constructor is mapped to the path of the entry that caused it.
/// </summary>
internal static class RuleSetMapper
{
    public static RuleSet ToModel(RuleSetDocumentDto dto) => ToModel(dto, null);

    public static RuleSet ToModel(RuleSetDocumentDto dto, IReadOnlyList<ICoverageRule>? customRules)
    {
        if (string.IsNullOrWhiteSpace(dto.Name))
        {
            throw new MappingException("$.name", MappingTexts.BlankRuleSetName);
        }

        var severities = Map(dto.Severities, "$.severities", static s => s);
        var categories = Map(dto.CategorySeverities, "$.categorySeverities", static c => c);
        var parameters = Map(dto.Parameters, "$.parameters", static p => p);
        var disabled = dto.DisabledRuleIds;

        for (var i = 0; i < (severities?.Length ?? 0); i++)
        {
            NotBlank(severities![i].RuleId, Index("$.severities", i) + ".ruleId");
        }

        var seenCategories = new HashSet<RuleCategory>();
        for (var i = 0; i < (categories?.Length ?? 0); i++)
        {
            if (!seenCategories.Add(categories![i].Category))
            {
                throw new MappingException(
                    Index("$.categorySeverities", i) + ".category",
                    MappingTexts.CategoryTwice.Format(Camel(categories[i].Category.ToString())));
            }
        }

        for (var i = 0; i < (disabled?.Count ?? 0); i++)
        {
            NotBlank(disabled![i] ?? throw NullItem("$.disabledRuleIds", i), Index("$.disabledRuleIds", i));
        }

        for (var i = 0; i < (parameters?.Length ?? 0); i++)
        {
            var p = parameters![i];
            NotBlank(p.RuleId, Index("$.parameters", i) + ".ruleId");
            NotBlank(p.Name, Index("$.parameters", i) + ".name");
            if ((p.Value.Text is null) == (p.Value.Number is null))
            {
                throw new MappingException(Index("$.parameters", i) + ".value", MappingTexts.ParameterValue);
            }
        }

        try
        {
            return new RuleSet(
                dto.Name,
                severities?.Select(static s => new RuleSeverityOverride(s.RuleId, s.Severity)),
                categories?.Select(static c => new CategorySeverityOverride(c.Category, c.Severity)),
                disabled,
                parameters?.Select(static p => p.Value.Text is { } text
                    ? RuleParameterValue.OfText(p.RuleId, p.Name, text)
                    : RuleParameterValue.OfNumber(p.RuleId, p.Name, p.Value.Number.GetValueOrDefault())),
                customRules);
        }
        catch (RuleSetException ex)
        {
            throw Locate(dto, ex);
        }
    }

    public static RuleSetDocumentDto ToDto(RuleSet ruleSet)
        => new()
        {
            Schema = DocumentFormats.RuleSet.SchemaUrlOf(V1Versions.Number),
            FormatVersion = V1Versions.Number,
            Name = ruleSet.Name,
            Severities = ToDtos(ruleSet.SeverityOverrides, static s => new RuleSeverityDto { RuleId = s.RuleId, Severity = s.Severity }),
            CategorySeverities = ToDtos(ruleSet.CategoryOverrides, static c => new CategorySeverityDto { Category = c.Category, Severity = c.Severity }),
            DisabledRuleIds = OrNull(ruleSet.DisabledRuleIds),
            Parameters = ToDtos(ruleSet.Parameters, static p => new RuleParameterValueDto
            {
                RuleId = p.RuleId,
                Name = p.Name,
                Value = new ParameterScalar(p.Number, p.Text),
            }),
        };

    // The rule set checks severities, then switched-off rules, then parameters, and stops at the first problem:
    // find the first entry, in that order, that has the problem the exception names.
    private static MappingException Locate(RuleSetDocumentDto dto, RuleSetException ex)
    {
        var known = RuleCatalog.TryGet(ex.RuleId, out var descriptor);
        var unknownRule = known ? null : UnknownRule(ex.RuleId);
        if (ex.ParameterName is null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (dto.Severities?.Count ?? 0); i++)
            {
                var id = dto.Severities![i].RuleId;
                if (id == ex.RuleId && (!known || !seen.Add(id)))
                {
                    return new MappingException(Index("$.severities", i) + ".ruleId", unknownRule ?? MappingTexts.KeepOne.Format(ex.Text));
                }
            }

            for (var i = 0; i < (dto.DisabledRuleIds?.Count ?? 0); i++)
            {
                if (dto.DisabledRuleIds![i] == ex.RuleId && !known)
                {
                    return new MappingException(Index("$.disabledRuleIds", i), unknownRule!);
                }
            }
        }

        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (dto.Parameters?.Count ?? 0); i++)
        {
            var p = dto.Parameters![i];
            var path = Index("$.parameters", i);
            if (p.RuleId != ex.RuleId)
            {
                continue;
            }

            if (!known)
            {
                return new MappingException(path + ".ruleId", unknownRule!);
            }

            if (p.Name != ex.ParameterName)
            {
                continue;
            }

            var declared = descriptor!.FindParameter(p.Name);
            if (declared is null)
            {
                return new MappingException(path + ".name", ex.Text);
            }

            if (!seenNames.Add(p.Name))
            {
                return new MappingException(path + ".name", MappingTexts.KeepOne.Format(ex.Text));
            }

            var kind = p.Value.Text is null ? RuleParameterKind.Number : RuleParameterKind.Text;
            var number = p.Value.Number;
            if (kind != declared.Kind || (number is { } n && ((declared.Minimum is { } min && n < min) || (declared.Maximum is { } max && n > max))))
            {
                return new MappingException(path + ".value", ex.Text);
            }
        }

        return new MappingException("$", ex.Text);
    }

    private static LocalizedText UnknownRule(string ruleId)
        => MappingTexts.UnknownRule.Format(ruleId, string.Join(", ", RuleCatalog.All.Select(static d => d.Id)));

    private static void NotBlank(string value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new MappingException(path, MappingTexts.BlankRuleOrParameter);
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]).ToString(CultureInfo.InvariantCulture) + name[1..];
}
