using System;
using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Model;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>Mapping pieces shared by the document mappers: lists, value objects and their paths.</summary>
internal static class MappingHelpers
{
    /// <summary>Maps a list of DTOs to an exactly sized array; a null entry is an error at <c>$.member[i]</c>.</summary>
    public static TModel[]? Map<TDto, TModel>(IReadOnlyList<TDto>? items, string path, Func<TDto, TModel> map)
        where TDto : class
    {
        if (items is null || items.Count == 0)
        {
            return null;
        }

        var result = new TModel[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = items[i] ?? throw NullItem(path, i);
            result[i] = map(item);
        }

        return result;
    }

    /// <summary>Maps a list of DTOs to a value list over an exactly sized array (no further copy); a null entry is an error at <c>$.member[i]</c>.</summary>
    public static ValueList<TModel> MapList<TDto, TModel>(IReadOnlyList<TDto>? items, string path, Func<TDto, TModel> map)
        where TDto : class
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<TModel>.Empty;
        }

        var result = new TModel[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = items[i] ?? throw NullItem(path, i);
            result[i] = map(item);
        }

        return ValueList<TModel>.Own(result);
    }

    /// <summary>Maps a list of DTOs as <see cref="MapList"/> does, giving each item its path (<c>$.member[i]</c>) for the errors it finds.</summary>
    public static ValueList<TModel> MapIndexed<TDto, TModel>(IReadOnlyList<TDto>? items, string path, Func<TDto, string, TModel> map)
        where TDto : class
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<TModel>.Empty;
        }

        var result = new TModel[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = items[i] ?? throw NullItem(path, i);
            result[i] = map(item, Index(path, i));
        }

        return ValueList<TModel>.Own(result);
    }

    /// <summary>Maps model items to DTOs; an empty list becomes <see langword="null"/>, so that it is not written.</summary>
    public static TDto[]? ToDtos<TModel, TDto>(IReadOnlyList<TModel> items, Func<TModel, TDto> map)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var result = new TDto[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = map(items[i]);
        }

        return result;
    }

    /// <summary>An empty list becomes <see langword="null"/>, so that it is not written.</summary>
    public static IReadOnlyList<T>? OrNull<T>(ValueList<T> items) => items.Count == 0 ? null : items;

    /// <summary>
    /// An id held as a plain string (the element a suppression or out-of-scope declaration names) follows the id
    /// grammar: no white space at either end, no control or invisible character, no combining accent. A blank one is
    /// left to the model's check ("names no element").
    /// </summary>
    public static string PlainId(string value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new MappingException(path, ValueTexts.IdWhiteSpace.Format(value));
        }

        return IdGrammar.Problem(value) is { } problem ? throw new MappingException(path, problem.ToLocalized()) : value;
    }

    public static MappingException NullItem(string path, int index)
        => new(Index(path, index), MappingTexts.NullItem);

    public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    public static Timeframe? ToModel(TimeframeDto? dto) => dto is null ? null : new Timeframe(dto.Start, dto.End);

    public static TimeframeDto? ToDto(Timeframe? timeframe)
        => timeframe is null ? null : new TimeframeDto { Start = timeframe.Start, End = timeframe.End };

    public static DataPoint ToModel(DataPointDto dto) => new(dto.Date, dto.Value, dto.Comment);

    public static DataPointDto ToDto(DataPoint point) => new() { Date = point.Date, Value = point.Value, Comment = point.Comment };

    public static Population? ToModel(PopulationDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }

        if (dto.Count < 0)
        {
            throw new MappingException(path + ".count", MappingTexts.NegativePopulation.Format(dto.Count.ToString(CultureInfo.InvariantCulture)));
        }

        if (dto.ReferenceYear is < 1000 or > 9999)
        {
            throw new MappingException(path + ".referenceYear", MappingTexts.ReferenceYear.Format(dto.ReferenceYear.ToString(CultureInfo.InvariantCulture)));
        }

        return new Population(dto.Count, dto.ReferenceYear);
    }

    public static PopulationDto? ToDto(Population? population)
        => population is null ? null : new PopulationDto { Count = population.Count, ReferenceYear = population.ReferenceYear };
}
