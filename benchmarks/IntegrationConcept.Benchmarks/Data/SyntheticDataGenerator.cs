using System.Globalization;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Benchmarks.Data;

/// <summary>
/// A seeded generator of synthetic city concepts and district plans. The same seed always gives the same
/// documents (System.Random with a seed; no clock, no hashing of strings). It calls the model's public
/// constructors directly, not the builders, so that generating 10^6 elements takes seconds.
/// </summary>
/// <remarks>
/// The mix is chosen so that every coverage rule fires sometimes: city goals nobody refines, district goals
/// without measures, measures without carrier / period / indicator / target group, indicators without baseline,
/// target or data source, qualitative indicators, district goals that refine a goal declared out of scope or a
/// goal that does not exist, district-specific goals (potentials), unknown principles and approaches, an
/// out-of-scope declaration without justification, and finished periods of running measures.
/// </remarks>
public sealed class SyntheticDataGenerator
{
    private static readonly string[] TrierActionFields =
    [
        "Bildung und Sprache",
        "Ausbildung, Arbeit und Weiterbildung",
        "Wohnen und Leben im Stadtteil",
        "Gesundheit und Pflege",
        "Verwaltung",
    ];

    private static readonly string[] Words =
    [
        "Sprachförderung", "Kita", "Elternarbeit", "Nachbarschaft", "Ausbildung", "Anerkennung", "Beratung",
        "Quartier", "Jugendtreff", "Sportverein", "Gesundheit", "Pflege", "Verwaltung", "Beteiligung", "Fest",
        "Bürgerhaus", "Schule", "Mentoring", "Lotsen", "Begegnung",
    ];

    private static readonly LocalDate Origin = new(2011, 1, 1);
    private static readonly LocalDate PeriodOrigin = new(2012, 1, 1);
    private static readonly LocalDate PlanEnd = new(2016, 12, 31);
    private static readonly LocalDate EvaluationDate = new(2014, 6, 30);

    private readonly Random _random;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed; the same seed gives the same documents.</param>
    public SyntheticDataGenerator(int seed) => _random = new Random(seed);

    /// <summary>Creates a city concept with <paramref name="goalCount"/> goals and action fields, principles,
    /// approaches and city measures in proportion.</summary>
    public CityConcept CreateConcept(int goalCount)
    {
        var fieldCount = Math.Max(5, goalCount / 8);
        var principleCount = Math.Max(3, goalCount / 25);
        var fields = new ActionField[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            var name = i < TrierActionFields.Length ? TrierActionFields[i] : "Handlungsfeld " + Num(i + 1);
            fields[i] = new ActionField(new ElementId<ActionField>("HF-" + Num(i + 1)), name, description: i % 3 == 0 ? Sentence(8) : null);
        }

        var principles = new Principle[principleCount];
        for (var i = 0; i < principleCount; i++)
        {
            principles[i] = new Principle(new ElementId<Principle>("P-" + Num(i + 1)), "Grundsatz " + Sentence(3), Sentence(10));
        }

        // A three-level hierarchy as in real concepts: a guiding goal per action field, action goals under it,
        // operational goals under an action goal of the same field; some goals stand alone.
        var goals = new Goal[goalCount];
        var guiding = new ElementId<Goal>?[fieldCount];
        var actionGoals = new List<ElementId<Goal>>[fieldCount];
        for (var i = 0; i < goalCount; i++)
        {
            var field = i % fieldCount;
            var id = new ElementId<Goal>("G-" + Num(i + 1));
            var fieldId = fields[field].Id;
            actionGoals[field] ??= [];
            if (guiding[field] is not { } guidingId)
            {
                guiding[field] = id;
                goals[i] = new Goal(id, fieldId, "Leitziel: " + Sentence(5), GoalLevel.Guiding);
                continue;
            }

            var r = _random.NextDouble();
            if (r < 0.5 || actionGoals[field].Count == 0)
            {
                goals[i] = new Goal(id, fieldId, "Handlungsziel: " + Sentence(5), GoalLevel.Action, guidingId);
                actionGoals[field].Add(id);
            }
            else if (r < 0.85)
            {
                var parent = actionGoals[field][_random.Next(actionGoals[field].Count)];
                goals[i] = new Goal(id, fieldId, "Teilziel: " + Sentence(5), GoalLevel.Operational, parent);
            }
            else
            {
                goals[i] = new Goal(id, fieldId, Sentence(5));
            }
        }

        var approaches = new Approach[Math.Max(1, goalCount / 2)];
        for (var i = 0; i < approaches.Length; i++)
        {
            var goal = goals[_random.Next(goalCount)];
            approaches[i] = new Approach(new ElementId<Approach>("A-" + Num(i + 1)), goal.ActionFieldId, "Ansatz " + Sentence(4), [goal.Id]);
        }

        var cityMeasures = new CityMeasure[Math.Max(1, goalCount / 4)];
        for (var i = 0; i < cityMeasures.Length; i++)
        {
            var approach = approaches[_random.Next(approaches.Length)];
            cityMeasures[i] = new CityMeasure(new ElementId<CityMeasure>("CM-" + Num(i + 1)), "Maßnahme " + Sentence(4), approach.Id, approach.GoalIds);
        }

        return new CityConcept(
            "Integrationskonzept der Stadt Synthetika",
            new Municipality("Synthetika", "07211000", new MunicipalityProfile(new Population(108_472, 2014), "Typ 5", new PopulationProjection(0.3m, 2012, 2030))),
            new ConceptVersion("2011", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", new Timeframe(new LocalDate(2011, 12, 13))),
            principles,
            fields,
            goals,
            approaches,
            cityMeasures);
    }

    /// <summary>Creates a district plan of about <paramref name="targetElements"/> elements (as counted by
    /// <see cref="ElementCounter"/>; the result is at least the target and at most one goal's worth above it).</summary>
    public DistrictPlan CreatePlan(CityConcept concept, int districtNumber, int targetElements)
    {
        var prefix = "D" + Num(districtNumber) + "-";
        var count = 0;

        var actors = new Actor[Math.Max(4, targetElements / 60)];
        for (var i = 0; i < actors.Length; i++)
        {
            actors[i] = new Actor(new ElementId<Actor>(prefix + "AK-" + Num(i + 1)), "Akteur " + Sentence(2), (ActorKind)_random.Next(5));
        }

        var bodies = new Body[Math.Max(2, targetElements / 400)];
        for (var i = 0; i < bodies.Length; i++)
        {
            var members = new ElementId<Actor>[1 + _random.Next(4)];
            for (var j = 0; j < members.Length; j++)
            {
                members[j] = actors[_random.Next(actors.Length)].Id;
            }

            bodies[i] = new Body(new ElementId<Body>(prefix + "GR-" + Num(i + 1)), "Gremium " + Sentence(2), (BodyKind)_random.Next(5), members.Distinct());
        }

        var targetGroups = new TargetGroup[Math.Max(4, targetElements / 200)];
        for (var i = 0; i < targetGroups.Length; i++)
        {
            targetGroups[i] = new TargetGroup(new ElementId<TargetGroup>(prefix + "ZG-" + Num(i + 1)), "Zielgruppe " + Sentence(3), (MigrationBackground)(i % 4));
        }

        var observations = new Observation[Math.Max(2, targetElements / 150)];
        for (var i = 0; i < observations.Length; i++)
        {
            observations[i] = new Observation(
                new ElementId<Observation>(prefix + "B-" + Num(i + 1)),
                i % 3 == 0 ? ObservationKind.Potential : ObservationKind.Need,
                Sentence(6),
                "Bestandsaufnahme 2011",
                concept.ActionFields[_random.Next(concept.ActionFields.Count)].Id);
        }

        // Out of scope: about 2 % of the city goals; every tenth declaration lacks a justification.
        var outOfScope = new List<OutOfScopeDeclaration>();
        var outOfScopeGoals = new HashSet<int>();
        var outCount = Math.Max(1, concept.Goals.Count / 50);
        while (outOfScopeGoals.Count < outCount)
        {
            outOfScopeGoals.Add(_random.Next(concept.Goals.Count));
        }

        foreach (var index in outOfScopeGoals.Order())
        {
            outOfScope.Add(new OutOfScopeDeclaration(
                ElementKind.Goal,
                concept.Goals[index].Id.Value,
                outOfScope.Count % 10 == 9 ? " " : "Im Stadtteil nicht relevant: " + Sentence(5)));
        }

        var suppressions = new List<Suppression>
        {
            new("IC2004", prefix + "Z-1", "Synthetische Unterdrückung: " + Sentence(4)),
            new("IC9999", prefix + "M-1", "Unbekannte Regel: " + Sentence(4)),
        };

        count += actors.Length + bodies.Length + targetGroups.Length + observations.Length + outOfScope.Count + suppressions.Count;

        var goals = new List<DistrictGoal>();
        var measures = new List<Measure>();
        var indicators = new List<Indicator>();
        var outOfScopeList = outOfScopeGoals.ToArray();
        while (count < targetElements)
        {
            var goalId = new ElementId<DistrictGoal>(prefix + "Z-" + Num(goals.Count + 1));
            var r = _random.NextDouble();
            DistrictGoal goal;
            var goalIndicators = new List<ElementId<Indicator>>();
            if (_random.NextDouble() < 0.15)
            {
                count += AddIndicator(prefix, indicators, goalIndicators);
            }

            var observationIds = _random.NextDouble() < 0.3 ? new[] { observations[_random.Next(observations.Length)].Id } : null;
            if (r < 0.07)
            {
                goal = new DistrictGoal(goalId, "Eigenes Ziel: " + Sentence(5), null, isDistrictSpecific: true,
                    concept.ActionFields[_random.Next(concept.ActionFields.Count)].Id, goalIndicators, observationIds);
            }
            else
            {
                ElementId<Goal> refined = r < 0.08
                    ? concept.Goals[outOfScopeList[_random.Next(outOfScopeList.Length)]].Id
                    : r < 0.085
                        ? new ElementId<Goal>("G-X" + Num(goals.Count + 1))
                        : concept.Goals[_random.Next(concept.Goals.Count)].Id;
                var refinedIds = _random.NextDouble() < 0.2
                    ? new[] { refined, concept.Goals[_random.Next(concept.Goals.Count)].Id }.Distinct()
                    : [refined];
                goal = new DistrictGoal(goalId, Sentence(6), refinedIds, false, null, goalIndicators, observationIds);
            }

            goals.Add(goal);
            count++;

            var measureCount = _random.NextDouble() < 0.06 ? 0 : 1 + _random.Next(3);
            for (var m = 0; m < measureCount; m++)
            {
                count += AddMeasure(concept, prefix, goal.Id, actors, bodies, targetGroups, measures, indicators);
            }
        }

        return new DistrictPlan(
            "Stadtteilkonzept " + Num(districtNumber),
            new District("Stadtteil " + Num(districtNumber), new Population(5_000 + _random.Next(10_000), 2011), Sentence(6)),
            new ConceptReference(concept.Municipality.Name, concept.Version.Label),
            new Timeframe(new LocalDate(2011, 6, 1), new LocalDate(2016, 12, 31)),
            observations,
            goals,
            measures,
            actors,
            bodies,
            targetGroups,
            indicators,
            outOfScope,
            suppressions);
    }

    private int AddMeasure(
        CityConcept concept,
        string prefix,
        ElementId<DistrictGoal> goalId,
        Actor[] actors,
        Body[] bodies,
        TargetGroup[] targetGroups,
        List<Measure> measures,
        List<Indicator> indicators)
    {
        var count = 1;
        var id = new ElementId<Measure>(prefix + "M-" + Num(measures.Count + 1));

        var participationCount = 1 + _random.Next(3);
        var participations = new List<Participation>(participationCount);
        var firstActor = _random.Next(actors.Length);
        for (var p = 0; p < participationCount; p++)
        {
            var role = p == 0
                ? (_random.NextDouble() < 0.9 ? ParticipationRole.Carrier : ParticipationRole.Partner)
                : (ParticipationRole)(1 + _random.Next(3));
            participations.Add(new Participation(actors[(firstActor + p) % actors.Length].Id, role));
        }

        count += participations.Count;

        // Periods mostly inside the plan's validity (2011-06-01..2016-12-31) and the concept's (from 2011-12-13);
        // a few start too early, end too late or are open-ended. The status mostly fits the evaluation date
        // (2014-06-30); a few ended measures are still "running" (overdue).
        Timeframe? period = null;
        var status = MeasureStatus.Planned;
        if (_random.NextDouble() < 0.92)
        {
            var start = _random.NextDouble() < 0.03 ? new LocalDate(2011, 9, 1).PlusDays(_random.Next(100)) : PeriodOrigin.PlusDays(_random.Next(1400));
            var shape = _random.NextDouble();
            LocalDate? end = shape < 0.03 ? null : start.PlusDays(90 + _random.Next(900));
            if (end is { } e && e > PlanEnd && shape > 0.07)
            {
                end = PlanEnd;
            }

            period = new Timeframe(start, end);
            status = start > EvaluationDate ? MeasureStatus.Planned
                : end is { } finished && finished < EvaluationDate ? (_random.NextDouble() < 0.9 ? MeasureStatus.Completed : MeasureStatus.Running)
                : MeasureStatus.Running;
            if (_random.NextDouble() < 0.03)
            {
                status = MeasureStatus.Cancelled;
            }
        }

        var bodyIds = _random.NextDouble() < 0.3 ? new[] { bodies[_random.Next(bodies.Length)].Id } : null;
        var targetGroupIds = _random.NextDouble() < 0.05
            ? null
            : _random.NextDouble() < 0.7
                ? [targetGroups[_random.Next(targetGroups.Length)].Id]
                : new[] { targetGroups[_random.Next(targetGroups.Length)].Id, targetGroups[_random.Next(targetGroups.Length)].Id }.Distinct();

        var principleIds = new List<ElementId<Principle>>(2)
        {
            _random.NextDouble() < 0.01
                ? new ElementId<Principle>("P-X" + Num(measures.Count + 1))
                : concept.Principles[_random.Next(concept.Principles.Count)].Id,
        };

        ElementId<Approach>? approachId = _random.NextDouble() switch
        {
            < 0.01 => new ElementId<Approach>("A-X" + Num(measures.Count + 1)),
            < 0.5 => concept.Approaches[_random.Next(concept.Approaches.Count)].Id,
            _ => null,
        };

        var indicatorIds = new List<ElementId<Indicator>>(2);
        var r = _random.NextDouble();
        var indicatorCount = r < 0.1 ? 0 : r < 0.95 ? 1 : 2;
        for (var i = 0; i < indicatorCount; i++)
        {
            count += AddIndicator(prefix, indicators, indicatorIds);
        }

        measures.Add(new Measure(
            id,
            Words[_random.Next(Words.Length)] + " " + Sentence(2),
            status,
            period,
            participations,
            bodyIds,
            targetGroupIds,
            [goalId],
            principleIds,
            indicatorIds,
            approachId,
            _random.NextDouble() < 0.1 ? Sentence(6) : null));
        return count;
    }

    private int AddIndicator(string prefix, List<Indicator> indicators, List<ElementId<Indicator>> ids)
    {
        var id = new ElementId<Indicator>(prefix + "I-" + Num(indicators.Count + 1));
        var type = (IndicatorMeasureType)(_random.NextDouble() switch
        {
            < 0.7 => 0,
            < 0.85 => 1,
            _ => 2,
        });
        var qualitative = type == IndicatorMeasureType.Qualitative;
        // Targets mostly agree with the direction (5 % contradict it); measurements follow the planned path from
        // baseline to target with a little noise, except 10 % of the indicators that lag far behind.
        var direction = (IndicatorDirection)_random.Next(3);
        var baseDate = Origin.PlusDays(_random.Next(400));
        var start = Math.Round((decimal)(20 + (_random.NextDouble() * 60)), 1);
        var goal = direction switch
        {
            IndicatorDirection.Increase => start * (decimal)(1.1 + (_random.NextDouble() * 0.5)),
            IndicatorDirection.Decrease => start * (decimal)(0.5 + (_random.NextDouble() * 0.4)),
            _ => start,
        };
        if (_random.NextDouble() < 0.05)
        {
            goal = (2 * start) - goal;
        }

        var targetDate = baseDate.PlusYears(2);
        var lagging = _random.NextDouble() < 0.1;
        var count = 1;
        DataPoint? baseline = null;
        if (_random.NextDouble() < 0.9)
        {
            baseline = Point(qualitative, baseDate, start);
            count++;
        }

        var targets = new List<DataPoint>();
        if (_random.NextDouble() < 0.9)
        {
            var targetCount = 1 + _random.Next(2);
            for (var t = 0; t < targetCount; t++)
            {
                targets.Add(Point(qualitative, targetDate.PlusYears(2 * t), goal));
            }
        }

        // A quarterly time series of 0 to 16 measurements (four years).
        var measurements = new List<DataPoint>();
        var measurementCount = _random.Next(17);
        var span = Period.Between(baseDate, targetDate, PeriodUnits.Days).Days;
        for (var m = 0; m < measurementCount; m++)
        {
            var date = baseDate.PlusMonths(3 * (m + 1));
            var progress = Math.Min(1m, (decimal)Period.Between(baseDate, date, PeriodUnits.Days).Days / span) * (lagging ? 0.2m : 1m);
            var planned = start + ((goal - start) * progress);
            measurements.Add(Point(qualitative, date, planned * (decimal)(0.98 + (_random.NextDouble() * 0.04))));
        }

        count += targets.Count + measurements.Count;
        indicators.Add(new Indicator(
            id,
            "Indikator " + Sentence(2),
            type,
            direction,
            _random.NextDouble() < 0.3 ? Sentence(5) : null,
            type == IndicatorMeasureType.Percentage ? "%" : qualitative ? null : "Personen",
            baseline,
            targets,
            measurements,
            _random.NextDouble() < 0.8 ? "Statistikstelle, " + Words[_random.Next(Words.Length)] : null,
            _random.NextDouble() < 0.8 ? SpatialLevel.District : SpatialLevel.City));
        ids.Add(id);
        return count;
    }

    private DataPoint Point(bool qualitative, LocalDate date, decimal value)
        => qualitative
            ? new DataPoint(date, null, Words[_random.Next(Words.Length)] + " gut angenommen")
            : new DataPoint(date, Math.Round(value, 1));

    private string Sentence(int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = Words[_random.Next(Words.Length)];
        }

        return string.Join(' ', parts);
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
