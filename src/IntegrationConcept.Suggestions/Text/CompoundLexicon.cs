using System;
using System.Collections.Generic;

namespace IntegrationConcept.Suggestions.Text;

/// <summary>
/// The dictionary the compound splitter checks parts against, besides the words of the texts being compared:
/// frequent words of municipal integration and social planning (like the word list a Lucene
/// <c>DictionaryCompoundWordTokenFilter</c> needs). A part counts when its stem is in the dictionary.
/// </summary>
internal static class CompoundLexicon
{
    /// <summary>Gets the dictionary words, lower case.</summary>
    public static IReadOnlyList<string> Words { get; } = (
        "sprache sprach deutsch förderung fördern kurs kita kindertagesstätte tagesstätte kind kinder jugend jugendliche "
        + "eltern familie frau frauen mädchen mann männer senior senioren schule schüler lehrer lehrkraft kraft bildung "
        + "ausbildung arbeit beruf abschluss anerkennung beratung weiterbildung qualifizierung markt betrieb unternehmen "
        + "gesundheit pflege dienst einrichtung information vorsorge versorgung verwaltung mitarbeiter personal amt behörde "
        + "stadt teil stadtteil quartier nachbar nachbarschaft haus wohnung wohnen leben verein sport spiel platz treff "
        + "begegnung fest kultur vielfalt integration migration zuwanderung einwanderung hintergrund geschichte teilhabe "
        + "gremium beirat rat netzwerk team aktion projekt programm öffnung kompetenz übergang hilfe lotse lotsen patenschaft "
        + "pate hausaufgaben aufgabe freizeit ferien bibliothek lese musik kunst tanz koch garten café cafe bürger zentrum "
        + "einkommen armut sozial schwach mehrsprachig sprachig angebot zugang förder bedarf heim alter zahn arzt praxis "
        + "elternabend abend nachmittag morgen frühstück mittag tisch runde gespräch dolmetscher übersetzung mittler kultur "
        + "arbeitsmarkt praktikum bewerbung training coaching job stelle platz ort raum fläche park straße weg schul "
        + "grundschule gymnasium hochschule studium universität fach wissen lernen lern unterricht sprachkurs lehrgang"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
