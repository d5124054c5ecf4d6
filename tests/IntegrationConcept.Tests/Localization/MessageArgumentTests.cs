using FluentAssertions;
using IntegrationConcept.Localization;
using IntegrationConcept.Rules;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Localization;

public sealed class MessageArgumentTests
{
    [Fact]
    public void Constructor_FromParts_EqualsFactory()
    {
        new MessageArgument(MessageArgumentKind.Number, number: 2.5m).Should().Be(MessageArgument.FromNumber(2.5m));
        new MessageArgument(MessageArgumentKind.Date, date: new LocalDate(2014, 1, 1)).Should().Be(MessageArgument.FromDate(new LocalDate(2014, 1, 1)));
        new MessageArgument(MessageArgumentKind.Localized, localized: new[] { new LocalizedText("a", "b") }).Should().Be(MessageArgument.FromLocalized(new LocalizedText("a", "b")));
    }

    [Theory]
    [InlineData(MessageArgumentKind.Text, null, null)]
    [InlineData(MessageArgumentKind.Number, "x", null)]
    [InlineData(MessageArgumentKind.Text, "x", 1)]
    public void Constructor_WrongParts_Throws(MessageArgumentKind kind, string? text, int? number)
        => FluentActions.Invoking(() => new MessageArgument(kind, text, number)).Should().Throw<ArgumentException>().WithMessage($"*{kind}*");

    [Fact]
    public void RuleParameterValue_NeitherOrBoth_Throws()
    {
        FluentActions.Invoking(() => new RuleParameterValue("IC4002", "p", null, null)).Should().Throw<ArgumentException>().WithMessage("*IC4002*");
        FluentActions.Invoking(() => new RuleParameterValue("IC4002", "p", 1m, "x")).Should().Throw<ArgumentException>();
        new RuleParameterValue("IC4002", "p", 1m, null).Should().Be(RuleParameterValue.OfNumber("IC4002", "p", 1m));
    }
}
