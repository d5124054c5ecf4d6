using IntegrationConcept.Localization;

namespace IntegrationConcept.Word;

/// <summary>The words the Word renderer adds around the report content: the frame of a submission to a committee.</summary>
internal static class WordTexts
{
    public static readonly LocalizedText Submission = new("Vorlage zur Kenntnisnahme", "Submission for information");
    public static readonly LocalizedText ProposedResolution = new("Beschlussvorschlag", "Proposed resolution");
    public static readonly LocalizedText TakesNote = new("Das Gremium nimmt den „{0}“ zur Kenntnis.", "The committee takes note of the “{0}”.");
    public static readonly LocalizedText StatementOfFacts = new("Sachdarstellung", "Statement of facts");
    public static readonly LocalizedText TableDescription = new("Tabelle: {0}", "Table: {0}");

    /// <summary>A text with <c>{0}</c> replaced by an already written value.</summary>
    public static string Fill(this LanguageTable table, LocalizedText template, string value)
        => table.Text(template).Replace("{0}", value, System.StringComparison.Ordinal);
}
