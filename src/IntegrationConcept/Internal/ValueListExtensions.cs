using System.Collections.Generic;
using IntegrationConcept.Model;

namespace IntegrationConcept.Internal;

internal static class ValueListExtensions
{
    public static ValueList<T> ToValueList<T>(this IEnumerable<T>? items)
        => items switch
        {
            null => ValueList<T>.Empty,
            ValueList<T> list => list,
            _ => new ValueList<T>(items),
        };
}
