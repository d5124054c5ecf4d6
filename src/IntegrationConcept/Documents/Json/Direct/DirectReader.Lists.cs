using System;
using System.Buffers;
using System.Text.Json;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json.Direct;

// Lists: of elements and of ids, collected in pooled buffers and copied once into exactly sized arrays.
internal static partial class DirectReader
{
    /// <summary>Reads one element of a list, from its StartObject to its EndObject.</summary>
    public delegate T ItemReader<T>(ref Utf8JsonReader reader, Scope s);

    /// <summary>A list of elements; an empty list is the shared empty value list.</summary>
    public static ValueList<T> List<T>(ref Utf8JsonReader reader, Scope s, ItemReader<T> item)
    {
        Next(ref reader, JsonTokenType.StartArray);
        var items = new Builder<T>(16);
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                items.Add(item(ref reader, s));
            }

            return reader.TokenType == JsonTokenType.EndArray ? items.ToValueList() : throw GiveUp();
        }
        finally
        {
            items.Dispose();
        }
    }

    /// <summary>A list of ids; an empty list is the shared empty value list.</summary>
    public static ValueList<ElementId<T>> Ids<T>(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartArray);
        var items = new Builder<ElementId<T>>(4);
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                items.Add(IdAtToken<T>(ref reader));
            }

            return reader.TokenType == JsonTokenType.EndArray ? items.ToValueList() : throw GiveUp();
        }
        finally
        {
            items.Dispose();
        }
    }

    /// <summary>A list of texts (keys, breakdowns); an empty list is the shared empty value list.</summary>
    public static ValueList<string> Strings(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartArray);
        var items = new Builder<string>(4);
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString()!);
            }

            return reader.TokenType == JsonTokenType.EndArray ? items.ToValueList() : throw GiveUp();
        }
        finally
        {
            items.Dispose();
        }
    }

    /// <summary>Collects the items of one list in a pooled buffer, then copies them into an exactly sized array.</summary>
    public struct Builder<T>(int capacity) : IDisposable
    {
        private T[] _items = ArrayPool<T>.Shared.Rent(capacity);
        private int _count;

        public readonly int Count => _count;

        public void Add(T item)
        {
            if (_count == _items.Length)
            {
                var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
                Array.Copy(_items, larger, _count);
                Release();
                _items = larger;
            }

            _items[_count++] = item;
        }

        public readonly ValueList<T> ToValueList()
            => _count == 0 ? ValueList<T>.Empty : ValueList<T>.Own(_items.AsSpan(0, _count).ToArray());

        public void Dispose()
        {
            Release();
            _items = [];
            _count = 0;
        }

        private readonly void Release()
        {
            if (_items.Length > 0)
            {
                ArrayPool<T>.Shared.Return(_items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            }
        }
    }
}
