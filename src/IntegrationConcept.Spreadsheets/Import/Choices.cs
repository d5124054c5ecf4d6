using System;
using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Model;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>The German labels of the enumerations a sheet holds; the English enum names are accepted as well.</summary>
internal static class Choices
{
    public static readonly (string Label, MeasureStatus Value)[] Status =
        [("geplant", MeasureStatus.Planned), ("laufend", MeasureStatus.Running), ("abgeschlossen", MeasureStatus.Completed), ("abgebrochen", MeasureStatus.Cancelled)];

    public static readonly (string Label, ActorKind Value)[] ActorKinds =
    [
        ("Verwaltung", ActorKind.Administration), ("Politik", ActorKind.Politics), ("Beirat", ActorKind.AdvisoryCouncil),
        ("Polizei", ActorKind.Police), ("Schule", ActorKind.School), ("Kita", ActorKind.DayCare), ("Verein", ActorKind.Association),
        ("Wohlfahrtsverband", ActorKind.WelfareOrganisation), ("Bewohnerschaft", ActorKind.Residents), ("Sonstige", ActorKind.Other),
    ];

    public static readonly (string Label, IndicatorMeasureType Value)[] MeasureTypes =
        [("Anzahl", IndicatorMeasureType.Quantitative), ("Prozent", IndicatorMeasureType.Percentage), ("qualitativ", IndicatorMeasureType.Qualitative)];

    public static readonly (string Label, IndicatorDirection Value)[] Directions =
        [("steigen", IndicatorDirection.Increase), ("sinken", IndicatorDirection.Decrease), ("halten", IndicatorDirection.Maintain)];

    public static readonly (string Label, GoalLevel Value)[] GoalLevels =
        [("Leitziel", GoalLevel.Guiding), ("Handlungsziel", GoalLevel.Action), ("Teilziel", GoalLevel.Operational)];

    public static readonly (string Label, bool IsTarget)[] DataPointKinds = [("Messwert", false), ("Zielwert", true)];

    public static bool TryParse<T>((string Label, T Value)[] choices, string text, out T value)
        where T : struct
    {
        foreach (var choice in choices)
        {
            if (string.Equals(choice.Label, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(choice.Value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = choice.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Label<T>((string Label, T Value)[] choices, T value)
        where T : struct
        => choices.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Label;

    public static string Allowed<T>((string Label, T Value)[] choices) => string.Join(", ", choices.Select(c => c.Label));
}
