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

    [Fact]
    public void Factories_EachKind_HoldsOnlyItsOwnValue()
    {
        var date = new LocalDate(2014, 6, 30);

        var number = MessageArgument.FromNumber(0m);
        var day = MessageArgument.FromDate(date);
        var text = MessageArgument.FromText("M-1");

        (number.Number, number.Date, number.Text).Should().Be(((decimal?)0m, (LocalDate?)null, (string?)null));
        (day.Number, day.Date, day.Text).Should().Be(((decimal?)null, (LocalDate?)date, (string?)null));
        (text.Number, text.Date, text.Text).Should().Be(((decimal?)null, (LocalDate?)null, "M-1"));
        new MessageArgument(MessageArgumentKind.Date, date: default(LocalDate)).Date.Should().Be(default(LocalDate));
    }

    [Fact]
    public void Equality_ByKindAndValue()
    {
        MessageArgument.FromNumber(1.0m).Should().Be(MessageArgument.FromNumber(1.00m));
        MessageArgument.FromNumber(1m).GetHashCode().Should().Be(MessageArgument.FromNumber(1.00m).GetHashCode());
        MessageArgument.FromNumber(1m).Should().NotBe(MessageArgument.FromNumber(2m));
        MessageArgument.FromNumber(0m).Should().NotBe(MessageArgument.FromDate(default));
        MessageArgument.FromNumber(0m).Should().NotBe(MessageArgument.FromText("0"));
        MessageArgument.FromDate(new LocalDate(2014, 6, 30)).Should().Be(new MessageArgument(MessageArgumentKind.Date, date: new LocalDate(2014, 6, 30)));
        MessageArgument.FromDate(new LocalDate(2014, 6, 30)).Should().NotBe(MessageArgument.FromDate(new LocalDate(2014, 7, 1)));
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
