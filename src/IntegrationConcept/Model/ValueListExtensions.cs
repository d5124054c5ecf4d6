using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace IntegrationConcept.Model;

internal static class ValueListExtensions
{
    /// <summary>Copies items into a value list, rejecting a null item with an error that names the list and the position.</summary>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
    {
        var list = items switch
        {
            null => ValueList<T>.Empty,
            ValueList<T> values => values,
            IReadOnlyCollection<T> { Count: 0 } => ValueList<T>.Empty,
            _ => new ValueList<T>(items),
        };
        NoNullItems(list, name);
        return list;
    }

    public static void NoNullItems<T>(IReadOnlyList<T> items, string? name)
    {
        if (typeof(T).IsValueType)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The list '{name}' contains null at position {i}."),
                    name);
            }
        }
    }
}
