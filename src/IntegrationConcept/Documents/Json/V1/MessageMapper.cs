using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Localization;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;
using IntegrationConcept.Documents.Json.Texts;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// Maps the messages of a coverage report (template, arguments and the rendered German and English text) and
/// bounds what rendering them costs: a template has at most <see cref="DocumentReadOptions.MaxTemplatePlaceholders"/>
/// placeholders, and the text it renders to is at most <see cref="DocumentReadOptions.MaxMessageExpansion"/> times
/// as long as the template and its arguments together. Both are checked before anything is rendered.
/// </summary>
internal static class MessageMapper
{
    /// <summary>The culture of the German rendering (<c>"de"</c>): decimal comma, dates as 13.12.2011.</summary>
    /// <remarks>Built in code, so that reports are read and written the same in every globalization mode.</remarks>
    public static readonly CultureInfo German = MessageCulture.German;

    /// <summary>The culture of the English rendering (<c>"en"</c>): decimal point, ISO dates.</summary>
    public static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static MessageDto ToDto(LocalizedMessage message)
        => new()
        {
            De = message.Render(German),
            En = message.Render(English),
            Template = ToDto(message.Template),
            Arguments = ToDtos(message.Arguments, static a => new MessageArgumentDto
            {
                Kind = a.Kind,
                Text = a.Text,
                Number = a.Number,
                Date = a.Date,
                Localized = ToDtos(a.Localized, static t => ToDto(t)),
            }),
        };

    public static LocalizedMessage Message(MessageDto dto, string path)
    {
        var message = new LocalizedMessage(ToModel(dto.Template), CoverageReportMapper.Indexed(dto.Arguments, path + ".arguments", Argument));
        Bounded(message, German, path + ".template.de");
        Bounded(message, English, path + ".template.en");
        Agrees(dto.De, message, German, path + ".de", ReportTexts.GermanMessage);
        Agrees(dto.En, message, English, path + ".en", ReportTexts.EnglishMessage);
        return message;
    }

    // Measures before rendering, so that a hostile template is refused at the cost of reading it.
    private static void Bounded(LocalizedMessage message, CultureInfo culture, string path)
    {
        var template = message.Template.Get(culture);
        var rendered = TemplateRenderer.MeasureRendered(template, message.Arguments, culture, out var placeholders);
        if (placeholders > DocumentReadOptions.MaxTemplatePlaceholders)
        {
            throw new MappingException(path, ReportTexts.TooManyPlaceholders.Format(placeholders, DocumentReadOptions.MaxTemplatePlaceholders));
        }

        long input = template.Length;
        foreach (var argument in message.Arguments)
        {
            input += argument.Format(culture).Length;
        }

        if (rendered > DocumentReadOptions.MaxMessageExpansion * input)
        {
            throw new MappingException(path, ReportTexts.TooLongRendered.Format(rendered, input, DocumentReadOptions.MaxMessageExpansion));
        }
    }

    private static void Agrees(string? written, LocalizedMessage message, CultureInfo culture, string path, LocalizedText language)
    {
        if (written is null)
        {
            return;
        }

        var rendered = message.Render(culture);
        if (written != rendered)
        {
            throw new MappingException(path, ReportTexts.MessageDisagrees.Format(language, TextFormat.Quoted(rendered)));
        }
    }

    private static MessageArgument Argument(MessageArgumentDto dto, string path)
    {
        var uses = (dto.Text is null ? 0 : 1) + (dto.Number is null ? 0 : 1) + (dto.Date is null ? 0 : 1) + (dto.Localized is null ? 0 : 1);
        var (member, fits) = dto.Kind switch
        {
            MessageArgumentKind.Text => (ReportTexts.HoldsText, dto.Text is not null),
            MessageArgumentKind.Number => (ReportTexts.HoldsNumber, dto.Number is not null),
            MessageArgumentKind.Date => (ReportTexts.HoldsDate, dto.Date is not null),
            MessageArgumentKind.Localized => (ReportTexts.HoldsOneLocalized, dto.Localized is { Count: 1 }),
            _ => (ReportTexts.HoldsLocalizedList, dto.Localized is not null || uses == 0),
        };
        if (!fits || uses > 1)
        {
            throw new MappingException(path, ReportTexts.ArgumentHolds.Format(CamelKind(dto.Kind), member));
        }

        return dto.Kind switch
        {
            MessageArgumentKind.Text => MessageArgument.FromText(dto.Text!),
            MessageArgumentKind.Number => MessageArgument.FromNumber(dto.Number.GetValueOrDefault()),
            MessageArgumentKind.Date => MessageArgument.FromDate(dto.Date.GetValueOrDefault()),
            MessageArgumentKind.Localized => MessageArgument.FromLocalized(ToModel(Item(dto.Localized!, path + ".localized", 0))),
            _ => MessageArgument.FromLocalizedList(Map(dto.Localized, path + ".localized", ToModel) ?? []),
        };
    }

    private static LocalizedText ToModel(LocalizedTextDto dto) => new(dto.De, dto.En);

    private static LocalizedTextDto ToDto(LocalizedText text) => new() { De = text.German, En = text.English };

    private static T Item<T>(IReadOnlyList<T> items, string path, int index)
        where T : class
        => items[index] ?? throw NullItem(path, index);

    private static string CamelKind(MessageArgumentKind kind)
        => kind == MessageArgumentKind.LocalizedList ? "localizedList" : kind.ToString().ToLowerInvariant();
}
