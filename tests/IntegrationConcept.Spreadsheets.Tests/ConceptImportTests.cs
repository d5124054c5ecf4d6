using System.Text;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Spreadsheets.Tests;

/// <summary>A city concept from spreadsheets: action fields, goals and principles, German default headers, every problem at once.</summary>
public sealed class ConceptImportTests
{
    private static readonly Municipality Trier = new("Trier");
    private static readonly ConceptVersion Version = new("Entwurf 2011", ConceptStatus.Draft);

    private const string Fields = "ID;Handlungsfeld;Englischer Name;Beschreibung\nHF-1;Sprache und Bildung;Language and education;Frühe Förderung\nHF-2;Arbeit;;\n";
    private const string Goals = "ID;Ziel;Handlungsfeld;Ebene;Oberziel\nZ-1;Alle Kinder sprechen zum Schulbeginn Deutsch.;HF-1;Leitziel;\nZ-1a;Mehr Plätze in der Sprachförderung;HF-1;Teilziel;Z-1\nZ-2;Mehr Menschen in Arbeit;HF-2;;\n";
    private const string Principles = "ID;Grundsatz;Beschreibung\nG-1;Teilhabe;Alle Menschen gestalten mit.\n";

    private static CsvFile Csv(SheetKind kind, string name, string text) => new(kind, name, new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static SpreadsheetImportResult<CityConcept> Import(string fields, string goals, string principles)
        => new SpreadsheetImporter().ImportConceptCsv(
            [Csv(SheetKind.ActionFields, "handlungsfelder.csv", fields), Csv(SheetKind.CityGoals, "ziele.csv", goals), Csv(SheetKind.Principles, "grundsaetze.csv", principles)],
            "Integrationskonzept Trier", Trier, Version);

    [Fact]
    public void ImportConceptCsv_GermanDefaults_ReadsFieldsGoalsAndPrinciples()
    {
        var result = Import(Fields, Goals, Principles);

        result.Problems.Should().BeEmpty();
        var concept = result.Value!;
        concept.ActionFields.Select(f => (f.Id.Value, f.Name, f.EnglishName)).Should().Equal(("HF-1", "Sprache und Bildung", "Language and education"), ("HF-2", "Arbeit", null));
        concept.Goals.Select(g => (g.Id.Value, g.ActionFieldId.Value, g.Level, g.ParentId?.Value))
            .Should().Equal(("Z-1", "HF-1", GoalLevel.Guiding, null), ("Z-1a", "HF-1", GoalLevel.Operational, "Z-1"), ("Z-2", "HF-2", null, null));
        concept.Principles.Single().Should().Be(new Principle(new ElementId<Principle>("G-1"), "Teilhabe", "Alle Menschen gestalten mit."));
        concept.Municipality.Should().Be(Trier);
        concept.Version.Should().Be(Version);
    }

    [Fact]
    public void ImportConceptCsv_EveryProblem_IsReportedAtOnceWithFileRowAndColumn_AndNothingIsImported()
    {
        var result = Import(
            "ID;Handlungsfeld\nHF-1;Sprache\nHF-1;Doppelt\n",
            "ID;Ziel;Handlungsfeld;Ebene;Oberziel\nZ-1;;HF-1;;\nZ-2;Arbeit;HF-9;;\nZ-3;Wohnen;HF-1;Oberziel;\nZ-4;Kita;HF-1;;Z-99\n",
            "ID;Grundsatz\nG-1;Teilhabe\n");

        result.Succeeded.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Problems.Select(p => (p.File, p.Row, p.Column, p.Code)).Should().BeEquivalentTo(new (string, int?, string?, SpreadsheetProblemCode)[]
        {
            ("handlungsfelder.csv", 3, "A", SpreadsheetProblemCode.DuplicateId),
            ("ziele.csv", 2, "B", SpreadsheetProblemCode.MissingValue),
            ("ziele.csv", 3, "C", SpreadsheetProblemCode.UnknownReference),
            ("ziele.csv", 4, "D", SpreadsheetProblemCode.InvalidChoice),
            ("ziele.csv", 5, "E", SpreadsheetProblemCode.UnknownReference),
        });
        result.Problems.Single(p => p.Row == 4).GetMessage()
            .Should().Be("Datei ziele.csv, Zeile 4, Spalte D (Ebene): „Oberziel“ ist kein erlaubter Wert (erlaubt: Leitziel, Handlungsziel, Teilziel).");
        result.Problems.Single(p => p.Row == 3 && p.File == "ziele.csv").GetMessage(global::IntegrationConcept.Localization.MessageCulture.English)
            .Should().Be("file ziele.csv, row 3, column C (Handlungsfeld): 'HF-9' is not known (Handlungsfeld / action field).");
    }

    [Fact]
    public void ImportConceptCsv_GoalsThatAreEachOthersParent_AreReportedAtTheirRowsByTheModelsValidation()
    {
        var result = Import(Fields, "ID;Ziel;Handlungsfeld;Ebene;Oberziel\nZ-1;Deutsch;HF-1;;Z-2\nZ-2;Sprache;HF-1;;Z-1\n", Principles);

        result.Value.Should().BeNull();
        result.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Code == SpreadsheetProblemCode.InvalidPlan && p.File == "ziele.csv" && (p.Row == 2 || p.Row == 3));
        result.Problems[0].GetMessage().Should().Contain("Das Dokument ist so nicht gültig: ");
    }

    [Fact]
    public void ImportConceptCsv_MissingRequiredColumn_IsNamed()
    {
        var result = Import(Fields, "ID;Ziel\nZ-1;Deutsch\n", Principles);

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(SpreadsheetProblemCode.MissingColumn);
        problem.Detail.Should().Be("Handlungsfeld");
    }

    [Fact]
    public void ImportConceptCsv_PlanSheet_IsRefusedAsAnArgument()
    {
        var act = () => new SpreadsheetImporter().ImportConceptCsv([Csv(SheetKind.Measures, "massnahmen.csv", "ID;Maßnahme\n")], "K", Trier, Version);

        act.Should().Throw<ArgumentException>().WithMessage("*massnahmen.csv*not part of a city concept*");
    }

    [Fact]
    public void ImportCsv_ConceptSheetForAPlan_IsRefusedAsAnArgument()
    {
        var act = () => new SpreadsheetImporter().ImportCsv([Csv(SheetKind.ActionFields, "hf.csv", Fields)], "P", TestWorkbooks.District, TestWorkbooks.Concept);

        act.Should().Throw<ArgumentException>().WithMessage("*hf.csv*not part of a district plan*");
    }

    [Fact]
    public void ImportConceptXlsx_MappingWithOtherSheetAndHeaderNames_IsFollowed()
    {
        var mapping = SpreadsheetMapping.FromJson("""
            { "formatVersion": 1, "sheets": {
                "actionFields": { "sheet": "Felder", "columns": { "name": "Bezeichnung" } },
                "cityGoals": { "sheet": "Leitziele", "columns": { "actionField": "Feld" } } } }
            """);
        using var workbook = TestWorkbooks.Xlsx(
            ("Felder", (data, _) => data.Append(TestWorkbooks.TextRow(1, "ID", "Bezeichnung"), TestWorkbooks.TextRow(2, "HF-1", "Sprache"))),
            ("Leitziele", (data, _) => data.Append(TestWorkbooks.TextRow(1, "ID", "Ziel", "Feld"), TestWorkbooks.TextRow(2, "Z-1", "Deutsch lernen", "HF-1"))));

        var result = new SpreadsheetImporter(mapping).ImportConceptXlsx(workbook, "konzept.xlsx", "K", Trier, Version);

        result.Problems.Should().BeEmpty();
        result.Value!.Goals.Single().ActionFieldId.Value.Should().Be("HF-1");
    }

    [Fact]
    public void ImportConceptXlsx_WorkbookWithoutConceptSheets_NamesTheExpectedSheets()
    {
        using var workbook = TestWorkbooks.Xlsx(("Maßnahmen", (data, _) => data.Append(TestWorkbooks.TextRow(1, "ID", "Maßnahme"))));

        var problem = new SpreadsheetImporter().ImportConceptXlsx(workbook, "konzept.xlsx", "K", Trier, Version).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(SpreadsheetProblemCode.NoKnownSheet);
        problem.Detail.Should().Be("Handlungsfelder, Ziele, Grundsätze");
    }

    [Fact]
    public void ExportThenImport_TrierConcept_GivesAnEqualConcept()
    {
        var sample = DocumentSerializer.ReadCityConcept(File.ReadAllText(Path.Combine(RoundTripTests.RepositoryRoot(), "samples", "TrierEhrangQuint", "data", "trier-city-concept.json")));
        // The part of a concept a workbook holds: its action fields, goals and principles.
        var concept = new CityConcept(sample.Title, sample.Municipality, sample.Version, sample.Principles, sample.ActionFields, sample.Goals);
        concept.Goals.Count.Should().BeGreaterThan(5);
        using var workbook = new MemoryStream();
        new SpreadsheetExporter().WriteConceptXlsx(concept, workbook);
        workbook.Position = 0;

        var result = new SpreadsheetImporter().ImportConceptXlsx(workbook, "trier.xlsx", concept.Title, concept.Municipality, concept.Version);

        result.Problems.Should().BeEmpty();
        result.Value.Should().Be(concept);
    }

    [Fact]
    public void Mapping_ToJson_HoldsTheConceptSheetsWithTheirGermanDefaults()
    {
        var json = SpreadsheetMapping.Default.ToJson();

        json.Should().Contain("\"actionFields\"").And.Contain("\"Handlungsfelder\"").And.Contain("\"Grundsätze\"").And.Contain("\"Oberziel\"");
        SpreadsheetMapping.Default[SheetKind.CityGoals].Header("level").Should().Be("Ebene");
    }
}
