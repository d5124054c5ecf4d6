using System;
using System.Runtime.CompilerServices;

namespace IntegrationConcept.Internal;

/// <summary>Argument checks shared by the public constructors.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", name);
        }

        return value;
    }
}
