using FluentAssertions;
using Xunit;

namespace IntegrationConcept.Tests.Api;

public sealed class TypeShapeTests
{
    public static TheoryData<string> PublicTypes => PublicSurface.TypeNames();

    /// <summary>The public structs (not enums): the rows <see cref="PublicStruct_IsReadOnly"/> is about.</summary>
    public static TheoryData<string> PublicStructs => PublicSurface.TypeNames(type => type.IsValueType && !type.IsEnum);

    [Fact]
    public void PublicStructs_AreFound()
        => PublicStructs.Cast<object[]>().Select(row => (string)row[0]).Should().Contain(typeof(IntegrationConcept.Model.ElementId<>).FullName!);

    [Fact]
    public void Library_PublicTypes_AreFound()
    {
        PublicSurface.Types.Should().Contain(typeof(IntegrationConcept.Model.CityConcept))
            .And.Contain(typeof(IntegrationConcept.Model.DistrictPlan));
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsSealedAbstractStaticEnumInterfaceOrStruct(string typeName)
    {
        var type = PublicSurface.Type(typeName);

        var closed = type.IsSealed || type.IsAbstract || type.IsInterface || type.IsEnum || type.IsValueType;

        closed.Should().BeTrue($"{typeName} must be sealed, abstract, static, an enum, an interface or a struct so that nobody can derive a mutable subtype");
    }

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void PublicStruct_IsReadOnly(string typeName)
    {
        var type = PublicSurface.Type(typeName);
        type.IsValueType.Should().BeTrue();

        type.CustomAttributes.Should().Contain(
            a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute",
            $"{typeName} is a struct and must be declared readonly");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsNotNamedLikeItsNamespace(string typeName)
    {
        var type = PublicSurface.Type(typeName);
        var name = type.Name.Split('`')[0];
        var lastSegment = type.Namespace?.Split('.')[^1];

        name.Should().NotBeEquivalentTo(lastSegment, $"{typeName} is named like its namespace, so code inside the namespace must qualify it");
    }
}
