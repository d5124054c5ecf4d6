using IntegrationConcept.Results;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Maps a coverage matrix document to a <see cref="CoverageMatrix"/> and back, each district's report through
/// <see cref="CoverageReportMapper"/>. Lossless like the report; derived members are checked when present.
/// </summary>
internal static class CoverageMatrixMapper
{
    public static CoverageMatrix ToModel(CoverageMatrixDocumentDto dto)
    {
        CoverageReportChecks.Check(dto);
        var reports = CoverageReportMapper.Indexed(dto.Reports, "$.reports", static (r, path) =>
        {
            // A version 1 matrix embeds version 1 reports.
            if (r.FormatVersion != V1Versions.Number)
            {
                throw new MappingException(path + ".formatVersion", ReportTexts.EmbeddedVersion.Format(r.FormatVersion, V1Versions.Number));
            }

            try
            {
                return CoverageReportMapper.ToModel(r);
            }
            catch (MappingException ex)
            {
                throw new MappingException(path + ex.Path[1..], ex.Text);
            }
        });
        var goals = Map(dto.Goals, "$.goals", static g => new GoalCoverageRow(g.GoalId, g.ActionFieldId, g.Text, g.Grades, g.Combined));
        var fields = CoverageReportMapper.Indexed(dto.ActionFields, "$.actionFields", static (a, path) => new ActionFieldCoverageRow(
            a.ActionFieldId,
            a.Name,
            a.EnglishName,
            CoverageReportMapper.Indexed(a.Districts, path + ".districts", static (d, p) => new ActionFieldCoverage(
                d.ActionFieldId, d.Name, d.EnglishName, d.Grade, CoverageReportMapper.Counts(d.Goals, p + ".goals"))),
            a.CombinedGrade,
            CoverageReportMapper.Counts(a.Combined, path + ".combined")));

        var matrix = new CoverageMatrix(dto.Municipality, dto.ConceptTitle, dto.ConceptVersion, dto.EvaluationDate, reports, goals, fields);
        if (dto.Districts is { } districts && !matrix.Districts.Equals(new Model.ValueList<string>(districts)))
        {
            throw new MappingException("$.districts", ReportTexts.DistrictsDisagree.Format(TextFormat.ListText(matrix.Districts, ", ")));
        }

        CoverageReportMapper.Agrees(dto.Combined, matrix.Combined, "$.combined", ReportTexts.CombinedGrades);
        return matrix;
    }

    public static CoverageMatrixDocumentDto ToDto(CoverageMatrix matrix)
        => new()
        {
            Schema = DocumentFormats.CoverageMatrix.SchemaUrlOf(V1Versions.Number),
            FormatVersion = V1Versions.Number,
            Municipality = matrix.Municipality,
            ConceptTitle = matrix.ConceptTitle,
            ConceptVersion = matrix.ConceptVersion,
            EvaluationDate = matrix.EvaluationDate,
            Districts = OrNull(matrix.Districts),
            Combined = CoverageReportMapper.ToDto(matrix.Combined),
            Goals = ToDtos(matrix.Goals, static g => new GoalCoverageRowDto
            {
                GoalId = g.GoalId,
                ActionFieldId = g.ActionFieldId,
                Text = g.Text,
                Grades = OrNull(g.Grades),
                Combined = g.Combined,
            }),
            ActionFields = ToDtos(matrix.ActionFields, static a => new ActionFieldCoverageRowDto
            {
                ActionFieldId = a.ActionFieldId,
                Name = a.Name,
                EnglishName = a.EnglishName,
                Districts = ToDtos(a.Districts, static d => CoverageReportMapper.ToDto(d)),
                CombinedGrade = a.CombinedGrade,
                Combined = CoverageReportMapper.ToDto(a.Combined),
            }),
            // Mapped one by one while written: a matrix of thousands of plans never holds all their report DTOs at once.
            Reports = matrix.Reports.Count == 0 ? null : new MappedList<CoverageReport, CoverageReportDocumentDto>(matrix.Reports, static r => CoverageReportMapper.ToDto(r)),
        };
}
