using CsCheck;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using NodaTime;
using static IntegrationConcept.Tests.Documents.Generators.ModelGen;

namespace IntegrationConcept.Tests.Documents.Generators;

/// <summary>CsCheck generators of structurally valid district plans.</summary>
internal static class PlanGen
{
    // A reference to the city concept: any text, without the control and invisible characters the id grammar refuses.
    private static readonly Gen<string> ForeignId = Text.Select(t => "c-" + VisibleOnly(t).Trim());


    private static Gen<string[]> Ids(string prefix, int max) => Gen.Int[0, max].Select(n => Enumerable.Range(0, n).Select(i => prefix + i).ToArray());

    private static Gen<T[]> Pick<T>(T[] pool, int max)
        => pool.Length == 0 ? Gen.Const(Array.Empty<T>()) : Gen.Int[0, pool.Length - 1].Array[0, max].Select(ix => ix.Select(i => pool[i]).ToArray());

    private static Gen<DataPoint> Point(bool qualitative, LocalDate notBefore)
        => qualitative
            ? Gen.Select(Gen.Int[0, 2000], Text, (d, c) => new DataPoint(notBefore.PlusDays(d), null, c))
            : Gen.Select(Gen.Int[0, 2000], Number, OptionalText, (d, v, c) => new DataPoint(notBefore.PlusDays(d), v, c));

    private static readonly Gen<Func<string, Indicator>> IndicatorGen =
        from type in Gen.Enum<IndicatorMeasureType>()
        from direction in Gen.Enum<IndicatorDirection>()
        from name in Text
        from definition in OptionalText
        from unit in OptionalText
        from start in Date
        from baseline in Gen.Select(Gen.Int[0, 9], Point(type == IndicatorMeasureType.Qualitative, start), (r, p) => r < 3 ? (DataPoint?)null : p)
        from targets in Point(type == IndicatorMeasureType.Qualitative, baseline?.Date ?? start).Array[0, 3]
        from measurements in Point(type == IndicatorMeasureType.Qualitative, start).Array[0, 3]
        from source in OptionalText
        from level in Gen.Enum<SpatialLevelV1>().Select(l => l.ToModel()) // format 1 values: the plans are written as version 1 too
        select new Func<string, Indicator>(id => new Indicator(new(id), name, type, direction, definition, unit, baseline, targets, measurements, source, level));

    public static readonly Gen<DistrictPlan> DistrictPlan =
        from title in Text
        from district in Gen.Select(Text, PopulationGen.Null(0.4), OptionalText, (n, p, d) => new District(n, p, d))
        from concept in Gen.Select(Text, Text, (m, v) => new ConceptReference(m, v))
        from validity in TimeframeGen.Null(0.4)
        from observationIds in Ids("B-", 3)
        from indicatorIds in Ids("I-", 4)
        from goalIds in Ids("EQ-", 5)
        from actorIds in Ids("akt-", 4)
        from bodyIds in Ids("gr-", 3)
        from groupIds in Ids("zg-", 3)
        from measureIds in Ids("M-", 5)
        from observations in Gen.Select(Gen.Enum<ObservationKind>(), Text, Text, ForeignId.Null(0.5)).Array[observationIds.Length]
        from indicators in IndicatorGen.Array[indicatorIds.Length]
        from goals in Gen.Select(Text, Gen.Bool, ForeignId.Array[1, 3], ForeignId.Null(0.5), Pick(indicatorIds, 2), Pick(observationIds, 2)).Array[goalIds.Length]
        from actors in Gen.Select(Text, Gen.Enum<ActorKindV1>().Select(k => k.ToModel()), OptionalText).Array[actorIds.Length]
        from bodies in Gen.Select(Text, Gen.Enum<BodyKind>(), Pick(actorIds, 3), OptionalText).Array[bodyIds.Length]
        from groups in Gen.Select(Text, Gen.Enum<MigrationBackground>(), OptionalText).Array[groupIds.Length]
        from measures in Gen.Select(
                Gen.Select(Text, Gen.Enum<MeasureStatus>(), TimeframeGen.Null(0.3), Gen.Select(Pick(actorIds, 1), Gen.Enum<ParticipationRole>()).Array[0, 3]),
                Gen.Select(Pick(bodyIds, 2), Pick(groupIds, 2), Pick(goalIds, 2), ForeignId.Array[0, 2], Pick(indicatorIds, 2)),
                Gen.Select(ForeignId.Null(0.6), OptionalText))
            .Array[measureIds.Length]
        from outOfScope in Gen.Select(Gen.OneOf(new[] { ElementKind.ActionField, ElementKind.Goal, ElementKind.Principle }), Gen.OneOf(Text, Gen.Const(string.Empty))).Array[0, 3]
        from suppressions in Gen.Select(Text.Select(t => "el-" + VisibleOnly(t).Trim()), Gen.OneOf(Text, Gen.Const(string.Empty))).Array[0, 3]
        select new DistrictPlan(
            title,
            district,
            concept,
            validity,
            observations.Select((o, i) => new Observation(new(observationIds[i]), o.Item1, o.Item2, o.Item3, o.Item4 is { } a ? new ElementId<ActionField>(a) : null)),
            goals.Select((g, i) => new DistrictGoal(
                new(goalIds[i]),
                g.Item1,
                g.Item2 ? null : g.Item3.Select(id => new ElementId<Goal>(id)),
                g.Item2,
                g.Item4 is { } a ? new ElementId<ActionField>(a) : null,
                g.Item5.Select(id => new ElementId<Indicator>(id)),
                g.Item6.Select(id => new ElementId<Observation>(id)))),
            measures.Select((m, i) => new Measure(
                new(measureIds[i]),
                m.Item1.Item1,
                m.Item1.Item2,
                m.Item1.Item3,
                m.Item1.Item4.Where(p => p.Item1.Length > 0).Select(p => new Participation(new(p.Item1[0]), p.Item2)),
                m.Item2.Item1.Select(id => new ElementId<Body>(id)),
                m.Item2.Item2.Select(id => new ElementId<TargetGroup>(id)),
                m.Item2.Item3.Select(id => new ElementId<DistrictGoal>(id)),
                m.Item2.Item4.Select(id => new ElementId<Principle>(id)),
                m.Item2.Item5.Select(id => new ElementId<Indicator>(id)),
                m.Item3.Item1 is { } a ? new ElementId<Approach>(a) : null,
                m.Item3.Item2)),
            actors.Select((a, i) => new Actor(new(actorIds[i]), a.Item1, a.Item2, a.Item3)),
            bodies.Select((b, i) => new Body(new(bodyIds[i]), b.Item1, b.Item2, b.Item3.Select(id => new ElementId<Actor>(id)), b.Item4)),
            groups.Select((t, i) => new TargetGroup(new(groupIds[i]), t.Item1, t.Item2, t.Item3)),
            indicators.Select((f, i) => f(indicatorIds[i])),
            outOfScope.Select((o, i) => new OutOfScopeDeclaration(o.Item1, "x" + i, o.Item2)),
            suppressions.Select((s, i) => new Suppression("IC" + (1000 + i), s.Item1, s.Item2)));
}
