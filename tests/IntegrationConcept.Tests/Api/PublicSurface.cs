using System.Reflection;
using System.Runtime.CompilerServices;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Api;

/// <summary>The public types of the library and their own public members, for the reflection tests.</summary>
internal static class PublicSurface
{
    public const BindingFlags DeclaredPublic =
        BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static Assembly Library { get; } = typeof(CityConcept).Assembly;

    public static IReadOnlyList<Type> Types { get; } = Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    public static TheoryData<string> TypeNames(Func<Type, bool>? where = null)
    {
        var data = new TheoryData<string>();
        foreach (var type in Types.Where(where ?? (static _ => true)))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    public static Type Type(string fullName) => Library.GetType(fullName, throwOnError: true)!;

    /// <summary>Members a caller sees, without accessors and what the compiler writes for records.</summary>
    public static IEnumerable<MemberInfo> VisibleMembers(Type type)
        => type.GetMembers(DeclaredPublic | BindingFlags.NonPublic)
            .Where(IsVisible)
            .Where(m => !IsCompilerGenerated(m))
            .Where(m => m is not MethodInfo { IsSpecialName: true } method || method.Name.StartsWith("op_", StringComparison.Ordinal))
            .Where(m => m is not FieldInfo { IsSpecialName: true })
            .Where(m => m is not System.Type);

    public static bool IsCompilerGenerated(MemberInfo member)
        => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || member.Name.StartsWith('<');

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        _ => false,
    };
}
