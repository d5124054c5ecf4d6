using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Model;

public sealed class ElementCollectionTests
{
    private static readonly ElementCollection<Goal> Goals = ModelFixtures.Concept().Goals;

    [Fact]
    public void IndexerById_ExistingId_ReturnsTheElement()
    {
        Goals[new ElementId<Goal>("BS-2")].Text.Should().Be("Mehr Lehrkräfte mit Migrationshintergrund");
    }

    [Fact]
    public void IndexerById_MissingId_ThrowsKeyNotFoundExceptionNamingTheId()
    {
        var act = () => Goals[new ElementId<Goal>("XX-9")];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*Goal*'XX-9'*");
    }

    [Fact]
    public void TryGet_ExistingAndMissingId_ReportsWhetherFound()
    {
        Goals.TryGet(new ElementId<Goal>("WL-1"), out var found).Should().BeTrue();
        found!.ActionFieldId.Should().Be(new ElementId<ActionField>("WL"));
        Goals.TryGet(new ElementId<Goal>("wl-1"), out var missing).Should().BeFalse("ids are compared ordinally");
        missing.Should().BeNull();
    }

    [Fact]
    public void Contains_DefaultId_IsFalse()
    {
        Goals.Contains(default).Should().BeFalse();
        Goals.Contains(new ElementId<Goal>("BS-1")).Should().BeTrue();
    }

    [Fact]
    public void Enumeration_FollowsDocumentOrder()
    {
        Goals.Select(g => g.Id.Value).Should().Equal("BS-1", "BS-2", "WL-1");
        Goals.AsImmutableArray().Should().Equal(Goals);
        Goals[2].Id.Value.Should().Be("WL-1");
        Goals.Count.Should().Be(3);
    }

    [Fact]
    public void ToString_ListsIds()
    {
        Goals.ToString().Should().Be("[BS-1, BS-2, WL-1]");
    }

    [Fact]
    public void Lookup_ManyElements_FindsEachAndNothingElse()
    {
        var actors = new ElementCollection<Actor>(Enumerable.Range(0, 5_000).Select(i => Actor($"A-{i}", $"actor {i}")).ToList());

        actors.HasRepeatedIds.Should().BeFalse();
        Enumerable.Range(0, 5_000).Should().OnlyContain(i => actors[new ElementId<Actor>($"A-{i}")].Name == $"actor {i}");
        actors.Contains(new ElementId<Actor>("A-5000")).Should().BeFalse();
        actors.Contains(new ElementId<Actor>("a-1")).Should().BeFalse();
        actors.Contains(default).Should().BeFalse();
    }

    [Fact]
    public void Lookup_RepeatedIds_FindsTheFirstAndTellsTheRepeat()
    {
        var actors = new ElementCollection<Actor>([Actor("A-1", "first"), Actor("A-2", "other"), Actor("A-1", "second")]);

        actors.HasRepeatedIds.Should().BeTrue();
        actors[new ElementId<Actor>("A-1")].Name.Should().Be("first");
        actors.Count.Should().Be(3);
    }

    [Fact]
    public void Lookup_DefaultIds_AreRepeatsOfEachOtherAndFound()
    {
        var actors = new ElementCollection<Actor>([new Actor(default, "first", ActorKind.Other), new Actor(default, "second", ActorKind.Other)]);

        actors.HasRepeatedIds.Should().BeTrue();
        actors.TryGet(default, out var found).Should().BeTrue();
        found!.Name.Should().Be("first");
        new ElementCollection<Actor>([]).Contains(default).Should().BeFalse();
    }

    [Fact]
    public void Constructor_NullItem_NamesTheListAndPosition()
    {
        var act = () => new ElementCollection<Actor>(new Actor?[] { Actor("A-1", "a"), null }!, "actors");

        act.Should().Throw<ArgumentException>().WithMessage("The list 'actors' contains null at position 1.*").Which.ParamName.Should().Be("actors");
    }

    private static Actor Actor(string id, string name) => new(new ElementId<Actor>(id), name, ActorKind.Other);
}
