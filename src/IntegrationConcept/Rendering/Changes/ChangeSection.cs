using System.Collections.Generic;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>A format-neutral part of a change rendering: a heading, then a table or bullet lines (or both, table first).</summary>
internal sealed class ChangeSection(string heading)
{
    public string Heading { get; } = heading;

    public string[]? Header { get; set; }

    public List<string[]> Rows { get; } = new();

    public List<string> Bullets { get; } = new();

    /// <summary>Shown when the section has neither rows nor bullets.</summary>
    public string? Empty { get; set; }
}

/// <summary>A format-neutral rendering: a title, lines under it, and sections.</summary>
internal sealed class ChangeDocument(string title)
{
    public string Title { get; } = title;

    public List<string> Lines { get; } = new();

    public List<ChangeSection> Sections { get; } = new();

    public ChangeSection Add(string heading)
    {
        var section = new ChangeSection(heading);
        Sections.Add(section);
        return section;
    }
}
