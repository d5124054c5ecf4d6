using System.Collections.Generic;

namespace IntegrationConcept.Spreadsheets.Reading;

/// <summary>A sheet as read from a workbook, with its merged ranges and whether reading stopped at a limit.</summary>
internal sealed record XlsxSheet(RawSheet Sheet, List<string> MergedRanges, bool Truncated);
