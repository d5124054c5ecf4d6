using System.Xml.Linq;
using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Api;

/// <summary>Every public type and member is documented in the XML file shipped beside the assembly.</summary>
public sealed class DocumentationTests
{
    private static readonly Lazy<HashSet<string>> Documented = new(Load);

    public static TheoryData<string> PublicTypes => PublicSurface.TypeNames();

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsDocumented(string typeName)
    {
        var type = PublicSurface.Type(typeName);

        Documented.Value.Should().Contain(DocumentationId.Of(type), $"{typeName} needs an XML documentation comment");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicMembers_AreDocumented(string typeName)
    {
        var type = PublicSurface.Type(typeName);

        var missing = PublicSurface.VisibleMembers(type)
            .Select(DocumentationId.Of)
            .Where(id => !Documented.Value.Contains(id));

        missing.Should().BeEmpty($"every public member of {typeName} needs an XML documentation comment");
    }

    [Theory]
    [InlineData(typeof(ElementId<>), "T:IntegrationConcept.Model.ElementId`1")]
    [InlineData(typeof(Timeframe), "M:IntegrationConcept.Model.Timeframe.Contains(NodaTime.LocalDate)")]
    [InlineData(typeof(Timeframe), "M:IntegrationConcept.Model.Timeframe.#ctor(NodaTime.LocalDate,System.Nullable{NodaTime.LocalDate})")]
    [InlineData(typeof(ElementCollection<>), "P:IntegrationConcept.Model.ElementCollection`1.Item(IntegrationConcept.Model.ElementId{`0})")]
    [InlineData(typeof(ElementId<>), "M:IntegrationConcept.Model.ElementId`1.op_Equality(IntegrationConcept.Model.ElementId{`0},IntegrationConcept.Model.ElementId{`0})")]
    [InlineData(typeof(Measure), "M:IntegrationConcept.Model.Measure.WithGoals(System.Collections.Generic.IEnumerable{IntegrationConcept.Model.ElementId{IntegrationConcept.Model.DistrictGoal}})")]
    public void DocumentationId_KnownMembers_MatchTheCompilersIds(Type type, string expected)
    {
        // The ids computed by reflection must be the compiler's, or the member test above would prove nothing.
        var ids = PublicSurface.VisibleMembers(type).Select(DocumentationId.Of).Append(DocumentationId.Of(type));

        ids.Should().Contain(expected);
        Documented.Value.Should().Contain(expected);
    }

    private static HashSet<string> Load()
    {
        var path = Path.ChangeExtension(PublicSurface.Library.Location, ".xml");
        File.Exists(path).Should().BeTrue($"the documentation file {path} is generated beside the assembly");
        return XDocument.Load(path)
            .Descendants("member")
            .Select(m => (string?)m.Attribute("name"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }
}
