namespace IntegrationConcept.Suggestions.Text;

/// <summary>An index term and the word it came from.</summary>
/// <param name="Stem">The stem that is matched.</param>
/// <param name="Word">The word, lower case, as it stood in the text (or the compound part).</param>
internal readonly record struct Term(string Stem, string Word);
