using FluentAssertions;
using IntegrationConcept.Documents;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

public sealed class DocumentReadOptionsTests
{
    [Fact]
    public void Default_HasDocumentedDefaults()
    {
        var options = DocumentReadOptions.Default;

        options.AllowUnknownMembers.Should().BeFalse();
        options.MaxDepth.Should().Be(64);
        options.MaxDocumentBytes.Should().Be(16 * 1024 * 1024);
    }

    [Fact]
    public void With_ReturnsChangedCopyAndLeavesOriginal()
    {
        var original = new DocumentReadOptions();

        var changed = original.WithAllowUnknownMembers(true).WithMaxDepth(10).WithMaxDocumentBytes(60L * 1024 * 1024);

        changed.AllowUnknownMembers.Should().BeTrue();
        changed.MaxDepth.Should().Be(10);
        changed.MaxDocumentBytes.Should().Be(60L * 1024 * 1024);
        original.AllowUnknownMembers.Should().BeFalse();
        original.MaxDepth.Should().Be(64);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-1, 100)]
    [InlineData(1, 3_000_000_000)]
    public void Constructor_OutOfRange_Throws(int maxDepth, long maxBytes)
    {
        var act = () => new DocumentReadOptions(maxDepth: maxDepth, maxDocumentBytes: maxBytes);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
