
namespace IntegrationConcept.Model.Validation;

/// <summary>The model's structural problems (<see cref="ModelProblem"/>), German and English; <see cref="ModelProblem.Message"/> is the English.</summary>
internal static class ModelTexts
{
    public static readonly TextPair NoId = new("Das Element der Art {0} an Position {1} hat keine Kennung.", "The {0} at position {1} has no id.");

    public static readonly TextPair DuplicateId = new(
        "Die Kennung '{0}' wird von mehr als einem Element der Art {1} verwendet.",
        "The id '{0}' is used by more than one {1}.");

    public static readonly TextPair EmptyMember = new("Das Feld {0} darf nicht leer sein.", "The {0} must not be empty.");

    public static readonly TextPair EmptyReference = new("Der Verweis auf ein Element der Art {0} ist leer.", "The reference to a {0} is empty.");

    public static readonly TextPair Unresolved = new(
        "Das Element der Art {0} '{1}' gibt es in diesem Dokument nicht.",
        "The {0} '{1}' does not exist in this document.");

    public static readonly TextPair EndBeforeStart = new(
        "Der Zeitraum {0} endet ({1}), bevor er beginnt ({2}).",
        "The {0} ends ({1}) before it starts ({2}).");

    public static readonly TextPair TargetBeforeBaseline = new(
        "Das Zieldatum {0} liegt vor dem Datum des Ausgangswerts {1}.",
        "The target date {0} lies before the baseline date {1}.");

    public static readonly TextPair NumberOnQualitative = new(
        "Der Indikator ist qualitativ und trägt keine Zahlen, aber {0} hat den Wert {1}; schreiben Sie die Einschätzung in den Kommentar.",
        "The indicator is qualitative and carries no numbers, but {0} has the value {1}; put the assessment in the comment.");

    public static readonly TextPair QualitativeComment = new(
        "Der Indikator ist qualitativ, daher braucht {0} einen Kommentar mit der Einschätzung.",
        "The indicator is qualitative, so {0} needs a comment with the assessment.");

    public static readonly TextPair NeedsValue = new(
        "Der Indikator ist {0}, daher braucht {1} einen Wert.",
        "The indicator is {0}, so {1} needs a value.");

    public static readonly TextPair Quantitative = new("quantitativ", "quantitative");

    public static readonly TextPair Percentage = new("ein Prozentwert", "percentage");

    public static readonly TextPair Cycle = new("Die übergeordneten Ziele bilden einen Kreis: {0}.", "The parent goals form a cycle: {0}.");

    public static readonly TextPair OfficialKey = new(
        "Der amtliche Gemeindeschlüssel (AGS) muss aus acht Ziffern bestehen, nicht '{0}'.",
        "The official municipality key (AGS) must be eight digits, not '{0}'.");

    public static readonly TextPair UpdatesItself = new(
        "Die Fassung '{0}' kann sich nicht selbst fortschreiben.",
        "The version '{0}' cannot update itself.");

    public static readonly TextPair LabelTwice = new(
        "Die Bezeichnung '{0}' wird von mehr als einer Fassung des Konzepts verwendet.",
        "The version label '{0}' is used by more than one version of the concept.");

    public static readonly TextPair HistoryNoId = new(
        "Das Ziel an Position {0} der Fassung '{1}' hat keine Kennung.",
        "The goal at position {0} of version '{1}' has no id.");

    public static readonly TextPair HistoryDuplicate = new(
        "Die Kennung '{0}' wird von mehr als einem Ziel der Fassung '{1}' verwendet.",
        "The id '{0}' is used by more than one goal of version '{1}'.");

    public static readonly TextPair HistoryEmptyText = new(
        "Der Text des Ziels '{0}' in der Fassung '{1}' darf nicht leer sein.",
        "The text of goal '{0}' in version '{1}' must not be empty.");

    public static readonly TextPair EmptyFieldReference = new(
        "Der Verweis auf ein Handlungsfeld ist leer.",
        "The reference to an action field is empty.");

    public static readonly TextPair HistoryNoParent = new(
        "Das Ziel '{0}' gibt es in der Fassung '{1}' nicht.",
        "The goal '{0}' does not exist in version '{1}'.");

    public static readonly TextPair SpecificAndRefines = new(
        "Das Ziel ist als stadtteilspezifisch markiert, konkretisiert aber auch Ziele der Stadt; wählen Sie eines von beiden.",
        "The goal is marked district-specific but also refines city goals; do one or the other.");

    public static readonly TextPair RefinesNothing = new(
        "Das Ziel konkretisiert kein Ziel der Stadt und ist nicht als stadtteilspezifisch markiert; nennen Sie die Ziele der Stadt, die es konkretisiert, oder markieren Sie es als stadtteilspezifisch.",
        "The goal refines no city goal and is not marked district-specific; name the city goals it refines or mark it district-specific.");

    public static readonly TextPair NegativeBudget = new(
        "Ein Budgetbetrag darf nicht negativ sein, nicht {0} EUR; ausgegebenes Geld wird mit der Art 'spent' erfasst.",
        "A budget amount cannot be negative, not {0} EUR; record money spent as kind 'spent'.");

    public static readonly TextPair BudgetYear = new(
        "Das Haushaltsjahr muss zwischen {0} und {1} liegen, nicht {2}.",
        "The budget year must lie between {0} and {1}, not {2}.");

    public static readonly TextPair OutOfScopeKind = new(
        "Nur ein Handlungsfeld, ein Ziel oder ein Grundsatz des Konzepts der Stadt kann als nicht zu bearbeiten erklärt werden, kein Element der Art {0}.",
        "Only an action field, a goal or a principle of the city concept can be declared out of scope, not a {0}.");

    public static readonly TextPair NoElement = new("Die Erklärung nennt kein Element.", "The declaration names no element.");

    public static readonly TextPair DeclaredTwice = new(
        "Das Element der Art {0} '{1}' ist mehrfach als nicht zu bearbeiten erklärt.",
        "The {0} '{1}' is declared out of scope more than once.");

    public static readonly TextPair SuppressedTwice = new(
        "Der Befund {0} zu '{1}' ist mehrfach zurückgestellt.",
        "The finding {0} on '{1}' is suppressed more than once.");

    /// <summary>The kind of an element as the messages say it: "district goal" / "Stadtteilziel".</summary>
    public static TextPair Kind(ElementKind kind) => new(GermanKind(kind), ProblemCollector.Describe(kind));

    private static string GermanKind(ElementKind kind) => kind switch
    {
        ElementKind.ActionField => "Handlungsfeld",
        ElementKind.Goal => "Ziel",
        ElementKind.Principle => "Grundsatz",
        ElementKind.Approach => "Ansatz",
        ElementKind.CityMeasure => "Maßnahme der Stadt",
        ElementKind.DistrictGoal => "Stadtteilziel",
        ElementKind.Measure => "Maßnahme",
        ElementKind.Indicator => "Indikator",
        ElementKind.Observation => "Beobachtung",
        ElementKind.Actor => "Akteur",
        ElementKind.TargetGroup => "Zielgruppe",
        ElementKind.OutOfScopeDeclaration => "Erklärung 'nicht zu bearbeiten'",
        ElementKind.Suppression => "Zurückstellung",
        ElementKind.ConceptVersion => "Konzeptfassung",
        ElementKind.ConceptReference => "Verweis auf das Konzept",
        ElementKind.SubArea => "Teilgebiet",
        ElementKind.PreviousVersion => "frühere Fassung",
        ElementKind.Municipality => "Kommune",
        ElementKind.CityConcept => "Integrationskonzept",
        ElementKind.DistrictPlan => "Stadtteilkonzept",
        ElementKind.District => "Stadtteil",
        ElementKind.Body => "Gremium",
        _ => ProblemCollector.Describe(kind),
    };
}
