using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Results;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Maps a coverage report document to a <see cref="CoverageReport"/> and back. Lossless: every constructor argument
/// of the report and its parts is written, messages as template and arguments. Derived members (totals,
/// percentages, rendered messages, the suppression flag) are written too, recomputed on reading, and checked
/// against the recomputed value when present, so that a hand-edited total is an error rather than silently lost.
/// </summary>
internal static class CoverageReportMapper
{
    public static CoverageReport ToModel(CoverageReportDocumentDto dto)
    {
        CoverageReportChecks.Check(dto);
        var goals = Map(dto.Goals, "$.goals", static g => new GoalCoverage(
            g.GoalId, g.ActionFieldId, g.Text, g.Grade, g.RefiningGoalIds, g.MissingCriteria, g.OutOfScopeJustification));
        var actionFields = Indexed(dto.ActionFields, "$.actionFields", static (a, path) => new ActionFieldCoverage(
            a.ActionFieldId, a.Name, a.EnglishName, a.Grade, Counts(a.Goals, path + ".goals")));
        var principles = Map(dto.Principles, "$.principles", static p => new PrincipleCoverage(p.PrincipleId, p.Name, p.Grade, p.MeasureIds));
        var findings = Indexed(dto.Findings, "$.findings", Finding);
        var feedback = dto.Feedback is null
            ? new ConceptFeedback()
            : new ConceptFeedback(
                Indexed(dto.Feedback.Deficits, "$.feedback.deficits", static (d, path) => new Deficit(
                    d.GoalId, d.ActionFieldId, d.Text, d.Grade, Indexed(d.Reasons, path + ".reasons", MessageMapper.Message))),
                Map(dto.Feedback.Potentials, "$.feedback.potentials", static p => new Potential(p.DistrictGoalId, p.Text, p.ActionFieldId)));

        var report = new CoverageReport(
            dto.District, dto.PlanTitle, dto.Municipality, dto.ConceptTitle, dto.ConceptVersion, dto.PlanConceptVersion,
            dto.EvaluationDate, dto.RuleSetName, findings, goals, actionFields, principles, feedback);
        Agrees(dto.Overall, report.Overall, "$.overall", ReportTexts.GoalGrades);
        Agrees(dto.ActionFieldTotals, report.ActionFieldTotals, "$.actionFieldTotals", ReportTexts.FieldGrades);
        Agrees(dto.PrincipleTotals, report.PrincipleTotals, "$.principleTotals", ReportTexts.PrincipleGrades);
        return report;
    }

    public static CoverageReportDocumentDto ToDto(CoverageReport report)
        => new()
        {
            Schema = DocumentFormats.CoverageReport.SchemaUrlOf(V1Versions.Number),
            FormatVersion = V1Versions.Number,
            District = report.District,
            PlanTitle = report.PlanTitle,
            Municipality = report.Municipality,
            ConceptTitle = report.ConceptTitle,
            ConceptVersion = report.ConceptVersion,
            PlanConceptVersion = report.PlanConceptVersion,
            EvaluationDate = report.EvaluationDate,
            RuleSetName = report.RuleSetName,
            Overall = ToDto(report.Overall),
            ActionFieldTotals = ToDto(report.ActionFieldTotals),
            PrincipleTotals = ToDto(report.PrincipleTotals),
            Goals = ToDtos(report.Goals, static g => new GoalCoverageDto
            {
                GoalId = g.GoalId,
                ActionFieldId = g.ActionFieldId,
                Text = g.Text,
                Grade = g.Grade,
                RefiningGoalIds = OrNull(g.RefiningGoalIds),
                MissingCriteria = OrNull(g.MissingCriteria),
                OutOfScopeJustification = g.OutOfScopeJustification,
            }),
            ActionFields = ToDtos(report.ActionFields, static a => ToDto(a)),
            Principles = ToDtos(report.Principles, static p => new PrincipleCoverageDto
            {
                PrincipleId = p.PrincipleId,
                Name = p.Name,
                Grade = p.Grade,
                MeasureIds = OrNull(p.MeasureIds),
            }),
            Findings = ToDtos(report.Findings, static f => new FindingDto
            {
                RuleId = f.RuleId,
                Severity = f.Severity,
                Category = f.Category,
                Subject = new ElementReferenceDto
                {
                    Document = f.Subject.Document,
                    Kind = f.Subject.Kind,
                    Id = f.Subject.Id,
                    Index = f.Subject.Index,
                    Path = ElementPaths.Of(V2.V2Names.List, f.Subject.Kind, f.Subject.Index, f.Subject.Member),
                },
                Message = MessageMapper.ToDto(f.MessageData),
                Reasons = ToDtos(f.Reasons, static r => MessageMapper.ToDto(r)),
                Suppressed = f.IsSuppressed ? true : null,
                SuppressionJustification = f.SuppressionJustification,
            }),
            Feedback = report.Feedback.Deficits.Count == 0 && report.Feedback.Potentials.Count == 0 ? null : new ConceptFeedbackDto
            {
                Deficits = ToDtos(report.Feedback.Deficits, static d => new DeficitDto
                {
                    GoalId = d.GoalId,
                    ActionFieldId = d.ActionFieldId,
                    Text = d.Text,
                    Grade = d.Grade,
                    Reasons = ToDtos(d.Reasons, static r => MessageMapper.ToDto(r)),
                }),
                Potentials = ToDtos(report.Feedback.Potentials, static p => new PotentialDto
                {
                    DistrictGoalId = p.DistrictGoalId,
                    Text = p.Text,
                    ActionFieldId = p.ActionFieldId,
                }),
            },
        };

    public static ActionFieldCoverageDto ToDto(ActionFieldCoverage coverage)
        => new()
        {
            ActionFieldId = coverage.ActionFieldId,
            Name = coverage.Name,
            EnglishName = coverage.EnglishName,
            Grade = coverage.Grade,
            Goals = ToDto(coverage.Goals),
        };

    public static CoverageCountsDto ToDto(CoverageCounts counts)
        => new()
        {
            Covered = counts.Covered,
            PartlyCovered = counts.PartlyCovered,
            Uncovered = counts.Uncovered,
            OutOfScope = counts.OutOfScope,
            CoveredPercent = counts.CoveredPercent,
            PartlyCoveredPercent = counts.PartlyCoveredPercent,
            UncoveredPercent = counts.UncoveredPercent,
        };

    /// <summary>Reads counts; the derived percentages, when present, must agree with the counts.</summary>
    public static CoverageCounts Counts(CoverageCountsDto dto, string path)
    {
        NotNegative(dto.Covered, path + ".covered");
        NotNegative(dto.PartlyCovered, path + ".partlyCovered");
        NotNegative(dto.Uncovered, path + ".uncovered");
        NotNegative(dto.OutOfScope, path + ".outOfScope");
        var counts = new CoverageCounts(dto.Covered, dto.PartlyCovered, dto.Uncovered, dto.OutOfScope);
        Percent(dto.CoveredPercent, counts.CoveredPercent, path + ".coveredPercent");
        Percent(dto.PartlyCoveredPercent, counts.PartlyCoveredPercent, path + ".partlyCoveredPercent");
        Percent(dto.UncoveredPercent, counts.UncoveredPercent, path + ".uncoveredPercent");
        return counts;
    }

    /// <summary>Checks derived totals against the recomputed ones.</summary>
    public static void Agrees(CoverageCountsDto? written, CoverageCounts computed, string path, LocalizedText source)
    {
        if (written is null)
        {
            return;
        }

        var read = Counts(written, path);
        if (read != computed)
        {
            throw new MappingException(path, ReportTexts.TotalsDisagree.Format(
                read.Covered, read.PartlyCovered, read.Uncovered, read.OutOfScope, source, computed.Covered, computed.PartlyCovered, computed.Uncovered, computed.OutOfScope));
        }
    }

    private static Finding Finding(FindingDto dto, string path)
    {
        var subject = Reference(dto.Subject, path + ".subject");
        if (dto.SuppressionJustification is { } justification && string.IsNullOrWhiteSpace(justification))
        {
            throw new MappingException(path + ".suppressionJustification", ReportTexts.BlankJustification);
        }

        if (dto.Suppressed is { } suppressed && suppressed != (dto.SuppressionJustification is not null))
        {
            throw new MappingException(path + ".suppressed", suppressed
                ? ReportTexts.SuppressedWithout
                : ReportTexts.JustifiedNotSuppressed);
        }

        if (string.IsNullOrWhiteSpace(dto.RuleId))
        {
            throw new MappingException(path + ".ruleId", ReportTexts.BlankRuleId);
        }

        return new Finding(
            dto.RuleId,
            dto.Severity,
            dto.Category,
            subject,
            MessageMapper.Message(dto.Message, path + ".message"),
            Indexed(dto.Reasons, path + ".reasons", MessageMapper.Message),
            dto.SuppressionJustification);
    }

    // The path is the element's path plus, optionally, a member inside it; the member is what is stored.
    private static ElementReference Reference(ElementReferenceDto dto, string path)
    {
        if (dto.Index is < 0)
        {
            throw new MappingException(path + ".index", ReportTexts.NegativePosition);
        }

        var root = ElementPaths.Element(V2.V2Names.List, dto.Kind, dto.Index);
        string? member;
        if (dto.Path == root)
        {
            member = null;
        }
        else if (dto.Path.StartsWith(root + ".", System.StringComparison.Ordinal) && dto.Path.Length > root.Length + 1)
        {
            member = dto.Path[(root.Length + 1)..];
        }
        else
        {
            throw new MappingException(path + ".path", ReportTexts.PathOutside.Format(dto.Path, root));
        }

        return new ElementReference(dto.Document, dto.Kind, dto.Id, dto.Index, member);
    }

    private static void NotNegative(int value, string path)
    {
        if (value < 0)
        {
            throw new MappingException(path, ReportTexts.NegativeCount.Format(value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Percent(decimal? written, decimal? computed, string path)
    {
        if (written is not null && written != computed)
        {
            throw new MappingException(path, ReportTexts.PercentDisagrees.Format(written, computed is { } c ? c : ReportTexts.NoPercent));
        }
    }

    /// <summary>Maps a list whose items need their own path.</summary>
    public static TModel[]? Indexed<TDto, TModel>(IReadOnlyList<TDto>? items, string path, System.Func<TDto, string, TModel> map)
        where TDto : class
    {
        if (items is null || items.Count == 0)
        {
            return null;
        }

        var result = new TModel[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = items[i] ?? throw NullItem(path, i);
            result[i] = map(item, Index(path, i));
        }

        return result;
    }
}
