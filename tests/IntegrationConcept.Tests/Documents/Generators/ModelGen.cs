using System.Globalization;
using CsCheck;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Tests.Documents.Generators;

/// <summary>
/// CsCheck generators of structurally valid models: unique ids, references that resolve, well-formed periods,
/// targets not before baselines, qualitative indicators with comments only. Texts mix umlauts, quotes,
/// backslashes, control characters, HTML characters and characters outside the BMP.
/// </summary>
internal static class ModelGen
{
    private static readonly LocalDate Epoch = new(1990, 1, 1);

    /// <summary>Non-blank text, including characters that JSON must escape and characters it need not.</summary>
    public static readonly Gen<string> Text =
        Gen.OneOf(
                Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789äöüÄÖÜß„“€½-.,;:!?/()"], 1, 24],
                Gen.String[Gen.Char["aä\"\\\n\t\r\u0001\u001f<>&'+` \u00a0\u2028\u2029é"], 1, 12],
                Gen.OneOf(new[] { "Wohnen und Leben im Stadtteil", "Beirat für Migration und Integration", "Emoji 😀 und 🇩🇪", "x" }))
            .Where(s => !string.IsNullOrWhiteSpace(s));

    /// <summary>The text without the control and invisible characters the id grammar refuses, for ids made from text.</summary>
    public static string VisibleOnly(string text)
        => string.Concat(text.Where(c => char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Control
            or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator)));

    public static readonly Gen<string?> OptionalText = Text.Null(0.4);

    public static readonly Gen<LocalDate> Date = Gen.Int[0, 60 * 365].Select(d => Epoch.PlusDays(d));

    public static readonly Gen<Timeframe> TimeframeGen =
        Gen.Select(Date, Gen.Int[0, 3000].Nullable(0.3), (start, days) => new Timeframe(start, days is { } d ? start.PlusDays(d) : null));

    public static readonly Gen<decimal> Number = Gen.OneOf(Gen.Decimal, Gen.Decimal[-1000m, 1000m], Gen.Int[-100, 100].Select(i => (decimal)i));

    public static readonly Gen<Population> PopulationGen = Gen.Select(Gen.Int[0, 10_000_000], Gen.Int[1000, 9999], (c, y) => new Population(c, y));

    /// <summary>Ids unique by their index, each with a random readable suffix.</summary>
    private static Gen<string[]> Ids(string prefix, int count)
        => Gen.String[Gen.Char["abcXYZ09-_.äß/ "], 0, 6].Array[count]
            .Select(suffixes => suffixes.Select((s, i) => prefix + i.ToString(CultureInfo.InvariantCulture) + s.Trim()).ToArray());

    /// <summary>Picks up to <paramref name="max"/> entries of <paramref name="pool"/> (repeats allowed); none if the pool is empty.</summary>
    private static Gen<T[]> Pick<T>(T[] pool, int max)
        => pool.Length == 0 ? Gen.Const(Array.Empty<T>()) : Gen.Int[0, pool.Length - 1].Array[0, max].Select(ix => ix.Select(i => pool[i]).ToArray());

    public static readonly Gen<Municipality> MunicipalityGen =
        from name in Text
        from key in Gen.Int[0, 99_999_999].Select(k => k.ToString("D8", CultureInfo.InvariantCulture)).Null(0.5)
        from hasProfile in Gen.Bool
        from population in PopulationGen.Null(0.3)
        from type in OptionalText
        from change in Number
        from fromYear in Gen.Int[1900, 2100]
        from years in Gen.Int[0, 40]
        from hasProjection in Gen.Bool
        select new Municipality(name, key, hasProfile
            ? new MunicipalityProfile(population, type, hasProjection ? new PopulationProjection(change, fromYear, fromYear + years) : null)
            : null);

    public static readonly Gen<ConceptVersion> VersionGen =
        from label in Text
        from status in Gen.Enum<ConceptStatus>()
        from adopted in Date.Nullable(0.4)
        from adoptedBy in OptionalText
        from validity in TimeframeGen.Null(0.5)
        from updates in Text.Select(t => "vorher " + t).Null(0.6)
        select new ConceptVersion(label, status, adopted, adoptedBy, validity, updates);

    public static readonly Gen<CityConcept> CityConcept =
        from title in Text
        from municipality in MunicipalityGen
        from version in VersionGen
        from principleIds in Gen.Int[0, 4].SelectMany(n => Ids("G-", n))
        from fieldIds in Gen.Int[1, 5].SelectMany(n => Ids("HF-", n))
        from goalIds in Gen.Int[0, 8].SelectMany(n => Ids("Z-", n))
        from approachIds in Gen.Int[0, 4].SelectMany(n => Ids("A-", n))
        from measureIds in Gen.Int[0, 4].SelectMany(n => Ids("M-", n))
        from principles in Gen.Select(Text, OptionalText).Array[principleIds.Length]
        from fields in Gen.Select(Text, OptionalText, OptionalText).Array[fieldIds.Length]
        from goals in Gen.Select(Text, Gen.Int[0, 99], Gen.Enum<GoalLevel>().Nullable(0.4), Gen.Int[-3, 99]).Array[goalIds.Length]
        from approaches in Gen.Select(Text, Gen.Int[0, 99], Pick(goalIds, 3), OptionalText).Array[approachIds.Length]
        from measures in Gen.Select(Text, Gen.Int[-2, 99], Pick(goalIds, 3), OptionalText).Array[measureIds.Length]
        select new CityConcept(
            title,
            municipality,
            version,
            principles.Select((p, i) => new Principle(new(principleIds[i]), p.Item1, p.Item2)),
            fields.Select((f, i) => new ActionField(new(fieldIds[i]), f.Item1, f.Item2, f.Item3)),
            goals.Select((g, i) => new Goal(
                new(goalIds[i]),
                new(fieldIds[g.Item2 % fieldIds.Length]),
                g.Item1,
                g.Item3,
                i > 0 && g.Item4 >= 0 ? new ElementId<Goal>(goalIds[g.Item4 % i]) : null)),
            approaches.Select((a, i) => new Approach(
                new(approachIds[i]), new(fieldIds[a.Item2 % fieldIds.Length]), a.Item1, a.Item3.Select(id => new ElementId<Goal>(id)), a.Item4)),
            measures.Select((m, i) => new CityMeasure(
                new(measureIds[i]),
                m.Item1,
                m.Item2 >= 0 && approachIds.Length > 0 ? new ElementId<Approach>(approachIds[m.Item2 % approachIds.Length]) : null,
                m.Item3.Select(id => new ElementId<Goal>(id)),
                m.Item4)));
}
