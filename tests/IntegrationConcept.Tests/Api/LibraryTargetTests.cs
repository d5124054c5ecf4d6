using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Api;

/// <summary>The test project runs once per target of the library; each run must load the library built for its own target.</summary>
public sealed class LibraryTargetTests
{
    [Fact]
    public void LoadedLibrary_IsBuiltForTheTestsTarget()
    {
        var library = typeof(CityConcept).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
        var tests = typeof(LibraryTargetTests).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

        library.Should().Be(tests);
        library.Should().BeOneOf(".NETCoreApp,Version=v8.0", ".NETCoreApp,Version=v10.0");
    }
}
