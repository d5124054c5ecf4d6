using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Localization;

/// <summary>
/// One value filled into a message template. Findings keep their arguments, not rendered text, so that a
/// report can be rendered in German and in English, with numbers and dates formatted per culture.
/// </summary>
public sealed record MessageArgument
{
    // The number and the date without their nullable wrappers (a finding keeps millions of arguments): which one
    // holds a value is said by Kind (the constructors refuse any other combination), so an argument takes 56 bytes
    // instead of 72. Equality compares these fields, as it compared the nullable properties before.
    private readonly decimal _number;
    private readonly LocalDate _date;

    /// <summary>Creates an argument from its parts; the factory methods are the convenient way.</summary>
    /// <param name="kind">What the argument holds.</param>
    /// <param name="text">The text, for <see cref="MessageArgumentKind.Text"/>.</param>
    /// <param name="number">The number, for <see cref="MessageArgumentKind.Number"/>.</param>
    /// <param name="date">The date, for <see cref="MessageArgumentKind.Date"/>.</param>
    /// <param name="localized">The texts, for <see cref="MessageArgumentKind.Localized"/> (exactly one) and <see cref="MessageArgumentKind.LocalizedList"/>.</param>
    /// <exception cref="ArgumentException">The part that <paramref name="kind"/> needs is missing, or another part is given.</exception>
    public MessageArgument(MessageArgumentKind kind, string? text = null, decimal? number = null, LocalDate? date = null, IEnumerable<LocalizedText>? localized = null)
        : this(kind, text, number, date, localized is null ? null : new ValueList<LocalizedText>(localized))
    {
        var ok = kind switch
        {
            MessageArgumentKind.Text => text is not null && number is null && date is null && Localized.Count == 0,
            MessageArgumentKind.Number => text is null && number is not null && date is null && Localized.Count == 0,
            MessageArgumentKind.Date => text is null && number is null && date is not null && Localized.Count == 0,
            MessageArgumentKind.Localized => text is null && number is null && date is null && Localized.Count == 1,
            MessageArgumentKind.LocalizedList => text is null && number is null && date is null,
            _ => false,
        };
        if (!ok)
        {
            throw new ArgumentException($"A {kind} message argument needs its own value and no other.", nameof(kind));
        }
    }

    private MessageArgument(MessageArgumentKind kind, string? text, decimal? number, LocalDate? date, ValueList<LocalizedText>? localized)
    {
        Kind = kind;
        Text = text;
        _number = number.GetValueOrDefault();
        _date = date.GetValueOrDefault();
        Localized = localized ?? ValueList<LocalizedText>.Empty;
    }


    /// <summary>Gets what the argument holds.</summary>
    public MessageArgumentKind Kind { get; }

    /// <summary>Gets the text of a <see cref="MessageArgumentKind.Text"/> argument.</summary>
    public string? Text { get; }

    /// <summary>Gets the number of a <see cref="MessageArgumentKind.Number"/> argument.</summary>
    public decimal? Number => Kind == MessageArgumentKind.Number ? _number : null;

    /// <summary>Gets the date of a <see cref="MessageArgumentKind.Date"/> argument.</summary>
    public LocalDate? Date => Kind == MessageArgumentKind.Date ? _date : null;

    /// <summary>Gets the texts of a <see cref="MessageArgumentKind.Localized"/> (one item) or <see cref="MessageArgumentKind.LocalizedList"/> argument; empty otherwise.</summary>
    public ValueList<LocalizedText> Localized { get; }

    /// <summary>Creates a text argument, the same in every language.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static MessageArgument FromText(string text) => new(MessageArgumentKind.Text, Guard.NotNull(text), null, null, null);

    /// <summary>Creates a number argument.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument FromNumber(decimal number) => new(MessageArgumentKind.Number, null, number, null, null);

    /// <summary>Creates a date argument.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument FromDate(LocalDate date) => new(MessageArgumentKind.Date, null, null, date, null);

    /// <summary>Creates an argument in German and English.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static MessageArgument FromLocalized(LocalizedText text)
        => new(MessageArgumentKind.Localized, null, null, null, new ValueList<LocalizedText>(new[] { Guard.NotNull(text) }));

    /// <summary>Creates a list argument whose items are joined with commas.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static MessageArgument FromLocalizedList(IEnumerable<LocalizedText> items)
        => new(MessageArgumentKind.LocalizedList, null, null, null, new ValueList<LocalizedText>(Guard.NotNull(items)));

    /// <summary>Formats the argument for a culture.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The formatted value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Format(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        switch (Kind)
        {
            case MessageArgumentKind.Number:
                return MessageCulture.FormatNumber(Number.GetValueOrDefault(), culture);
            case MessageArgumentKind.Date:
                return MessageCulture.FormatDate(Date.GetValueOrDefault(), culture);
            case MessageArgumentKind.Localized:
            case MessageArgumentKind.LocalizedList:
                var text = new StringBuilder();
                var table = LanguageTable.For(culture);
                for (var i = 0; i < Localized.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    text.Append(table.Text(Localized[i]));
                }

                return text.ToString();
            default:
                return Text ?? string.Empty;
        }
    }

    /// <summary>Formats the argument in English.</summary>
    /// <returns>The formatted value.</returns>
    public override string ToString() => Format(CultureInfo.InvariantCulture);
}
