using System.IO.Compression;
using System.Text;
using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Spreadsheets.Tests;

/// <summary>
/// CSV files as German Excel saves them (Windows-1252 for "CSV (Trennzeichen-getrennt)", UTF-8 with a byte order mark
/// for "CSV UTF-8"), text that is neither, and an XLSX whose zip headers understate the unpacked size of its sheet.
/// </summary>
public sealed class EncodingAndLyingZipTests
{
    private const string Measures = "ID;Maßnahme;Träger;Status\nM-1;Straßenfest für Groß und Klein;Bürgerverein Ehrang-Quint;laufend\n";

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static SpreadsheetImportResult<DistrictPlan> ImportCsv(byte[] bytes)
    {
        using var content = new MemoryStream(bytes);
        return new SpreadsheetImporter().ImportCsv([new CsvFile(SheetKind.Measures, "massnahmen.csv", content)], "Plan", TestWorkbooks.District, TestWorkbooks.Concept);
    }

    // Windows-1252 as German Excel writes it: one byte per umlaut (ä = 0xE4, ß = 0xDF, ü = 0xFC), not valid UTF-8.
    private static byte[] Windows1252(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bytes[i] = c switch
            {
                '€' => 0x80,
                '„' => 0x84,
                '“' => 0x93,
                '–' => 0x96,
                < (char)0x100 when c is < (char)0x80 or >= (char)0xA0 => (byte)c,
                _ => throw new ArgumentException("not in the test's Windows-1252 subset: " + c),
            };
        }

        return bytes;
    }

    [Fact]
    public void Windows1252Csv_AsGermanExcelSavesIt_IsDecodedWithItsUmlauts()
    {
        var bytes = Windows1252(Measures);
        var strict = new UTF8Encoding(false, true);
        var act = () => strict.GetString(bytes);
        act.Should().Throw<DecoderFallbackException>("the test file must really be Windows-1252, not UTF-8");

        var result = ImportCsv(bytes);

        result.Problems.Should().BeEmpty();
        var measure = result.Value!.Measures.Single();
        measure.Name.Should().Be("Straßenfest für Groß und Klein");
        result.Value.Actors.Single().Name.Should().Be("Bürgerverein Ehrang-Quint");
    }

    [Fact]
    public void Windows1252Csv_WithTheHighPunctuation_MapsItAsWindowsDoes()
    {
        var result = ImportCsv(Windows1252("ID;Maßnahme;Beschreibung\nM-1;Sprachcafé – „Deutsch im Alltag“;Kosten 5 €\n"));

        result.Problems.Should().BeEmpty();
        result.Value!.Measures.Single().Name.Should().Be("Sprachcafé – „Deutsch im Alltag“");
        result.Value.Measures.Single().Description.Should().Be("Kosten 5 €");
    }

    [Fact]
    public void Utf8CsvWithByteOrderMark_AsExcelsCsvUtf8_IsReadWithoutTheMarkInTheFirstHeader()
    {
        var result = ImportCsv([.. Utf8Bom, .. Encoding.UTF8.GetBytes(Measures)]);

        result.Problems.Should().BeEmpty("the first header is 'ID', not '\\uFEFFID'");
        result.Value!.Measures.Single().Name.Should().Be("Straßenfest für Groß und Klein");
    }

    [Fact]
    public void Utf8CsvWithoutByteOrderMark_IsRead()
    {
        ImportCsv(Encoding.UTF8.GetBytes(Measures)).Value!.Measures.Single().Id.Value.Should().Be("M-1");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x49, 0x00 }, 0)] // UTF-16 LE ("Unicode-Text" in Excel)
    [InlineData(new byte[] { 0x49, 0x44, 0x3B, 0x81, 0x0A }, 3)] // 0x81 is undefined in Windows-1252: neither encoding
    [InlineData(new byte[] { 0x49, 0x44, 0xE4, 0x00, 0x0A }, 3)] // a NUL byte: binary, not text
    public void CsvThatIsNeitherUtf8NorWindows1252_IsRefusedAskingForCsvUtf8(byte[] bytes, int offset)
    {
        var problem = ImportCsv(bytes).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(SpreadsheetProblemCode.UnreadableText);
        problem.Detail.Should().Be(offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        problem.GetMessage().Should().Be($"Datei massnahmen.csv: Die Datei ist weder UTF-8 noch Windows-1252 (Byte {offset}); bitte in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.");
    }

    [Fact]
    public void Utf8ByteOrderMarkFollowedByInvalidUtf8_IsRefusedAtTheBadByte()
    {
        var problem = ImportCsv([.. Utf8Bom, 0x49, 0x44, 0xE4, 0x0A]).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(SpreadsheetProblemCode.UnreadableText);
        problem.Detail.Should().Be("5");
    }

    // A real workbook whose sheet unpacks to about 2 MB (200 rows of 10,000 characters).
    private static byte[] BigWorkbook()
    {
        var cell = new string('x', 10_000);
        using var honest = TestWorkbooks.Xlsx(("Maßnahmen", (data, _) =>
        {
            data.Append(TestWorkbooks.TextRow(1, "ID", "Maßnahme"));
            for (uint row = 2; row < 202; row++)
            {
                data.Append(TestWorkbooks.TextRow(row, "M-" + row, cell));
            }
        }
        ));
        return honest.ToArray();
    }

    // The same workbook with every part stored uncompressed (zip method 0), as some tools write it.
    private static byte[] Stored(byte[] workbook)
    {
        using var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var target = new MemoryStream();
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                from.CopyTo(to);
            }
        }

        return target.ToArray();
    }

    private static (SpreadsheetImportResult<DistrictPlan> Result, long Allocated) ImportLying(byte[] bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        using var lying = new MemoryStream(bytes);
        var result = new SpreadsheetImporter(limits: SpreadsheetLimits.Default.WithMaxPartBytes(256 * 1024))
            .ImportXlsx(lying, "luegt.xlsx", "Plan", TestWorkbooks.District, TestWorkbooks.Concept);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void StoredXlsxWhoseZipHeadersUnderstateTheSheetSize_IsStoppedByThePerPartCharacterCap()
    {
        // Stored (not deflated) parts are read to their compressed length, whatever the header claims: both headers say
        // 1,000 bytes, so the zip guard believes the part small, and only the SAX reader's character cap stops it.
        var bytes = Stored(BigWorkbook());
        Understate(bytes, "xl/worksheets/sheet1.xml", 1_000).Should().Be(2, "the local and the central header both lie");
        using (var check = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            var sheet = check.GetEntry("xl/worksheets/sheet1.xml")!;
            sheet.Length.Should().Be(1_000);
            sheet.CompressedLength.Should().BeGreaterThan(2_000_000, "the part is stored, its data is the whole sheet");
        }

        var (result, allocated) = ImportLying(bytes);

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(SpreadsheetProblemCode.PartTooLarge, problem.Detail);
        result.Value.Should().BeNull();
        // Bounded: the reader stopped near the cap, it did not build the sheet's 200 rows.
        allocated.Should().BeLessThan(40L * 1024 * 1024);
    }

    [Fact]
    public void DeflatedXlsxWhoseZipHeadersUnderstateTheSheetSize_IsCutAtTheDeclaredSizeAndRefused()
    {
        // A deflated part is inflated only up to its declared size by the runtime's zip reader: the sheet ends after
        // 1,000 bytes in the middle of its XML, which is refused as unreadable; nothing beyond the claim is unpacked.
        var bytes = BigWorkbook();
        Understate(bytes, "xl/worksheets/sheet1.xml", 1_000).Should().Be(2, "the local and the central header both lie");

        var (result, allocated) = ImportLying(bytes);

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(SpreadsheetProblemCode.UnreadableFile, problem.Detail);
        result.Value.Should().BeNull();
        allocated.Should().BeLessThan(40L * 1024 * 1024);
    }

    /// <summary>Overwrites the uncompressed size of an entry in its local header and its central directory record; returns how many headers it changed.</summary>
    private static int Understate(byte[] zip, string entryName, uint claimed)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        var changed = 0;
        for (var at = 0; at <= zip.Length - name.Length; at++)
        {
            if (!zip.AsSpan(at, name.Length).SequenceEqual(name))
            {
                continue;
            }

            if (at >= 46 && BitConverter.ToUInt32(zip, at - 46) == 0x02014b50)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(at - 46 + 24, 4), claimed);
                changed++;
            }
            else if (at >= 30 && BitConverter.ToUInt32(zip, at - 30) == 0x04034b50)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(at - 30 + 22, 4), claimed);
                changed++;
            }
        }

        return changed;
    }
}
