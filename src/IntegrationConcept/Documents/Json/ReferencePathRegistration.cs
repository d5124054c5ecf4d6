using System.Runtime.CompilerServices;
using IntegrationConcept.Documents.Json.V2;
using IntegrationConcept.Results;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Gives the results layer the way to write an element reference as a JSON path: by the names of the current format
/// version of city concepts and district plans (<see cref="V2Names"/>, which keeps every name of version 1), so that a
/// finding's path points into a document of either version.
/// </summary>
internal static class ReferencePathRegistration
{
    /// <summary>Registers the writer when the assembly is loaded, before any reference can be written.</summary>
#pragma warning disable CA2255 // The library registers its own documents layer with its own results layer; nothing outside is touched.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => ReferencePaths.Use(static (kind, index, member) => ElementPaths.Of(V2Names.List, kind, index, member));
}
