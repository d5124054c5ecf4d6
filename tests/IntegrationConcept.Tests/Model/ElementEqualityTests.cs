using IntegrationConcept.Model;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model;

/// <summary>Value equality and hashing of every element type; lists are compared by content.</summary>
public sealed class ElementEqualityTests
{
    private static readonly LocalDate Day = new(2011, 9, 1);

    private static ElementId<T> Id<T>(string value) => new(value);

    private static ElementId<T>[] Ids<T>(params string[] values) => values.Select(v => new ElementId<T>(v)).ToArray();

    [Fact]
    public void Principle_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new Principle(Id<Principle>("G-1"), "Beteiligung", "lang"),
            new Principle(Id<Principle>("G-1"), "Beteiligung", "lang"),
            new Principle(Id<Principle>("G-2"), "Beteiligung", "lang"),
            new Principle(Id<Principle>("G-1"), "Teilhabe", "lang"),
            new Principle(Id<Principle>("G-1"), "Beteiligung"));

    [Fact]
    public void ActionField_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new ActionField(Id<ActionField>("BS"), "Bildung und Sprache", "Education", "d"),
            new ActionField(Id<ActionField>("BS"), "Bildung und Sprache", "Education", "d"),
            new ActionField(Id<ActionField>("AA"), "Bildung und Sprache", "Education", "d"),
            new ActionField(Id<ActionField>("BS"), "Bildung", "Education", "d"),
            new ActionField(Id<ActionField>("BS"), "Bildung und Sprache", null, "d"),
            new ActionField(Id<ActionField>("BS"), "Bildung und Sprache", "Education"));

    [Fact]
    public void Goal_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new Goal(Id<Goal>("BS-2"), Id<ActionField>("BS"), "Lehrkräfte", GoalLevel.Action, Id<Goal>("BS-1")),
            new Goal(Id<Goal>("BS-2"), Id<ActionField>("BS"), "Lehrkräfte", GoalLevel.Action, Id<Goal>("BS-1")),
            new Goal(Id<Goal>("BS-3"), Id<ActionField>("BS"), "Lehrkräfte", GoalLevel.Action, Id<Goal>("BS-1")),
            new Goal(Id<Goal>("BS-2"), Id<ActionField>("WL"), "Lehrkräfte", GoalLevel.Action, Id<Goal>("BS-1")),
            new Goal(Id<Goal>("BS-2"), Id<ActionField>("BS"), "Kita", GoalLevel.Action, Id<Goal>("BS-1")),
            new Goal(Id<Goal>("BS-2"), Id<ActionField>("BS"), "Lehrkräfte", GoalLevel.Guiding, Id<Goal>("BS-1")),
            new Goal(Id<Goal>("BS-2"), Id<ActionField>("BS"), "Lehrkräfte", GoalLevel.Action));

    [Fact]
    public void Approach_ComparesGoalListsByContent()
        => EqualityAssert.HasValueSemantics(
            new Approach(Id<Approach>("A-1"), Id<ActionField>("BS"), "Frühe Förderung", Ids<Goal>("BS-1", "BS-2"), "d"),
            new Approach(Id<Approach>("A-1"), Id<ActionField>("BS"), "Frühe Förderung", new List<ElementId<Goal>>(Ids<Goal>("BS-1", "BS-2")), "d"),
            new Approach(Id<Approach>("A-2"), Id<ActionField>("BS"), "Frühe Förderung", Ids<Goal>("BS-1", "BS-2"), "d"),
            new Approach(Id<Approach>("A-1"), Id<ActionField>("WL"), "Frühe Förderung", Ids<Goal>("BS-1", "BS-2"), "d"),
            new Approach(Id<Approach>("A-1"), Id<ActionField>("BS"), "Spät", Ids<Goal>("BS-1", "BS-2"), "d"),
            new Approach(Id<Approach>("A-1"), Id<ActionField>("BS"), "Frühe Förderung", Ids<Goal>("BS-2", "BS-1"), "d"),
            new Approach(Id<Approach>("A-1"), Id<ActionField>("BS"), "Frühe Förderung", Ids<Goal>("BS-1"), "d"),
            new Approach(Id<Approach>("A-1"), Id<ActionField>("BS"), "Frühe Förderung", Ids<Goal>("BS-1", "BS-2")));

    [Fact]
    public void CityMeasure_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new CityMeasure(Id<CityMeasure>("CM-1"), "Sprachkurse", Id<Approach>("A-1"), Ids<Goal>("BS-1"), "d"),
            new CityMeasure(Id<CityMeasure>("CM-1"), "Sprachkurse", Id<Approach>("A-1"), Ids<Goal>("BS-1"), "d"),
            new CityMeasure(Id<CityMeasure>("CM-2"), "Sprachkurse", Id<Approach>("A-1"), Ids<Goal>("BS-1"), "d"),
            new CityMeasure(Id<CityMeasure>("CM-1"), "Lesepaten", Id<Approach>("A-1"), Ids<Goal>("BS-1"), "d"),
            new CityMeasure(Id<CityMeasure>("CM-1"), "Sprachkurse", null, Ids<Goal>("BS-1"), "d"),
            new CityMeasure(Id<CityMeasure>("CM-1"), "Sprachkurse", Id<Approach>("A-1"), null, "d"),
            new CityMeasure(Id<CityMeasure>("CM-1"), "Sprachkurse", Id<Approach>("A-1"), Ids<Goal>("BS-1")));

    [Fact]
    public void Actor_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new Actor(Id<Actor>("beirat"), "Beirat", ActorKind.AdvisoryCouncil, "d"),
            new Actor(Id<Actor>("beirat"), "Beirat", ActorKind.AdvisoryCouncil, "d"),
            new Actor(Id<Actor>("polizei"), "Beirat", ActorKind.AdvisoryCouncil, "d"),
            new Actor(Id<Actor>("beirat"), "Ausländerbeirat", ActorKind.AdvisoryCouncil, "d"),
            new Actor(Id<Actor>("beirat"), "Beirat", ActorKind.Politics, "d"),
            new Actor(Id<Actor>("beirat"), "Beirat", ActorKind.AdvisoryCouncil));

    [Fact]
    public void Body_ComparesMembersByContent()
        => EqualityAssert.HasValueSemantics(
            new Body(Id<Body>("lenk"), "Lenkausschuss", BodyKind.SteeringCommittee, Ids<Actor>("a", "b"), "d"),
            new Body(Id<Body>("lenk"), "Lenkausschuss", BodyKind.SteeringCommittee, Ids<Actor>("a", "b"), "d"),
            new Body(Id<Body>("netz"), "Lenkausschuss", BodyKind.SteeringCommittee, Ids<Actor>("a", "b"), "d"),
            new Body(Id<Body>("lenk"), "Netzwerkteam", BodyKind.SteeringCommittee, Ids<Actor>("a", "b"), "d"),
            new Body(Id<Body>("lenk"), "Lenkausschuss", BodyKind.NetworkTeam, Ids<Actor>("a", "b"), "d"),
            new Body(Id<Body>("lenk"), "Lenkausschuss", BodyKind.SteeringCommittee, Ids<Actor>("a"), "d"),
            new Body(Id<Body>("lenk"), "Lenkausschuss", BodyKind.SteeringCommittee, Ids<Actor>("a", "b")));

    [Fact]
    public void TargetGroup_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new TargetGroup(Id<TargetGroup>("kinder"), "Kinder", MigrationBackground.Both, "d"),
            new TargetGroup(Id<TargetGroup>("kinder"), "Kinder", MigrationBackground.Both, "d"),
            new TargetGroup(Id<TargetGroup>("eltern"), "Kinder", MigrationBackground.Both, "d"),
            new TargetGroup(Id<TargetGroup>("kinder"), "Jugendliche", MigrationBackground.Both, "d"),
            new TargetGroup(Id<TargetGroup>("kinder"), "Kinder", MigrationBackground.With, "d"),
            new TargetGroup(Id<TargetGroup>("kinder"), "Kinder", MigrationBackground.Both));

    [Fact]
    public void Observation_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new Observation(Id<Observation>("O-1"), ObservationKind.Need, "Bedarf", "Datensammlung", Id<ActionField>("WL")),
            new Observation(Id<Observation>("O-1"), ObservationKind.Need, "Bedarf", "Datensammlung", Id<ActionField>("WL")),
            new Observation(Id<Observation>("O-2"), ObservationKind.Need, "Bedarf", "Datensammlung", Id<ActionField>("WL")),
            new Observation(Id<Observation>("O-1"), ObservationKind.Potential, "Bedarf", "Datensammlung", Id<ActionField>("WL")),
            new Observation(Id<Observation>("O-1"), ObservationKind.Need, "anders", "Datensammlung", Id<ActionField>("WL")),
            new Observation(Id<Observation>("O-1"), ObservationKind.Need, "Bedarf", "Treffen", Id<ActionField>("WL")),
            new Observation(Id<Observation>("O-1"), ObservationKind.Need, "Bedarf", "Datensammlung"));

    [Fact]
    public void DistrictGoal_ComparesListsByContent()
        => EqualityAssert.HasValueSemantics(
            new DistrictGoal(Id<DistrictGoal>("EQ-1"), "Vielfalt", Ids<Goal>("BS-1"), false, Id<ActionField>("BS"), Ids<Indicator>("I-1"), Ids<Observation>("O-1")),
            new DistrictGoal(Id<DistrictGoal>("EQ-1"), "Vielfalt", Ids<Goal>("BS-1"), false, Id<ActionField>("BS"), Ids<Indicator>("I-1"), Ids<Observation>("O-1")),
            new DistrictGoal(Id<DistrictGoal>("EQ-2"), "Vielfalt", Ids<Goal>("BS-1"), false, Id<ActionField>("BS"), Ids<Indicator>("I-1"), Ids<Observation>("O-1")),
            new DistrictGoal(Id<DistrictGoal>("EQ-1"), "anders", Ids<Goal>("BS-1"), false, Id<ActionField>("BS"), Ids<Indicator>("I-1"), Ids<Observation>("O-1")),
            new DistrictGoal(Id<DistrictGoal>("EQ-1"), "Vielfalt", Ids<Goal>("BS-2"), false, Id<ActionField>("BS"), Ids<Indicator>("I-1"), Ids<Observation>("O-1")),
            new DistrictGoal(Id<DistrictGoal>("EQ-1"), "Vielfalt", Ids<Goal>("BS-1"), true, Id<ActionField>("BS"), Ids<Indicator>("I-1"), Ids<Observation>("O-1")),
            new DistrictGoal(Id<DistrictGoal>("EQ-1"), "Vielfalt", Ids<Goal>("BS-1"), false, null, Ids<Indicator>("I-1"), Ids<Observation>("O-1")),
            new DistrictGoal(Id<DistrictGoal>("EQ-1"), "Vielfalt", Ids<Goal>("BS-1"), false, Id<ActionField>("BS"), null, Ids<Observation>("O-1")),
            new DistrictGoal(Id<DistrictGoal>("EQ-1"), "Vielfalt", Ids<Goal>("BS-1"), false, Id<ActionField>("BS"), Ids<Indicator>("I-1")));

    [Fact]
    public void Indicator_ComparesDataPointsByContent()
    {
        static Indicator Make(
            string id = "I-1",
            string name = "Kinder",
            IndicatorMeasureType type = IndicatorMeasureType.Quantitative,
            IndicatorDirection direction = IndicatorDirection.Increase,
            string? definition = "Anzahl",
            string? unit = "Kinder",
            decimal baseline = 0,
            decimal target = 20,
            decimal measured = 14,
            string? source = "Listen",
            SpatialLevel level = SpatialLevel.District)
            => new(
                new ElementId<Indicator>(id), name, type, direction, definition, unit,
                new DataPoint(Day, baseline), [new DataPoint(Day.PlusDays(100), target)], [new DataPoint(Day.PlusDays(20), measured)], source, level);

        EqualityAssert.HasValueSemantics(
            Make(),
            Make(),
            Make(id: "I-2"),
            Make(name: "Jugendliche"),
            Make(type: IndicatorMeasureType.Percentage),
            Make(direction: IndicatorDirection.Maintain),
            Make(definition: null),
            Make(unit: "%"),
            Make(baseline: 1),
            Make(target: 21),
            Make(measured: 15),
            Make(source: null),
            Make(level: SpatialLevel.City),
            Make().WithMeasurement(new DataPoint(Day.PlusDays(30), 16)));
    }

    [Fact]
    public void Measure_ComparesEveryMemberAndListsByContent()
    {
        static Measure Make() => ModelFixtures.Plan().Measures[0];
        var measure = Make();

        EqualityAssert.HasValueSemantics(
            measure,
            Make(),
            new Measure(new ElementId<Measure>("M-2"), measure.Name, measure.Status, measure.Period, measure.Participations, measure.BodyIds, measure.TargetGroupIds, measure.GoalIds, measure.PrincipleIds, measure.IndicatorIds, measure.ApproachId, measure.Description),
            new Measure(measure.Id, "Straßenfest", measure.Status, measure.Period, measure.Participations, measure.BodyIds, measure.TargetGroupIds, measure.GoalIds, measure.PrincipleIds, measure.IndicatorIds, measure.ApproachId, measure.Description),
            measure.WithStatus(MeasureStatus.Running),
            measure.WithPeriod(null),
            measure.WithParticipations(measure.Participations.Reverse()),
            new Measure(measure.Id, measure.Name, measure.Status, measure.Period, measure.Participations, null, measure.TargetGroupIds, measure.GoalIds, measure.PrincipleIds, measure.IndicatorIds, measure.ApproachId, measure.Description),
            new Measure(measure.Id, measure.Name, measure.Status, measure.Period, measure.Participations, measure.BodyIds, null, measure.GoalIds, measure.PrincipleIds, measure.IndicatorIds, measure.ApproachId, measure.Description),
            measure.WithGoals([]),
            new Measure(measure.Id, measure.Name, measure.Status, measure.Period, measure.Participations, measure.BodyIds, measure.TargetGroupIds, measure.GoalIds, null, measure.IndicatorIds, measure.ApproachId, measure.Description),
            measure.WithIndicators([]),
            new Measure(measure.Id, measure.Name, measure.Status, measure.Period, measure.Participations, measure.BodyIds, measure.TargetGroupIds, measure.GoalIds, measure.PrincipleIds, measure.IndicatorIds, null, measure.Description),
            new Measure(measure.Id, measure.Name, measure.Status, measure.Period, measure.Participations, measure.BodyIds, measure.TargetGroupIds, measure.GoalIds, measure.PrincipleIds, measure.IndicatorIds, measure.ApproachId, "Bildungsreihe"));
    }
}
