using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model.Additions;

/// <summary>Concept history: earlier versions with their goals, and what changed since a version.</summary>
public sealed class ConceptHistoryTests
{
    private static readonly ConceptVersion Draft = new("2011-03", ConceptStatus.Draft, validity: new Timeframe(new LocalDate(2011, 3, 1)));

    // The current version (fixture): BS-1 (BS), BS-2 (BS, under BS-1), WL-1 (WL).
    private static CityConceptBuilder WithDraft(Action<PreviousVersionBuilder> goals)
        => ModelFixtures.ConceptBuilder().AddPreviousVersion(Draft, goals);

    [Fact]
    public void ChangesSince_EarlierVersion_ListsAddedRewordedMovedAndRemovedGoals()
    {
        var concept = WithDraft(v => v
                .Goal("BS-1", "BS", "Sprachförderung in der Kita so früh wie möglich", GoalLevel.Guiding)
                .Goal("BS-2", "WL", "Mehr Lehrkräfte", GoalLevel.Action, "BS-1")
                .Goal("AR-1", "BS", "Anerkennung von Abschlüssen"))
            .Build();

        var changes = concept.ChangesSince("2011-03")!;

        changes.FromLabel.Should().Be("2011-03");
        changes.ToLabel.Should().Be("2011-12");
        changes.HasChanges.Should().BeTrue();
        changes.Changes.Select(c => (c.Kind, c.GoalId.Value)).Should().Equal(
            (GoalChangeKind.Reworded, "BS-2"),
            (GoalChangeKind.Moved, "BS-2"),
            (GoalChangeKind.Added, "WL-1"),
            (GoalChangeKind.Removed, "AR-1"));
        changes.Changes[0].Before!.Text.Should().Be("Mehr Lehrkräfte");
        changes.Changes[0].After!.Text.Should().Be("Mehr Lehrkräfte mit Migrationshintergrund");
        changes.Changes[1].Before!.ActionFieldId.Value.Should().Be("WL");
        changes.Changes[2].Before.Should().BeNull();
        changes.Changes[3].After.Should().BeNull();
    }

    [Fact]
    public void ChangesSince_CurrentLabel_IsEmptyAndUnknownLabelIsNull()
    {
        var concept = WithDraft(v => v.Goal("BS-1", "BS", "alt")).Build();

        concept.ChangesSince("2011-12")!.HasChanges.Should().BeFalse();
        concept.ChangesSince("2010").Should().BeNull();
        concept.FindVersion("2011-03").Should().Be(Draft);
        concept.FindVersion("2011-12").Should().Be(concept.Version);
        concept.FindVersion("2010").Should().BeNull();
    }

    [Fact]
    public void ChangesSince_SameGoals_HasNoChanges()
    {
        var current = ModelFixtures.Concept();
        var concept = current.WithPreviousVersions([new PreviousVersion(Draft, current.Goals)]);

        concept.ChangesSince("2011-03")!.Changes.Should().BeEmpty();
    }

    [Fact]
    public void PreviousVersion_LabelOfTheCurrentVersion_ReportsDuplicate()
    {
        Func<object> act = () => ModelFixtures.ConceptBuilder()
            .AddPreviousVersion(new ConceptVersion("2011-12", ConceptStatus.Draft))
            .Build();

        act.ShouldFailWith((ModelProblemCode.DuplicateId, "2011-12", "$.previousVersions[0].label"));
    }

    [Fact]
    public void PreviousVersion_BadGoals_ReportsEachWithItsPath()
    {
        var noField = new Goal(new ElementId<Goal>("X-1"), default, "Text", parentId: new ElementId<Goal>("nope"));
        var draft = new PreviousVersion(Draft,
        [
            new Goal(new ElementId<Goal>("BS-1"), new ElementId<ActionField>("BS"), "Sprache"),
            new Goal(new ElementId<Goal>("BS-1"), new ElementId<ActionField>("BS"), " "),
            noField,
        ]);
        Func<object> act = () => ModelFixtures.ConceptBuilder().Add(draft).Build();

        act.ShouldFailWith(
            (ModelProblemCode.DuplicateId, "2011-03", "$.previousVersions[0].goals[1].id"),
            (ModelProblemCode.EmptyText, "2011-03", "$.previousVersions[0].goals[1].text"),
            (ModelProblemCode.MissingId, "2011-03", "$.previousVersions[0].goals[2].actionFieldId"),
            (ModelProblemCode.UnresolvedReference, "2011-03", "$.previousVersions[0].goals[2].parentId"));
    }

    [Fact]
    public void PreviousVersion_TermEndingBeforeItStarts_IsReported()
    {
        var version = new ConceptVersion("2009", ConceptStatus.Adopted, validity: new Timeframe(new LocalDate(2010, 1, 1), new LocalDate(2009, 1, 1)));
        Func<object> act = () => ModelFixtures.ConceptBuilder().AddPreviousVersion(version).Build();

        act.ShouldFailWith((ModelProblemCode.EndBeforeStart, "2009", "$.previousVersions[0].validity.end"));
    }

    [Fact]
    public void CityConceptWithMethods_KeepIndicatorsAndHistory()
    {
        var concept = WithDraft(v => v.Goal("BS-1", "BS", "alt"))
            .AddIndicator("C-1", "Anteil", IndicatorMeasureType.Percentage, IndicatorDirection.Increase)
            .Build();

        var changed = concept.WithGoals(concept.Goals).WithPrinciples(concept.Principles).WithVersion(concept.Version);

        changed.Should().Be(concept);
        changed.PreviousVersions.Should().HaveCount(1);
        changed.Indicators.Should().HaveCount(1);
        concept.WithPreviousVersions([]).Should().NotBe(concept);
        concept.WithIndicators([]).Should().NotBe(concept);
    }

    [Fact]
    public void ConceptChanges_ComparesEveryMember()
    {
        var goal = ModelFixtures.Concept().Goals[0];
        var change = new GoalChange(GoalChangeKind.Added, goal.Id, null, goal);
        EqualityAssert.HasValueSemantics(
            new ConceptChanges("a", "b", [change]),
            new ConceptChanges("a", "b", [new GoalChange(GoalChangeKind.Added, goal.Id, null, goal)]),
            new ConceptChanges("x", "b", [change]),
            new ConceptChanges("a", "x", [change]),
            new ConceptChanges("a", "b"),
            new ConceptChanges("a", "b", [new GoalChange(GoalChangeKind.Removed, goal.Id, goal, null)]));
    }
}
