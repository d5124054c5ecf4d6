using System.Globalization;

namespace IntegrationConcept.Localization;

/// <summary>
/// The culture of a created <see cref="LanguageTable"/>: named like the table, with its number format and invariant
/// everything else. It carries the table, so that <see cref="LanguageTable.For(CultureInfo)"/> finds it without any
/// registry, and it exists in every globalization mode.
/// </summary>
internal sealed class TableCulture : CultureInfo
{
    private readonly NumberFormatInfo _numbers;

    public TableCulture(LanguageTable table)
        : base(string.Empty, useUserOverride: false)
    {
        Table = table;
        _numbers = table.Conventions.NumberFormat;
    }

    public LanguageTable Table { get; }

    public override string Name => Table.Name;

    public override string DisplayName => Table.Name;

    public override string EnglishName => Table.Name;

    public override string NativeName => Table.Name;

    public override NumberFormatInfo NumberFormat
    {
        get => _numbers;
        set
        {
            // CultureInfo.ReadOnly sets the format of a derived culture through this setter: accept the table's own.
            if (!ReferenceEquals(value, _numbers))
            {
                throw new System.InvalidOperationException($"The number format of the culture of language table '{Table.Name}' is fixed.");
            }
        }
    }
}
