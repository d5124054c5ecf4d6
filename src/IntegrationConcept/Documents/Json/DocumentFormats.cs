using System.Collections.Generic;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Documents.Json;

/// <summary>The registry of document kinds and, per kind, of the format versions read (the last one is written).</summary>
/// <remarks>
/// <para>To add format version 2 of a kind (say the district plan):</para>
/// <list type="number">
/// <item>Copy the DTOs the new version changes into <c>Json/V2/</c> (namespace <c>Documents.Json.V2</c>), as format 2 did in
/// <c>Json/V2/DistrictPlanV2Dtos.cs</c>: the document DTO <c>DistrictPlanDocumentV2Dto</c> derives from <c>V1.DocumentDto</c>;
/// unchanged nested DTOs may be reused from V1. The
/// format's names and enums are its own: give a renamed member its new camelCase name, and a changed enum its own DTO enum
/// (with a <c>CamelCaseEnumConverter&lt;T&gt;</c> line in <see cref="DocumentJsonContext"/>).</item>
/// <item>Write <c>Json/V2/DistrictPlanV2Mapper.cs</c> (<c>ToModel</c>, <c>ToDto</c>; <c>Schema</c> and <c>FormatVersion</c> are
/// set by the writer) and <c>Json/V2/V2Names.cs</c>, the version's names of the element lists (from
/// <see cref="V1.V1Names"/>), so that model problems are placed at its names by <see cref="ElementPaths"/>; format 2
/// renamed nothing, shares the names of format 1 and adds its two new lists.</item>
/// <item>Add <c>Json/V2/V2Versions.cs</c> with <c>new DtoDocumentVersion&lt;DistrictPlanDocumentV2Dto, DistrictPlan&gt;(Number, ToModel, ToDto, V2Names.Path)</c>,
/// append it to the kind's versions below (<c>..., V1Versions.DistrictPlan, V2Versions.DistrictPlan)</c>), and add
/// <c>[JsonSerializable(typeof(V2.DistrictPlanDocumentV2Dto))]</c> to <see cref="DocumentJsonContext"/>. Reading now
/// dispatches <c>"formatVersion": 2</c> to it and still reads version 1; writing writes version 2.</item>
/// <item>Generate <c>schemas/district-plan.v2.schema.json</c>: <c>IC_UPDATE_SCHEMAS=1 dotnet test tests/IntegrationConcept.Tests --filter DocumentSchemasTests</c>
/// (the test iterates every registered version; the v1 file stays as it is), build again (the schemas are embedded), commit.</item>
/// <item>Tests: a v1 document still reads (the existing bad-input and round-trip tests keep v1 documents as files or
/// strings), a v2 round trip, and the v2 bad-input cases that differ.</item>
/// </list>
/// <para>
/// A version may read with its own <c>Utf8JsonReader</c> pass into the model instead of DTOs: subclass
/// <see cref="DocumentVersion{TModel}"/> and register it in place of the DTO version (see there).
/// </para>
/// <para>
/// To add a kind of document (say an evaluation, model type <c>Evaluation</c>): add it to the public
/// <see cref="DocumentKind"/> enum; write <c>Json/V1/EvaluationDtos.cs</c> (a <c>sealed record EvaluationDocumentDto : DocumentDto</c>,
/// <c>required</c> for what the model requires) and <c>Json/V1/EvaluationMapper.cs</c> (through the model's public
/// constructors; <see cref="MappingException"/> at the path of an entry the model would refuse); add its version to
/// <see cref="V1.V1Versions"/> and a format field here listed in <see cref="All"/>; a <c>[JsonSerializable]</c> line in
/// <see cref="DocumentJsonContext"/>; the eight named one-liners in <c>DocumentSerializer.Kinds.cs</c> (the generic methods
/// work at once) and a property in <see cref="DocumentSchemas"/>; run the RS0016 fixer; generate the schema as above; add
/// the kind to <c>DocumentSchemasTests.Kinds</c> and <c>SchemaValidation</c>, with round-trip and bad-input tests.
/// </para>
/// </remarks>
internal static class DocumentFormats
{
    public static readonly DocumentFormat<CityConcept> CityConcept =
        new(DocumentKind.CityConcept, "city concept", "city-concept", null, V1Versions.CityConcept, V2.V2Versions.CityConcept);

    public static readonly DocumentFormat<DistrictPlan> DistrictPlan =
        new(DocumentKind.DistrictPlan, "district plan", "district-plan", null, V1Versions.DistrictPlan, V2.V2Versions.DistrictPlan);

    public static readonly DocumentFormat<RuleSet> RuleSet =
        new(
            DocumentKind.RuleSet, "rule set", "rule-set",
            "A rule set is data only: nothing in it is executed. It configures the built-in rules (docs/rules.md lists their ids): severity per rule id and per category, rules switched off, and parameter values (a number or a string, as the rule declares). Custom rules are C# code and are never part of a rule set document; a program adds them after reading.",
            V1Versions.RuleSet);

    public static readonly DocumentFormat<CoverageReport> CoverageReport =
        new(
            DocumentKind.CoverageReport, "coverage report", "coverage-report",
            "Messages are kept as a template in German and English ('template') with typed arguments, and rendered as plain text in German ('de') and English ('en'). Derived members (overall, actionFieldTotals, principleTotals, the percentages, the rendered messages and 'suppressed') may be left out; when present they must agree with the data they are derived from.",
            V1Versions.CoverageReport);

    public static readonly DocumentFormat<CoverageMatrix> CoverageMatrix =
        new(
            DocumentKind.CoverageMatrix, "coverage matrix", "coverage-matrix",
            "Several district plans checked against one city concept: one row per city goal and per action field with each district's grade and the combined grade, and each district's complete coverage report (as in coverage-report.v1.schema.json). 'districts', 'combined' and the derived members of the reports may be left out; when present they must agree with the data.",
            V1Versions.CoverageMatrix);

    public static readonly DocumentFormat<Changes.FeedbackDocument> Feedback =
        new(
            DocumentKind.Feedback, "feedback", "feedback",
            "The feedback of district checks into the next version of the city concept (Rückkopplung): one proposal per deficit (a city goal a district leaves uncovered or partly covered; 'goalId' required) and per potential (a district goal beyond the concept; no 'goalId' means a new goal), with its provenance, the findings behind it (rule id and element id), and the planners' decision: 'open', 'adopted' (with the 'goalId' and 'conceptVersion' it went into) or 'rejected' (with a 'reason').",
            V1Versions.Feedback);

    /// <summary>Gets every format, in <see cref="DocumentKind"/> order.</summary>
    public static IReadOnlyList<DocumentFormat> All { get; } = [CityConcept, DistrictPlan, RuleSet, CoverageReport, CoverageMatrix, Feedback];

    /// <summary>The rule set format whose documents may configure the given custom rules as well as the built-in ones.</summary>
    public static DocumentFormat<RuleSet> RuleSetWith(IReadOnlyList<ICoverageRule> customRules)
        => new(
            DocumentKind.RuleSet, "rule set", "rule-set", RuleSet.Remarks,
            V1Versions.RuleSet.WithToModel(dto => RuleSetMapper.ToModel(dto, customRules)));

    /// <summary>Gets the format of a kind.</summary>
    public static DocumentFormat Get(DocumentKind kind)
    {
        foreach (var format in All)
        {
            if (format.Kind == kind)
            {
                return format;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind.");
    }

    /// <summary>Gets the format of a model type; <see langword="null"/> for a type that is no document.</summary>
    public static DocumentFormat<TModel>? Of<TModel>()
        where TModel : class
        => Cache<TModel>.Format;

    // Looked up once per model type, so that the generic API costs a static field read per call.
    private static class Cache<TModel>
        where TModel : class
    {
        public static readonly DocumentFormat<TModel>? Format = Find();

        private static DocumentFormat<TModel>? Find()
        {
            foreach (var format in All)
            {
                if (format is DocumentFormat<TModel> typed)
                {
                    return typed;
                }
            }

            return null;
        }
    }
}
