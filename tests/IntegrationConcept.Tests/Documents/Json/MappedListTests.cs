using FluentAssertions;
using IntegrationConcept.Documents.Json.V1;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Json;

public sealed class MappedListTests
{
    [Fact]
    public void Count_MapsNothing()
    {
        var calls = 0;
        var list = new MappedList<int, string>([1, 2, 3], i => { calls++; return i.ToString(System.Globalization.CultureInfo.InvariantCulture); });

        list.Count.Should().Be(3);
        calls.Should().Be(0);
    }

    [Fact]
    public void Enumerating_MapsEachItemWhenItIsReached()
    {
        var calls = 0;
        var list = new MappedList<int, string>([1, 2, 3], i => { calls++; return "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture); });
        using var items = list.GetEnumerator();

        items.MoveNext().Should().BeTrue();
        items.Current.Should().Be("#1");
        calls.Should().Be(1, "the second item is not mapped before it is reached");
        list.Should().Equal("#1", "#2", "#3");
        list[2].Should().Be("#3");
    }
}
