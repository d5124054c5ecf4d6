using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Results;

/// <summary>
/// Several district plans against one city concept: districts × city goals and action fields, each district's
/// coverage and the combined coverage (a goal is covered in combination if any district covers it). Shows where
/// one district's ideas could transfer to another.
/// </summary>
public sealed record CoverageMatrix
{
    /// <summary>Creates a matrix.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <param name="conceptTitle">The city concept's title.</param>
    /// <param name="conceptVersion">The concept version checked against.</param>
    /// <param name="evaluationDate">The evaluation date.</param>
    /// <param name="reports">Each district's report, in matrix order.</param>
    /// <param name="goals">One row per city goal, in concept order.</param>
    /// <param name="actionFields">One row per action field, in concept order.</param>
    /// <exception cref="ArgumentNullException">A text argument is <see langword="null"/>.</exception>
    public CoverageMatrix(
        string municipality,
        string conceptTitle,
        string conceptVersion,
        LocalDate evaluationDate,
        IEnumerable<CoverageReport>? reports,
        IEnumerable<GoalCoverageRow>? goals,
        IEnumerable<ActionFieldCoverageRow>? actionFields)
    {
        Municipality = Guard.NotNull(municipality);
        ConceptTitle = Guard.NotNull(conceptTitle);
        ConceptVersion = Guard.NotNull(conceptVersion);
        EvaluationDate = evaluationDate;
        Reports = reports.ToValueList();
        Goals = goals.ToValueList();
        ActionFields = actionFields.ToValueList();
        var districts = new string[Reports.Count];
        for (var i = 0; i < districts.Length; i++)
        {
            districts[i] = Reports[i].District;
        }

        Districts = new ValueList<string>(districts);
        var counts = new int[4];
        foreach (var row in Goals)
        {
            counts[(int)row.Combined]++;
        }

        Combined = CoverageCounts.From(counts);
    }

    /// <summary>Gets the municipality.</summary>
    public string Municipality { get; }

    /// <summary>Gets the city concept's title.</summary>
    public string ConceptTitle { get; }

    /// <summary>Gets the concept version checked against.</summary>
    public string ConceptVersion { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>Gets the districts' names, in matrix order.</summary>
    public ValueList<string> Districts { get; }

    /// <summary>Gets each district's report, in matrix order.</summary>
    public ValueList<CoverageReport> Reports { get; }

    /// <summary>Gets one row per city goal.</summary>
    public ValueList<GoalCoverageRow> Goals { get; }

    /// <summary>Gets one row per action field.</summary>
    public ValueList<ActionFieldCoverageRow> ActionFields { get; }

    /// <summary>Gets the combined coverage: the counts of city goals by combined grade.</summary>
    public CoverageCounts Combined { get; }

    internal static CoverageMatrix Combine(CityConcept concept, IReadOnlyList<CoverageReport> reports, LocalDate evaluationDate)
    {
        var goalCount = concept.Goals.Count;
        var goalRows = new GoalCoverageRow[goalCount];
        var combinedGrades = new CoverageGrade[goalCount];
        for (var g = 0; g < goalCount; g++)
        {
            var grades = new CoverageGrade[reports.Count];
            for (var r = 0; r < grades.Length; r++)
            {
                grades[r] = reports[r].Goals[g].Grade;
            }

            var goal = concept.Goals[g];
            combinedGrades[g] = CombineGrades(grades);
            goalRows[g] = new GoalCoverageRow(goal.Id, goal.ActionFieldId, goal.Text, grades, combinedGrades[g]);
        }

        var fieldPositions = new Dictionary<ElementId<ActionField>, int>(concept.ActionFields.Count);
        for (var f = 0; f < concept.ActionFields.Count; f++)
        {
            fieldPositions.TryAdd(concept.ActionFields[f].Id, f);
        }

        var fieldCounts = new int[concept.ActionFields.Count, 4];
        for (var g = 0; g < goalCount; g++)
        {
            if (fieldPositions.TryGetValue(concept.Goals[g].ActionFieldId, out var f))
            {
                fieldCounts[f, (int)combinedGrades[g]]++;
            }
        }

        var fieldRows = new ActionFieldCoverageRow[concept.ActionFields.Count];
        for (var f = 0; f < fieldRows.Length; f++)
        {
            var perDistrict = new ActionFieldCoverage[reports.Count];
            var allOutOfScope = reports.Count > 0;
            for (var r = 0; r < perDistrict.Length; r++)
            {
                perDistrict[r] = reports[r].ActionFields[f];
                allOutOfScope &= perDistrict[r].Grade == CoverageGrade.OutOfScope;
            }

            var counts = new CoverageCounts(fieldCounts[f, 0], fieldCounts[f, 1], fieldCounts[f, 2], fieldCounts[f, 3]);
            var grade = allOutOfScope || (counts.Total > 0 && counts.InScope == 0) ? CoverageGrade.OutOfScope
                : counts.InScope > 0 && counts.Covered == counts.InScope ? CoverageGrade.Covered
                : counts.Covered + counts.PartlyCovered > 0 ? CoverageGrade.PartlyCovered
                : CoverageGrade.Uncovered;
            var field = concept.ActionFields[f];
            fieldRows[f] = new ActionFieldCoverageRow(field.Id, field.Name, field.EnglishName, perDistrict, grade, counts);
        }

        return new CoverageMatrix(concept.Municipality.Name, concept.Title, concept.Version.Label, evaluationDate, reports, goalRows, fieldRows);
    }

    private static CoverageGrade CombineGrades(CoverageGrade[] grades)
    {
        // Covered < PartlyCovered < Uncovered < OutOfScope: the best grade wins; out of scope only when all say so.
        var best = CoverageGrade.OutOfScope;
        foreach (var grade in grades)
        {
            if (grade < best)
            {
                best = grade;
            }
        }

        return grades.Length == 0 ? CoverageGrade.Uncovered : best;
    }
}
