using System.Collections.Generic;

namespace IntegrationConcept.Model;

internal static class Ids
{
    public static List<ElementId<T>> Of<T>(IEnumerable<string>? ids)
    {
        var result = new List<ElementId<T>>();
        if (ids is not null)
        {
            foreach (var id in ids)
            {
                result.Add(new ElementId<T>(id));
            }
        }

        return result;
    }
}
