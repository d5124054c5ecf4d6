using System;
using System.Globalization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Converts between the enums of format version 1 and the model's. Reading always succeeds (every version-1 value is
/// a model value of the same name and position). Writing a value that only format 2 has (such as the actor kind
/// <c>jobCentre</c> or the spatial level <c>subArea</c>) as version 1 throws: the library writes format 2, and only
/// tests and tools write version 1 on purpose, so a lossy document is never produced silently.
/// </summary>
internal static class V1EnumMapper
{
    public static ActorKind ToModel(this ActorKindV1 value) => (ActorKind)(int)value;

    public static SpatialLevel ToModel(this SpatialLevelV1 value) => (SpatialLevel)(int)value;

    public static ElementKind ToModel(this ElementKindV1 value) => (ElementKind)(int)value;

    /// <exception cref="InvalidOperationException">The kind exists in format version 2 only.</exception>
    public static ActorKindV1 ToV1(this ActorKind value)
        => value <= ActorKind.Other ? (ActorKindV1)(int)value : throw OnlyInV2("actor kind", value);

    /// <exception cref="InvalidOperationException">The level exists in format version 2 only.</exception>
    public static SpatialLevelV1 ToV1(this SpatialLevel value)
        => value <= SpatialLevel.District ? (SpatialLevelV1)(int)value : throw OnlyInV2("spatial level", value);

    /// <exception cref="InvalidOperationException">The kind exists in format version 2 only.</exception>
    public static ElementKindV1 ToV1(this ElementKind value)
        => value <= ElementKind.Suppression ? (ElementKindV1)(int)value : throw OnlyInV2("element kind", value);

    private static InvalidOperationException OnlyInV2<T>(string what, T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var camel = char.ToLowerInvariant(name[0]) + name[1..];
        return new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture,
            $"The {what} '{camel}' exists in format version 2 only; a format version 1 document cannot hold it. Write the document in the current format (version 2)."));
    }
}
