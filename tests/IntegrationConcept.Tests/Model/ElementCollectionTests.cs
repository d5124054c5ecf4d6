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
}
