using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Model;

// The id grammar: no control or invisible characters, no combining accents; enforced by the model and by both readers.
public sealed class IdGrammarTests
{
    [Theory]
    [InlineData("EQ\u0000-1", "U+0000")]
    [InlineData("EQ\u200B-1", "U+200B")]
    [InlineData("EQ\u200D-1", "U+200D")]
    [InlineData("EQ\uFEFF-1", "U+FEFF")]
    [InlineData("EQ\u202E-1", "U+202E")]
    [InlineData("EQ\u00AD-1", "U+00AD")]
    [InlineData("EQ\u2028-1", "U+2028")]
    [InlineData("EQ\u0007-1", "U+0007")]
    [InlineData("EQ-1\U000E0041", "U+E0041")]
    public void Constructor_InvisibleOrControlCharacter_IsRefusedNamingItAndItsPosition(string value, string code)
    {
        var act = () => new ElementId<Goal>(value);

        act.Should().Throw<ArgumentException>().WithMessage($"*{code}*position*");
    }

    [Theory]
    [InlineData("A\u0308-1", "U+0308", 2)]
    [InlineData("Ziel-e\u0301", "U+0301", 7)]
    [InlineData("x\u20D7", "U+20D7", 2)]
    public void Constructor_CombiningAccent_IsRefusedSoThatNoIdHasTwoSpellings(string value, string code, int position)
    {
        var act = () => new ElementId<Goal>(value);

        act.Should().Throw<ArgumentException>().WithMessage($"*{code}*position {position}*one character*");
    }

    [Fact]
    public void Constructor_PrecomposedLetter_IsKept()
    {
        new ElementId<Goal>("\u00C4-1").Value.Should().Be("\u00C4-1");
    }

    [Fact]
    public void Constructor_CyrillicLookAlike_StaysADifferentId()
    {
        new ElementId<Goal>("\u0410-1").Should().NotBe(new ElementId<Goal>("A-1"));
    }

    [Theory]
    [InlineData("EQ-1")]
    [InlineData("Ziel „Begegnung“ 2")]
    [InlineData("Straße-ÄÖÜ")]
    public void Constructor_OrdinaryIds_AreKeptAsWritten(string value)
    {
        new ElementId<Goal>(value).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("\\u0000", "U+0000")]
    [InlineData("\\u200B", "U+200B")]
    public void ReadDistrictPlan_InvisibleCharacterInId_NamesThePath(string escaped, string code)
    {
        var json = DocumentSerializer.WriteDistrictPlan(TestDocuments.Plan());
        var id = TestDocuments.Plan().Goals[0].Id.Value;
        json = json.Replace("\"id\": \"" + id + "\"", "\"id\": \"" + id + escaped + "x\"", StringComparison.Ordinal);

        var act = () => DocumentSerializer.ReadDistrictPlan(json);

        var error = act.Should().Throw<DocumentFormatException>().Which;
        error.Path.Should().Be("$.goals[0].id");
        error.Message.Should().Contain(code);
    }

    [Fact]
    public void ReadCityConcept_DecomposedTwinOfAnId_IsRefusedAtItsPath()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("\u00C4-1", "BS", "Eins").AddGoal("\u00D6-1", "BS", "Zwei").Build();
        var json = DocumentSerializer.WriteCityConcept(concept)
            .Replace("\"id\": \"\u00D6-1\"", "\"id\": \"A\u0308-1\"", StringComparison.Ordinal);

        var act = () => DocumentSerializer.ReadCityConcept(json);

        var error = act.Should().Throw<DocumentFormatException>().Which;
        error.Message.Should().Contain("U+0308");
        error.Path.Should().MatchRegex(@"^\$\.goals\[\d+\]\.id$");
    }
}
