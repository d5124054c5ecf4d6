using CsCheck;
using IntegrationConcept.Model;
using static IntegrationConcept.Tests.Documents.Generators.ModelGen;

namespace IntegrationConcept.Tests.Documents.Generators;

/// <summary>
/// CsCheck generators of models that use what format version 2 adds: city-level indicators and earlier versions on
/// the city concept; district keys and sub-areas, lead offices, budget entries, sub-areas served, recorded goal
/// status, the migration term of target groups, and the indicator members of version 2 on the district plan.
/// They extend the version 1 generators, so every model stays structurally valid.
/// </summary>
internal static class V2Gen
{
    private static readonly Gen<BudgetEntry> Budget =
        from year in Gen.Int[1900, 2200]
        from kind in Gen.Enum<BudgetKind>()
        from amount in Gen.OneOf(Gen.Decimal[0m, 10_000_000m], Gen.Int[0, 100_000].Select(i => (decimal)i), Gen.Const(0.01m), Gen.Const(79_228_162_514_264_337_593_543_950_335m))
        from programme in OptionalText
        from funder in OptionalText
        from line in OptionalText
        from comment in OptionalText
        select new BudgetEntry(year, kind, amount, programme, funder, line, comment);

    private static readonly Gen<Func<Indicator, Indicator>> IndicatorExtras =
        from catalogue in Gen.Select(Text, Text, (c, n) => new CatalogueReference(c, n)).Null(0.5)
        from frequency in Gen.Enum<MeasurementFrequency>().Nullable(0.5)
        from breakdowns in Text.Array[0, 3]
        from keys in Text.Array[0, 3]
        select new Func<Indicator, Indicator>(i => new Indicator(
            i.Id, i.Name, i.MeasureType, i.Direction, i.Definition, i.Unit, i.Baseline, i.Targets, i.Measurements, i.DataSource, i.SpatialLevel,
            catalogue, frequency, breakdowns, keys));

    private static readonly Gen<Goal> PreviousGoalTemplate =
        Gen.Select(Text, Text, Gen.Enum<GoalLevel>().Nullable(0.5), (f, t, l) => new Goal(new ElementId<Goal>("tmp"), new ElementId<ActionField>("HF-" + VisibleOnly(f).Trim()), t, l));

    public static readonly Gen<CityConcept> CityConcept =
        from concept in ModelGen.CityConcept
        from indicatorExtras in IndicatorExtras.Array[0, 3]
        from indicatorBase in Gen.Select(Text, Gen.Enum<IndicatorMeasureType>(), Gen.Enum<IndicatorDirection>(), OptionalText, Gen.Enum<SpatialLevel>()).Array[indicatorExtras.Length]
        from measured in Gen.Select(Date, Number).Array[0, 2]
        from versions in Gen.Select(VersionGen, Gen.Select(Gen.Bool, PreviousGoalTemplate).Array[0, 5]).Array[0, 2]
        select Extend(concept, indicatorExtras, indicatorBase, measured, versions);

    private static CityConcept Extend(
        CityConcept concept,
        Func<Indicator, Indicator>[] extras,
        (string Name, IndicatorMeasureType Type, IndicatorDirection Direction, string? Source, SpatialLevel Level)[] bases,
        (NodaTime.LocalDate Date, decimal Value)[] measured,
        (ConceptVersion Version, (bool KeepId, Goal Goal)[] Goals)[] versions)
    {
        var indicators = bases.Select((b, i) => extras[i](new Indicator(
            new ElementId<Indicator>("S-" + i), b.Name, b.Type, b.Direction, dataSource: b.Source, spatialLevel: b.Level,
            measurements: b.Type == IndicatorMeasureType.Qualitative
                ? measured.Select(m => new DataPoint(m.Date, null, "Einschätzung"))
                : measured.Select(m => new DataPoint(m.Date, m.Value)))));
        var previous = versions.Select((v, n) => new PreviousVersion(
            new ConceptVersion("früher " + n + " " + v.Version.Label, v.Version.Status, v.Version.AdoptionDate, v.Version.AdoptedBy, v.Version.Validity, v.Version.Updates),
            v.Goals.Select((g, j) => new Goal(
                // Half of the goals keep a current goal's id (stable ids across versions), the others are goals since removed.
                g.KeepId && j < concept.Goals.Count ? concept.Goals[j].Id : new ElementId<Goal>("alt-" + j),
                g.Goal.ActionFieldId, g.Goal.Text, g.Goal.Level))));
        return concept.WithIndicators(indicators).WithPreviousVersions(previous);
    }

    public static readonly Gen<DistrictPlan> DistrictPlan =
        from plan in PlanGen.DistrictPlan
        from keys in Text.Array[0, 2]
        from areas in Gen.Select(Text, Gen.Enum<SubAreaKind>()).Array[0, 3]
        from measureExtras in Gen.Select(Gen.Int[-1, 9], Budget.Array[0, 3], Gen.Int[0, 9].Array[0, 2]).Array[plan.Measures.Count]
        from goalExtras in Gen.Select(Gen.Int[-1, 9], Gen.Select(Gen.Enum<ImplementationStatus>(), Date, OptionalText).Nullable(0.4)).Array[plan.Goals.Count]
        from terms in Gen.Enum<MigrationTerm>().Array[plan.TargetGroups.Count]
        from indicatorExtras in IndicatorExtras.Array[plan.Indicators.Count]
        select Extend(plan, keys, areas, measureExtras, goalExtras, terms, indicatorExtras);

    private static DistrictPlan Extend(
        DistrictPlan plan,
        string[] keys,
        (string Name, SubAreaKind Kind)[] areas,
        (int Lead, BudgetEntry[] Budget, int[] Areas)[] measureExtras,
        (int Lead, (ImplementationStatus Status, NodaTime.LocalDate AsOf, string? Comment)? Status)[] goalExtras,
        MigrationTerm[] terms,
        Func<Indicator, Indicator>[] indicatorExtras)
    {
        var subAreas = areas.Select((a, i) => new SubArea(new ElementId<SubArea>("SB-" + i), a.Name, a.Kind)).ToArray();
        ElementId<Actor>? Lead(int pick) => pick >= 0 && plan.Actors.Count > 0 ? plan.Actors[pick % plan.Actors.Count].Id : null;
        var district = new District(plan.District.Name, plan.District.Population, plan.District.Description, keys, subAreas);
        var measures = plan.Measures.Select((m, i) => new Measure(
            m.Id, m.Name, m.Status, m.Period, m.Participations, m.BodyIds, m.TargetGroupIds, m.GoalIds, m.PrincipleIds, m.IndicatorIds, m.ApproachId, m.Description,
            Lead(measureExtras[i].Lead),
            measureExtras[i].Budget,
            subAreas.Length == 0 ? null : measureExtras[i].Areas.Select(a => subAreas[a % subAreas.Length].Id)));
        var goals = plan.Goals.Select((g, i) => new DistrictGoal(
            g.Id, g.Text, g.RefinedGoalIds, g.IsDistrictSpecific, g.ActionFieldId, g.IndicatorIds, g.ObservationIds,
            Lead(goalExtras[i].Lead),
            goalExtras[i].Status is { } s ? new RecordedStatus(s.Status, s.AsOf, s.Comment) : null));
        var groups = plan.TargetGroups.Select((t, i) => new TargetGroup(t.Id, t.Name, t.MigrationBackground, t.Description, terms[i]));
        var indicators = plan.Indicators.Select((x, i) => indicatorExtras[i](x));
        return new DistrictPlan(
            plan.Title, district, plan.Concept, plan.Validity, plan.Observations, goals, measures, plan.Actors, plan.Bodies, groups, indicators, plan.OutOfScope, plan.Suppressions);
    }
}
