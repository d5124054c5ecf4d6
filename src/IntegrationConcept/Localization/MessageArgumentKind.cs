namespace IntegrationConcept.Localization;

/// <summary>What a <see cref="MessageArgument"/> holds.</summary>
public enum MessageArgumentKind
{
    /// <summary>Text that is the same in every language, such as an id or a name.</summary>
    Text,

    /// <summary>A number, formatted per culture.</summary>
    Number,

    /// <summary>A date, formatted per culture.</summary>
    Date,

    /// <summary>A text in German and English.</summary>
    Localized,

    /// <summary>A list of texts in German and English, joined per culture.</summary>
    LocalizedList,
}
