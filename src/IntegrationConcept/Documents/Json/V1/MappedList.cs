using System;
using System.Collections;
using System.Collections.Generic;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Model items seen as DTOs, each mapped when it is read: the writer serializes one item's DTO and drops it, so that
/// writing a long list (a matrix's reports) does not first build the DTOs of all of them.
/// </summary>
/// <typeparam name="TModel">The model type.</typeparam>
/// <typeparam name="TDto">The DTO type.</typeparam>
internal sealed class MappedList<TModel, TDto> : IReadOnlyList<TDto>
{
    private readonly IReadOnlyList<TModel> _items;
    private readonly Func<TModel, TDto> _map;

    /// <summary>Creates the view.</summary>
    /// <param name="items">The model items.</param>
    /// <param name="map">Maps one item to its DTO.</param>
    public MappedList(IReadOnlyList<TModel> items, Func<TModel, TDto> map)
    {
        _items = items;
        _map = map;
    }

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public TDto this[int index] => _map(_items[index]);

    /// <inheritdoc/>
    public IEnumerator<TDto> GetEnumerator()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            yield return _map(_items[i]);
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
