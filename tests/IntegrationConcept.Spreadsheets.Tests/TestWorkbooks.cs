using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using NodaTime;

namespace IntegrationConcept.Spreadsheets.Tests;

/// <summary>Builds the workbooks and plans the tests read, in the test, so that no large file is committed.</summary>
internal static class TestWorkbooks
{
    public static readonly District District = new("Ehrang/Quint");
    public static readonly ConceptReference Concept = new("Trier", "Entwurf 2011");

    /// <summary>A plan with every kind of element the workbook carries (illustrative values).</summary>
    public static DistrictPlan SamplePlan() => new DistrictPlanBuilder("Stadtteilkonzept Ehrang/Quint", District, Concept)
        .AddActor("beirat", "Beirat für Migration und Integration", ActorKind.AdvisoryCouncil)
        .AddActor("naturfreunde", "Naturfreunde Quint", ActorKind.Association)
        .AddActor("jugendtreff", "Jugendtreff im Bürgerhaus", ActorKind.Association)
        .AddGoal("EQ-1", "Kinder und Jugendliche aus einkommensschwachen Familien finden Zugang zu den Vereinen", ["WLS-1"], ["I-1"])
        .AddGoal("EQ-2", "Kinder lernen kulturelle Vielfalt kennen", "BS-3")
        .AddDistrictSpecificGoal("EQ-7", "Eine stabile Kommunikationsstruktur der Akteure im Stadtteil", "WLS")
        .AddIndicator("I-1", "Kinder mit Schnuppermitgliedschaft", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
            .Unit("Kinder").Source("Vereinsstatistik (illustrativ)")
            .Baseline(new LocalDate(2011, 3, 31), 0m)
            .Target(new LocalDate(2012, 12, 31), 1234.5m)
            .Target(new LocalDate(2013, 12, 31), 40m)
            .Measurement(new LocalDate(2012, 6, 30), 14m, "erste Runde"))
        .AddMeasure("M-03", "Schnuppermitgliedschaften in Vereinen", m => m
            .Carrier("beirat").Partner("naturfreunde").Serves("EQ-1").MeasuredBy("I-1")
            .Period(new LocalDate(2011, 4, 1), new LocalDate(2012, 12, 31)).Status(MeasureStatus.Completed)
            .Description("Kinder lernen Vereine kostenlos kennen"))
        .AddMeasure("M-04", "Bildungsreihe ‚Eine Reise um die Welt‘", m => m
            .Carrier("naturfreunde").Carrier("jugendtreff").Serves("EQ-2")
            .Period(new LocalDate(2011, 9, 1), new LocalDate(2011, 11, 30)).Status(MeasureStatus.Completed))
        .AddMeasure("M-08", "Netzwerkteam und Aktionsteam einrichten", m => m.Carrier("beirat").Serves("EQ-7").Status(MeasureStatus.Running).Period(new LocalDate(2011, 1, 1)))
        .Build();

    public static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a workbook with the given sheets; each row is a list of cells (null for none).</summary>
    public static MemoryStream Xlsx(params (string Name, Action<SheetData, Worksheet> Fill)[] sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, fill) in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var worksheet = new Worksheet(data);
                fill(data, worksheet);
                part.Worksheet = worksheet;
                workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        stream.Position = 0;
        return stream;
    }

    public static Row TextRow(uint index, params string[] values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length; i++)
        {
            row.Append(new Cell(new InlineString(new Text(values[i])))
            {
                DataType = CellValues.InlineString,
                CellReference = ((char)('A' + i)).ToString() + index,
            });
        }

        return row;
    }

    /// <summary>A zip archive that looks like a workbook but whose sheet unpacks to <paramref name="bytes"/> spaces.</summary>
    public static MemoryStream ZipBomb(long bytes)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var writer = entry.Open();
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (long written = 0; written < bytes; written += block.Length)
            {
                writer.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
            }
        }

        stream.Position = 0;
        return stream;
    }
}
