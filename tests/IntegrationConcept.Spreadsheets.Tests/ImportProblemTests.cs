using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Spreadsheets.Tests;

public sealed class ImportProblemTests
{
    private static SpreadsheetImportResult<DistrictPlan> ImportCsv(string measures, SpreadsheetImporter? importer = null)
    {
        using var content = TestWorkbooks.Csv(measures);
        return (importer ?? new SpreadsheetImporter()).ImportCsv([new CsvFile(SheetKind.Measures, "massnahmen.csv", content)], "Plan", TestWorkbooks.District, TestWorkbooks.Concept);
    }

    [Fact]
    public void ImportCsv_GermanDatesAndNamesOnly_CreatesActorsAndPeriods()
    {
        var result = ImportCsv("ID;Maßnahme;Träger;Status;Beginn;Ende\nM-1;Straßenfest;Naturfreunde Quint;abgeschlossen;01.06.2011;2011-06-30\n");

        result.Problems.Should().BeEmpty();
        var measure = result.Value!.Measures[0];
        measure.Period.Should().Be(new Timeframe(new LocalDate(2011, 6, 1), new LocalDate(2011, 6, 30)));
        measure.Status.Should().Be(MeasureStatus.Completed);
        result.Value.Actors.Single().Should().Be(new Actor(new ElementId<Actor>("naturfreunde-quint"), "Naturfreunde Quint", ActorKind.Other));
    }

    [Fact]
    public void ImportCsv_EveryWrongCell_IsReportedAtOnceWithRowAndColumn()
    {
        var result = ImportCsv(
            "ID;Maßnahme;Status;Beginn;Ende\n"
            + "M-1;Straßenfest;fertig;01.06.2011;2011-06-30\n"
            + "M-2;;laufend;32.13.2011;\n"
            + "M-1;Doppelt;geplant;;01.01.2012\n");

        result.Succeeded.Should().BeFalse();
        result.Value.Should().BeNull("nothing is half-imported");
        result.Problems.Select(p => (p.Code, p.Row, p.Column)).Should().BeEquivalentTo(new[]
        {
            (SpreadsheetProblemCode.InvalidChoice, (int?)2, "C"),
            (SpreadsheetProblemCode.MissingValue, (int?)3, "B"),
            (SpreadsheetProblemCode.InvalidDate, (int?)3, "D"),
            (SpreadsheetProblemCode.MissingValue, (int?)4, "D"),
            (SpreadsheetProblemCode.DuplicateId, (int?)4, "A"),
        });
        result.Problems[0].GetMessage().Should().Be("Datei massnahmen.csv, Zeile 2, Spalte C (Status): „fertig“ ist kein erlaubter Wert (erlaubt: geplant, laufend, abgeschlossen, abgebrochen).");
        result.Problems[2].GetMessage(CultureInfo.GetCultureInfo("en-GB")).Should().Be("file massnahmen.csv, row 3, column D (Beginn): '32.13.2011' is not a date (expected 31.12.2014 or 2014-12-31).");
        var thrown = result.Invoking(r => r.GetValueOrThrow()).Should().Throw<SpreadsheetImportException>().Which;
        thrown.Problems.Should().Equal(result.Problems);
    }

    [Theory]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1234,5", 1234.5)]
    [InlineData("-12", -12)]
    [InlineData("1.000.000", 1000000)]
    public void ImportCsv_GermanNumbers_AreRead(string text, double expected)
    {
        using var indicators = TestWorkbooks.Csv($"ID;Indikator;Art;Richtung;Basisdatum;Basiswert\nI-1;Teilnehmende;Anzahl;steigen;31.12.2014;\"{text}\"\n");
        var result = new SpreadsheetImporter().ImportCsv([new CsvFile(SheetKind.Indicators, "indikatoren.csv", indicators)], "Plan", TestWorkbooks.District, TestWorkbooks.Concept);

        result.Problems.Should().BeEmpty();
        result.Value!.Indicators[0].Baseline?.Value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("12,3,4")]
    [InlineData("zwölf")]
    public void ImportCsv_AmbiguousOrWrongNumbers_AreProblems(string text)
    {
        using var indicators = TestWorkbooks.Csv($"ID;Indikator;Art;Richtung;Basisdatum;Basiswert\nI-1;Teilnehmende;Anzahl;steigen;31.12.2014;{text}\n");
        var result = new SpreadsheetImporter().ImportCsv([new CsvFile(SheetKind.Indicators, "indikatoren.csv", indicators)], "Plan", TestWorkbooks.District, TestWorkbooks.Concept);

        result.Problems.Should().ContainSingle().Which.Should().Match<SpreadsheetProblem>(p =>
            p.Code == SpreadsheetProblemCode.InvalidNumber && p.Row == 2 && p.Column == "F" && p.Detail == "1.234,5");
    }

    [Fact]
    public void ImportCsv_InvariantMapping_ReadsPointDecimals()
    {
        var mapping = SpreadsheetMapping.FromJson("""{ "formatVersion": 1, "numberFormat": "invariant" }""");
        using var indicators = TestWorkbooks.Csv("ID,Indikator,Art,Richtung,Basisdatum,Basiswert\nI-1,Teilnehmende,Prozent,sinken,2014-12-31,12.5\n");
        var result = new SpreadsheetImporter(mapping).ImportCsv([new CsvFile(SheetKind.Indicators, "i.csv", indicators)], "Plan", TestWorkbooks.District, TestWorkbooks.Concept);

        result.Value!.Indicators[0].Baseline?.Value.Should().Be(12.5m);
    }

    [Fact]
    public void ImportCsv_MissingRequiredColumn_IsNamed()
    {
        var result = ImportCsv("Kennung;Maßnahme\nM-1;Fest\n");

        result.Problems.Should().ContainSingle().Which.GetMessage().Should().Be("Datei massnahmen.csv, Zeile 1: Die Spalte „ID“ fehlt in der Kopfzeile.");
    }

    [Fact]
    public void ImportCsv_ReferenceToUnknownGoal_IsReportedAtTheMeasureRow()
    {
        var result = ImportCsv("ID;Maßnahme;Ziele\nM-1;Fest;EQ-99\n");

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(SpreadsheetProblemCode.InvalidPlan);
        problem.Row.Should().Be(2);
        problem.Detail.Should().Contain("EQ-99");
    }

    [Fact]
    public void ImportCsv_UnknownCarrierWithActorSheet_IsAnUnknownReference()
    {
        using var actors = TestWorkbooks.Csv("ID;Akteur;Art\nbeirat;Beirat für Migration und Integration;Beirat\n");
        using var measures = TestWorkbooks.Csv("ID;Maßnahme;Träger\nM-1;Fest;Naturfreunde\nM-2;Versammlung;Beirat für Migration und Integration\n");
        var result = new SpreadsheetImporter().ImportCsv(
            [new CsvFile(SheetKind.Actors, "akteure.csv", actors), new CsvFile(SheetKind.Measures, "massnahmen.csv", measures)], "Plan", TestWorkbooks.District, TestWorkbooks.Concept);

        result.Problems.Should().ContainSingle().Which.Should().Match<SpreadsheetProblem>(p =>
            p.Code == SpreadsheetProblemCode.UnknownReference && p.Row == 2 && p.Column == "C" && p.Value == "Naturfreunde");
    }

    [Fact]
    public void ImportCsv_AMillionRows_StopsAtTheRowLimit()
    {
        var text = new System.Text.StringBuilder("ID;Maßnahme\n");
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("M-").Append(i).Append(";Maßnahme\n");
        }

        var result = ImportCsv(text.ToString());

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(SpreadsheetProblemCode.TooManyRows);
        problem.Row.Should().Be(SpreadsheetLimits.DefaultMaxRows + 2);
        problem.GetMessage().Should().Contain("Mehr als 10000 Zeilen");
    }

    [Fact]
    public void ImportCsv_FileOverTheByteLimit_IsRefusedBeforeParsing()
    {
        var result = ImportCsv("ID;Maßnahme\n" + new string('x', 5000), new SpreadsheetImporter(limits: new SpreadsheetLimits(maxFileBytes: 1024)));

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(SpreadsheetProblemCode.FileTooLarge);
    }

    [Fact]
    public void ImportCsv_NoFiles_GivesAnEmptyPlan()
    {
        var result = new SpreadsheetImporter().ImportCsv([], "Plan", TestWorkbooks.District, TestWorkbooks.Concept);

        result.Value!.Measures.Count.Should().Be(0);
    }
}
