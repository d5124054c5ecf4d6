using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using nietras.SeparatedValues;

namespace IntegrationConcept.Spreadsheets.Benchmarks;

/// <summary>Reads every cell of a 10^5-row measure list as text; the result is the total length, so nothing is optimised away.</summary>
[BenchmarkCategory("Readers")]
public class CsvReaderBenchmarks
{
    private byte[] _csv = [];

    [GlobalSetup]
    public void Setup() => _csv = SheetData.Csv();

    [Benchmark(Baseline = true)]
    public long Sep_ReadAllCells()
    {
        using var reader = nietras.SeparatedValues.Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .From(new StreamReader(new MemoryStream(_csv), Encoding.UTF8));
        long total = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                total += row[i].ToString().Length;
            }
        }

        return total;
    }

    [Benchmark]
    public long CsvHelper_ReadAllCells()
    {
        using var reader = CsvReader.Create(new MemoryStream(_csv), new CsvReaderOptions { HasHeader = false }, false);
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetString(i).Length;
            }
        }

        return total;
    }
}

/// <summary>Reads every cell of a 10^5-row workbook as text.</summary>
[BenchmarkCategory("Readers")]
public class XlsxReaderBenchmarks
{
    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        // ExcelDataReader needs the code page encodings registered, even for XLSX (a process-wide setting).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _xlsx = SheetData.Xlsx();
    }

    /// <summary>The SAX reader as IntegrationConcept.Spreadsheets uses it: attributes and leaf texts, no element loaded.</summary>
    [Benchmark(Baseline = true)]
    public long OpenXmlSax_ReadAllCells()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(_xlsx), false, new OpenSettings { MaxCharactersInPart = 256L * 1024 * 1024 });
        var part = document.WorkbookPart!.WorksheetParts.First();
        using var reader = OpenXmlReader.Create(part);
        long total = 0;
        while (reader.Read())
        {
            if ((reader.ElementType == typeof(Text) || reader.ElementType == typeof(CellValue)) && reader.IsStartElement)
            {
                total += reader.GetText().Length;
            }
        }

        return total;
    }

    /// <summary>The SAX reader loading each cell as an element (the first version of the package).</summary>
    [Benchmark]
    public long OpenXmlSaxLoadingCells_ReadAllCells()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(_xlsx), false, new OpenSettings { MaxCharactersInPart = 256L * 1024 * 1024 });
        var part = document.WorkbookPart!.WorksheetParts.First();
        using var reader = OpenXmlReader.Create(part);
        long total = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                total += ((Cell)reader.LoadCurrentElement()!).InnerText.Length;
            }
        }

        return total;
    }

    [Benchmark]
    public long ExcelDataReader_ReadAllCells()
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(_xlsx));
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetValue(i)?.ToString()?.Length ?? 0;
            }
        }

        return total;
    }
}
