using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Model;
using IntegrationConcept.Spreadsheets.Import;

namespace IntegrationConcept.Spreadsheets.Export;

/// <summary>The rows of each sheet of a city concept's workbook, in the column order of <see cref="MappingFields"/>.</summary>
internal static class ConceptSheetRows
{
    public static List<object?[]> Of(SheetKind kind, CityConcept concept) => kind switch
    {
        SheetKind.ActionFields => concept.ActionFields.Select(f => new object?[] { f.Id.Value, f.Name, f.EnglishName, f.Description }).ToList(),
        SheetKind.CityGoals => concept.Goals.Select(g => new object?[]
        {
            g.Id.Value, g.Text, g.ActionFieldId.Value, g.Level is { } level ? Choices.Label(Choices.GoalLevels, level) : null, g.ParentId?.Value,
        }).ToList(),
        _ => concept.Principles.Select(p => new object?[] { p.Id.Value, p.Name, p.Description }).ToList(),
    };
}
