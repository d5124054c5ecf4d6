using System.Reflection;
using FluentAssertions;
using Xunit;

namespace IntegrationConcept.Spreadsheets.Tests;

/// <summary>Holds the package's public surface to the repository's promises: sealed or static types, nothing settable.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Type[] PublicTypes = typeof(SpreadsheetImporter).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicClass_IsSealedOrStatic()
        => PublicTypes.Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed)).Should().BeEmpty();

    [Fact]
    public void NoPublicProperty_IsSettable()
        => PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty();

    [Fact]
    public void NoPublicType_IsNamedLikeItsNamespace()
        => PublicTypes.Where(t => t.Namespace is { } ns && ns.EndsWith("." + t.Name, StringComparison.Ordinal)).Should().BeEmpty();
}
