using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Model;

public sealed class ElementIdTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData(" BS-1")]
    [InlineData("BS-1 ")]
    [InlineData("BS-1\n")]
    public void Constructor_BlankOrPaddedValue_ThrowsArgumentException(string value)
    {
        var act = () => new ElementId<Goal>(value);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNullException()
    {
        var act = () => new ElementId<Goal>(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }

    [Theory]
    [InlineData("BS-1")]
    [InlineData("Ziel 1")]
    [InlineData("x")]
    public void Constructor_Code_KeepsItAsValue(string value)
    {
        var id = new ElementId<Goal>(value);

        id.Value.Should().Be(value);
        id.ToString().Should().Be(value);
        id.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Default_IsEmpty_WithEmptyValue()
    {
        var id = default(ElementId<Goal>);

        id.IsEmpty.Should().BeTrue();
        id.Value.Should().BeEmpty();
    }

    [Fact]
    public void Equality_ComparesCodesOrdinally()
    {
        EqualityAssert.HasValueSemantics(
            new ElementId<Goal>("BS-1"),
            new ElementId<Goal>(new string("BS-1".ToCharArray())),
            new ElementId<Goal>("bs-1"),
            new ElementId<Goal>("BS-2"),
            default);
    }

    [Fact]
    public void Ordering_IsOrdinal()
    {
        var a = new ElementId<Goal>("A-1");
        var b = new ElementId<Goal>("B-1");
        var lower = new ElementId<Goal>("a-1");

        (a < b).Should().BeTrue();
        (b > a).Should().BeTrue();
        (a <= new ElementId<Goal>("A-1")).Should().BeTrue();
        (a >= b).Should().BeFalse();
        (b < lower).Should().BeTrue("upper-case letters sort before lower-case ones ordinally");
        default(ElementId<Goal>).CompareTo(a).Should().BeNegative();
    }
}
