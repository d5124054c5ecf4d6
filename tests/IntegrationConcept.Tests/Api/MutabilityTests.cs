using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions;
using Xunit;

namespace IntegrationConcept.Tests.Api;

/// <summary>Nothing public is settable: the model is immutable by construction (after nodatime's MutabilityTest).</summary>
public sealed class MutabilityTests
{
    public static TheoryData<string> PublicTypes => PublicSurface.TypeNames();

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicProperties_HaveNoVisibleSetterOrInit(string typeName)
    {
        var type = PublicSurface.Type(typeName);

        var settable = type.GetProperties(PublicSurface.DeclaredPublic | BindingFlags.NonPublic)
            .Where(p => p.GetMethod is { } get && (get.IsPublic || get.IsFamily || get.IsFamilyOrAssembly))
            .Where(p => p.SetMethod is { } set && (set.IsPublic || set.IsFamily || set.IsFamilyOrAssembly))
            .Select(p => $"{p.Name} ({(IsInit(p.SetMethod!) ? "init" : "set")})");

        settable.Should().BeEmpty($"{typeName} must be immutable: no public set or init accessor");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicProperties_HaveNoInitAccessorAtAll(string typeName)
    {
        // An init accessor of any visibility lets object initializers and `with` change a value after validation.
        var type = PublicSurface.Type(typeName);

        var init = type.GetProperties(PublicSurface.DeclaredPublic)
            .Where(p => p.SetMethod is { } set && IsInit(set))
            .Select(p => p.Name);

        init.Should().BeEmpty($"{typeName} must not have init accessors on public properties");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicFields_AreReadOnlyOrConstant(string typeName)
    {
        var type = PublicSurface.Type(typeName);

        var writable = type.GetFields(PublicSurface.DeclaredPublic)
            .Where(f => !f.IsSpecialName && !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name);

        writable.Should().BeEmpty($"{typeName} must not expose writable fields");
    }

    [Fact]
    public void IsInit_InitAccessor_IsRecognised()
    {
        IsInit(typeof(WithInit).GetProperty(nameof(WithInit.Value))!.SetMethod!).Should().BeTrue();
        IsInit(typeof(WithSet).GetProperty(nameof(WithSet.Value))!.SetMethod!).Should().BeFalse();
    }

    private static bool IsInit(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private sealed class WithInit
    {
        public int Value { get; init; }
    }

    private sealed class WithSet
    {
        public int Value { get; set; }
    }
}
