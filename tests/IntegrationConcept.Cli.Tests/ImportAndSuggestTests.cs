using System.Text;
using System.Text.Json;
using FluentAssertions;
using IntegrationConcept.Documents;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

/// <summary><c>ikon import</c> (spreadsheet → JSON document) and <c>ikon suggest</c> (suggested links).</summary>
public sealed class ImportAndSuggestTests : IDisposable
{
    private static readonly string SampleData = Path.Combine(ToolHarness.Root, "samples", "SpreadsheetImport", "data");

    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    private static string Sample(string name) => Path.Combine(SampleData, name);

    private ToolRun ImportSampleWorkbook(string output)
        => _tool.Run("import", "plan", Sample("ehrang-quint-massnahmen.xlsx"), "--district", "Ehrang/Quint", "--concept", ToolHarness.Concept, "--out", output);

    [Fact]
    public void ImportPlan_SampleWorkbook_WritesAPlanDocumentThatReads()
    {
        var run = ImportSampleWorkbook("plan.json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        var plan = DocumentSerializer.ReadDistrictPlan(File.ReadAllText(_tool.PathOf("plan.json")));
        plan.Title.Should().Be("Stadtteilkonzept Ehrang/Quint");
        plan.District.Name.Should().Be("Ehrang/Quint");
        plan.Concept.Municipality.Should().Be("Trier");
        plan.Measures.Count.Should().BeGreaterThan(5);
    }

    [Fact]
    public void ImportPlan_SampleCsvFilesNamedBySheet_GiveTheSameDocumentAsTheWorkbook()
    {
        ImportSampleWorkbook("from-xlsx.json").ExitCode.Should().Be(0);

        var run = _tool.Run(
            "import", "plan", Sample("ehrang-quint-ziele.csv"), Sample("ehrang-quint-massnahmen.csv"), "indicators=" + Sample("ehrang-quint-indikatoren.csv"), Sample("ehrang-quint-messwerte.csv"),
            "--district", "Ehrang/Quint", "--concept", ToolHarness.Concept);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Be(File.ReadAllText(_tool.PathOf("from-xlsx.json")));
    }

    [Fact]
    public void ImportPlan_BrokenCells_PrintsEveryProblemWithRowAndColumnAndWritesNothing()
    {
        var csv = _tool.Write("massnahmen.csv", "ID;Maßnahme;Status;Beginn\nM-1;Fest;vielleicht;31.12.2014\nM-2;;laufend;32.13.2014\n");

        var run = _tool.Run("import", "plan", csv, "--district", "Ehrang/Quint", "--concept", ToolHarness.Concept, "--out", "plan.json");

        run.ExitCode.Should().Be(2);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "Datei massnahmen.csv, Zeile 2, Spalte C (Status): „vielleicht“ ist kein erlaubter Wert (erlaubt: geplant, laufend, abgeschlossen, abgebrochen).",
            "Datei massnahmen.csv, Zeile 3, Spalte B (Maßnahme): Die Zelle ist leer, hier ist ein Wert nötig.",
            "Datei massnahmen.csv, Zeile 3, Spalte D (Beginn): „32.13.2014“ ist kein Datum (erwartet 31.12.2014 oder 2014-12-31).");
        File.Exists(_tool.PathOf("plan.json")).Should().BeFalse("nothing is half-imported");
    }

    [Fact]
    public void ImportPlan_Windows1252Csv_ReadsTheUmlauts()
    {
        var path = _tool.PathOf("massnahmen.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("ID;Maßnahme;Träger\nM-1;Straßenfest;Bürgerverein\n"));

        var run = _tool.Run("import", "plan", path, "--district", "Ehrang/Quint", "--concept", ToolHarness.Concept, "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        var plan = DocumentSerializer.ReadDistrictPlan(run.Out);
        plan.Measures.Single().Name.Should().Be("Straßenfest");
        plan.Actors.Single().Name.Should().Be("Bürgerverein");
    }

    [Fact]
    public void ImportPlan_WithMapping_ReadsOtherHeaders()
    {
        var mapping = _tool.Write("mapping.json", """{ "formatVersion": 1, "sheets": { "measures": { "columns": { "name": "Measure", "carrier": "Lead organisation" } } } }""");
        var csv = _tool.Write("measures.csv", "ID;Measure;Lead organisation\nM-1;Street festival;Naturfreunde\n");

        var run = _tool.Run("import", "plan", csv, "--mapping", mapping, "--district", "Quint", "--concept", ToolHarness.Concept, "--title", "Quint plan");

        run.ExitCode.Should().Be(0, run.Error);
        var plan = DocumentSerializer.ReadDistrictPlan(run.Out);
        plan.Title.Should().Be("Quint plan");
        plan.Measures.Single().Participations.Single().ActorId.Value.Should().Be("naturfreunde");
    }

    [Fact]
    public void ImportPlan_InvalidMapping_ExitsTwoNamingThePath()
    {
        var mapping = _tool.Write("mapping.json", """{ "formatVersion": 1, "sheets": { "measures": { "columns": { "colour": "Farbe" } } } }""");

        var run = _tool.Run("import", "plan", Sample("ehrang-quint-massnahmen.csv"), "--mapping", mapping, "--district", "Quint", "--concept", ToolHarness.Concept);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("mapping.json: $.sheets.measures.columns.colour: unknown column");
    }

    [Theory]
    [InlineData(new[] { "liste.csv" }, "Cannot tell which sheet 'liste.csv' holds; name it, such as goals=liste.csv")]
    [InlineData(new[] { "colours=liste.csv" }, "'colours' is no kind of sheet here")]
    [InlineData(new[] { "a.xlsx", "ziele.csv" }, "An XLSX workbook is imported alone")]
    public void ImportPlan_FilesItCannotPlace_AreUsageErrors(string[] files, string message)
    {
        var run = _tool.Run(["import", "plan", .. files, "--district", "Quint", "--concept", ToolHarness.Concept]);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void ImportPlan_WithoutDistrict_IsAUsageError()
    {
        var run = _tool.Run("import", "plan", Sample("ehrang-quint-massnahmen.csv"), "--concept", ToolHarness.Concept);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("--district NAME");
    }

    [Fact]
    public void ImportConcept_CsvFiles_WritesAConceptDocument()
    {
        var fields = _tool.Write("handlungsfelder.csv", "ID;Handlungsfeld\nHF-1;Sprache und Bildung\n");
        var goals = _tool.Write("ziele.csv", "ID;Ziel;Handlungsfeld;Ebene\nZ-1;Alle Kinder sprechen zum Schulbeginn Deutsch.;HF-1;Leitziel\n");
        var principles = _tool.Write("grundsaetze.csv", "ID;Grundsatz\nG-1;Teilhabe\n");

        var run = _tool.Run("import", "concept", fields, goals, principles, "--municipality", "Trier", "--edition", "Beschluss 2011", "--out", "konzept.json");

        run.ExitCode.Should().Be(0, run.Error);
        var concept = DocumentSerializer.ReadCityConcept(File.ReadAllText(_tool.PathOf("konzept.json")));
        concept.Title.Should().Be("Integrationskonzept Trier");
        concept.Version.Label.Should().Be("Beschluss 2011");
        concept.Goals.Single().ActionFieldId.Value.Should().Be("HF-1");
        concept.Principles.Single().Name.Should().Be("Teilhabe");
    }

    [Fact]
    public void ImportConcept_GoalInAnUnknownField_ExitsTwoInEnglish()
    {
        var fields = _tool.Write("handlungsfelder.csv", "ID;Handlungsfeld\nHF-1;Sprache\n");
        var goals = _tool.Write("ziele.csv", "ID;Ziel;Handlungsfeld\nZ-1;Deutsch;HF-7\n");

        var run = _tool.Run("import", "concept", fields, goals, "--municipality", "Trier", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("file ziele.csv, row 2, column C (Handlungsfeld): 'HF-7' is not known (Handlungsfeld / action field).\n");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Suggest_ImportedPlan_ListsUpToThreeCityGoalsWithScoreAndSharedTerms()
    {
        ImportSampleWorkbook("plan.json").ExitCode.Should().Be(0);

        var run = _tool.Run("suggest", ToolHarness.Concept, "plan.json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("Vorschläge für ").And.Contain("gemeinsame Wörter: ").And.Contain("  1. ");
        var json = _tool.Run("suggest", ToolHarness.Concept, "plan.json", "--format", "json");
        var suggestions = JsonDocument.Parse(json.Out).RootElement.GetProperty("suggestions");
        suggestions.GetArrayLength().Should().BeGreaterThan(0);
        foreach (var suggestion in suggestions.EnumerateArray())
        {
            var candidates = suggestion.GetProperty("candidates");
            candidates.GetArrayLength().Should().BeLessThanOrEqualTo(3);
            foreach (var candidate in candidates.EnumerateArray())
            {
                candidate.GetProperty("score").GetDouble().Should().BePositive();
                candidate.GetProperty("sharedTerms").GetArrayLength().Should().BePositive("the shared terms are the reason");
            }

            run.Out.Should().Contain(suggestion.GetProperty("subjectId").GetString() + ": ");
        }
    }

    [Fact]
    public void Suggest_TopOneInEnglish_ListsOneCandidateEach()
    {
        ImportSampleWorkbook("plan.json").ExitCode.Should().Be(0);

        var run = _tool.Run("suggest", ToolHarness.Concept, "plan.json", "--top", "1", "--lang", "en", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        JsonDocument.Parse(run.Out).RootElement.GetProperty("suggestions").EnumerateArray()
            .Should().OnlyContain(s => s.GetProperty("candidates").GetArrayLength() <= 1);
        _tool.Run("suggest", ToolHarness.Concept, "plan.json", "--lang", "en").Out.Should().Contain("shared terms: ");
    }

    [Fact]
    public void Suggest_TopZero_IsAUsageError()
    {
        _tool.Run("suggest", ToolHarness.Concept, ToolHarness.Plan, "--top", "0").ExitCode.Should().Be(3);
    }

    [Fact]
    public void Suggest_MissingPlan_ExitsTwo()
    {
        var run = _tool.Run("suggest", ToolHarness.Concept, "missing.json", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("missing.json: error IC0001");
    }
}
