using System.Collections.Generic;

namespace IntegrationConcept.Spreadsheets;

/// <summary>The columns each kind of sheet has: key in the mapping document, German default header, required or not.</summary>
internal static class MappingFields
{
    /// <summary>Every kind, in the order of the mapping document.</summary>
    public static IReadOnlyList<SheetKind> Kinds { get; } =
        [SheetKind.Goals, SheetKind.Measures, SheetKind.Indicators, SheetKind.Measurements, SheetKind.Actors, SheetKind.ActionFields, SheetKind.CityGoals, SheetKind.Principles];

    /// <summary>The kinds of a district plan's workbook.</summary>
    public static IReadOnlyList<SheetKind> PlanKinds { get; } = [SheetKind.Goals, SheetKind.Measures, SheetKind.Indicators, SheetKind.Measurements, SheetKind.Actors];

    /// <summary>The kinds of a city concept's workbook.</summary>
    public static IReadOnlyList<SheetKind> ConceptKinds { get; } = [SheetKind.ActionFields, SheetKind.CityGoals, SheetKind.Principles];

    public static string Key(SheetKind kind) => kind switch
    {
        SheetKind.Goals => "goals",
        SheetKind.Measures => "measures",
        SheetKind.Indicators => "indicators",
        SheetKind.Measurements => "measurements",
        SheetKind.ActionFields => "actionFields",
        SheetKind.CityGoals => "cityGoals",
        SheetKind.Principles => "principles",
        _ => "actors",
    };

    public static string DefaultSheetName(SheetKind kind) => kind switch
    {
        SheetKind.Goals => "Ziele",
        SheetKind.Measures => "Maßnahmen",
        SheetKind.Indicators => "Indikatoren",
        SheetKind.Measurements => "Messwerte",
        SheetKind.ActionFields => "Handlungsfelder",
        SheetKind.CityGoals => "Ziele",
        SheetKind.Principles => "Grundsätze",
        _ => "Akteure",
    };

    public static IReadOnlyList<Field> Of(SheetKind kind) => kind switch
    {
        SheetKind.Goals =>
        [
            new("id", "ID", true), new("text", "Ziel", true), new("refinedGoals", "Gesamtstädtische Ziele", false),
            new("actionField", "Handlungsfeld", false), new("indicators", "Indikatoren", false),
        ],
        SheetKind.Measures =>
        [
            new("id", "ID", true), new("name", "Maßnahme", true), new("description", "Beschreibung", false),
            new("carrier", "Träger", false), new("partners", "Partner", false), new("funders", "Förderer", false),
            new("participants", "Beteiligte", false), new("goals", "Ziele", false), new("status", "Status", false),
            new("start", "Beginn", false), new("end", "Ende", false), new("indicators", "Indikatoren", false),
        ],
        SheetKind.Indicators =>
        [
            new("id", "ID", true), new("name", "Indikator", true), new("measureType", "Art", true), new("direction", "Richtung", true),
            new("unit", "Einheit", false), new("definition", "Definition", false), new("source", "Quelle", false),
            new("baselineDate", "Basisdatum", false), new("baseline", "Basiswert", false),
            new("targetDate", "Zieldatum", false), new("target", "Zielwert", false),
        ],
        SheetKind.Measurements =>
        [
            new("indicator", "Indikator", true), new("kind", "Art", false), new("date", "Datum", true),
            new("value", "Wert", false), new("comment", "Kommentar", false),
        ],
        SheetKind.ActionFields => [new("id", "ID", true), new("name", "Handlungsfeld", true), new("englishName", "Englischer Name", false), new("description", "Beschreibung", false)],
        SheetKind.CityGoals =>
        [
            new("id", "ID", true), new("text", "Ziel", true), new("actionField", "Handlungsfeld", true),
            new("level", "Ebene", false), new("parent", "Oberziel", false),
        ],
        SheetKind.Principles => [new("id", "ID", true), new("name", "Grundsatz", true), new("description", "Beschreibung", false)],
        _ => [new("id", "ID", true), new("name", "Akteur", true), new("kind", "Art", false)],
    };

    /// <summary>One column of a sheet.</summary>
    /// <param name="Key">The key in the mapping document.</param>
    /// <param name="DefaultHeader">The German default header.</param>
    /// <param name="Required">Whether the column must be present.</param>
    internal sealed record Field(string Key, string DefaultHeader, bool Required);
}
