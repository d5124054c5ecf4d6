using System.Collections.Generic;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Documents.Json;

/// <summary>The registry of document kinds.</summary>
/// <remarks>
/// To add a kind of document (say an evaluation, model type <c>Evaluation</c>; the rule set, coverage report and coverage matrix were added this way):
/// <list type="number">
/// <item>Add <c>Evaluation</c> to the public <see cref="DocumentKind"/> enum.</item>
/// <item>Write its DTOs in <c>Json/V1/EvaluationDtos.cs</c>: a <c>sealed record EvaluationDocumentDto : DocumentDto</c> and one record
/// per nested object; <c>required</c> for what the model's constructor requires, nullable for the rest; JSON names are the
/// camelCase model member names; ids as <c>ElementId&lt;T&gt;</c>, enums as the model enums, dates as <c>LocalDate</c>,
/// lists as <c>IReadOnlyList&lt;T&gt;?</c>.</item>
/// <item>Write <c>Json/V1/EvaluationMapper.cs</c> with <c>ToModel(EvaluationDocumentDto)</c> (through the model's public
/// constructors; <see cref="V1.MappingHelpers.Map"/> for lists, <see cref="MappingException"/> for a value the model would
/// refuse with an <c>ArgumentException</c>) and <c>ToDto(Evaluation)</c> (set <c>Schema</c> and <c>FormatVersion</c> from the
/// format; empty lists and defaults to <see langword="null"/> so that they are not written). A model that throws an exception of
/// its own (like <c>RuleSetException</c>) is caught in the mapper and turned into a <see cref="MappingException"/> at the path of
/// the entry that caused it (see <c>RuleSetMapper.Locate</c>); derived values written for other consumers are checked on reading
/// (see <c>CoverageReportMapper</c>).</item>
/// <item>Add a field here (<c>new(DocumentKind.Evaluation, "evaluation", "evaluation", 1, EvaluationMapper.ToModel, EvaluationMapper.ToDto)</c>)
/// and list it in <see cref="All"/>; an optional last argument adds a sentence to the schema's description.</item>
/// <item>In <see cref="DocumentJsonContext"/>: <c>[JsonSerializable(typeof(EvaluationDocumentDto))]</c>, and a converter line for
/// every new enum (<c>CamelCaseEnumConverter&lt;T&gt;</c>) and new id element type (<c>ElementIdJsonConverter&lt;T&gt;</c>).</item>
/// <item>Add <c>DocumentSerializer.Evaluation.cs</c>: a copy of <c>DocumentSerializer.DistrictPlan.cs</c> with the names replaced,
/// and an <c>Evaluation</c> property in <see cref="DocumentSchemas"/>; then run the RS0016 fixer.</item>
/// <item>Generate the schema file: <c>IC_UPDATE_SCHEMAS=1 dotnet test tests/IntegrationConcept.Tests --filter DocumentSchemasTests</c>,
/// build again (the schema is embedded) and commit <c>schemas/evaluation.v1.schema.json</c>.</item>
/// <item>Tests: add the kind to <c>DocumentSchemasTests.Kinds</c> and to <c>SchemaValidation</c>, a generator, and round-trip
/// and bad-input tests like those of the district plan.</item>
/// </list>
/// Model problems map to JSON paths through <c>ModelProblem.Path</c>, which assumes the JSON names above
/// (see <c>Internal/DocumentPaths.cs</c>); a model type that reports problems must have its paths listed there.
/// </remarks>
internal static class DocumentFormats
{
    public static readonly DocumentFormat<CityConceptDocumentDto, CityConcept> CityConcept =
        new(DocumentKind.CityConcept, "city concept", "city-concept", 1, CityConceptMapper.ToModel, CityConceptMapper.ToDto);

    public static readonly DocumentFormat<DistrictPlanDocumentDto, DistrictPlan> DistrictPlan =
        new(DocumentKind.DistrictPlan, "district plan", "district-plan", 1, DistrictPlanMapper.ToModel, DistrictPlanMapper.ToDto);

    public static readonly DocumentFormat<RuleSetDocumentDto, RuleSet> RuleSet =
        new(
            DocumentKind.RuleSet, "rule set", "rule-set", 1, RuleSetMapper.ToModel, RuleSetMapper.ToDto,
            "A rule set is data only: nothing in it is executed. It configures the built-in rules (ids IC1001 to IC4003): severity per rule id and per category, rules switched off, and parameter values (a number or a string, as the rule declares). Custom rules are C# code and are never part of a rule set document; a program adds them after reading.");

    public static readonly DocumentFormat<CoverageReportDocumentDto, CoverageReport> CoverageReport =
        new(
            DocumentKind.CoverageReport, "coverage report", "coverage-report", 1, CoverageReportMapper.ToModel, CoverageReportMapper.ToDto,
            "Messages are kept as a template in German and English ('template') with typed arguments, and rendered as plain text in German ('de') and English ('en'). Derived members (overall, actionFieldTotals, principleTotals, the percentages, the rendered messages and 'suppressed') may be left out; when present they must agree with the data they are derived from.");

    public static readonly DocumentFormat<CoverageMatrixDocumentDto, CoverageMatrix> CoverageMatrix =
        new(
            DocumentKind.CoverageMatrix, "coverage matrix", "coverage-matrix", 1, CoverageMatrixMapper.ToModel, CoverageMatrixMapper.ToDto,
            "Several district plans checked against one city concept: one row per city goal and per action field with each district's grade and the combined grade, and each district's complete coverage report (as in coverage-report.v1.schema.json). 'districts', 'combined' and the derived members of the reports may be left out; when present they must agree with the data.");

    /// <summary>Gets every format, in <see cref="DocumentKind"/> order.</summary>
    /// <summary>The rule set format whose documents may configure the given custom rules as well as the built-in ones.</summary>
    public static DocumentFormat<RuleSetDocumentDto, RuleSet> RuleSetWith(IReadOnlyList<ICoverageRule> customRules)
        => new(DocumentKind.RuleSet, "rule set", "rule-set", 1, dto => RuleSetMapper.ToModel(dto, customRules), RuleSetMapper.ToDto);

    public static IReadOnlyList<DocumentFormat> All { get; } = [CityConcept, DistrictPlan, RuleSet, CoverageReport, CoverageMatrix];

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
}
