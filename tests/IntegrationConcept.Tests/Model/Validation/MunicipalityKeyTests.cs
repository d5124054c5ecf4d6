using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>The official municipality key (AGS), when given, is eight ASCII digits.</summary>
public sealed class MunicipalityKeyTests
{
    [Theory]
    [InlineData("07211000")]
    [InlineData("06414000")]
    [InlineData(null)]
    public void OfficialKey_EightDigitsOrNone_Builds(string? key)
    {
        var concept = Build(key);

        concept.Municipality.OfficialKey.Should().Be(key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0721100")]
    [InlineData("072110000")]
    [InlineData("0721100A")]
    [InlineData("07 211 000")]
    [InlineData("٠٧٢١١٠٠٠")]
    public void OfficialKey_NotEightAsciiDigits_ReportsInvalidFormat(string key)
    {
        Func<object> act = () => Build(key);

        act.ShouldFailWith((ModelProblemCode.InvalidFormat, null, "$.municipality.officialKey"))
            .Single().Message.Should().Contain($"'{key}'");
    }

    private static CityConcept Build(string? key)
        => new CityConceptBuilder("Konzept", new Municipality("Trier", key), ModelFixtures.Adopted()).Build();
}
