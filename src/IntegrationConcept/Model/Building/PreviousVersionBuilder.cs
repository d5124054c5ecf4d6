using System.Collections.Generic;

namespace IntegrationConcept.Model.Building;

/// <summary>Describes the goals of an earlier version for <see cref="CityConceptBuilder.AddPreviousVersion"/>.</summary>
public sealed class PreviousVersionBuilder
{
    private readonly List<Goal> _goals = new();

    internal PreviousVersionBuilder()
    {
    }

    /// <summary>Adds a goal as it stood in the earlier version; use the same id as in the current version for the same goal.</summary>
    /// <param name="id">The goal's stable id.</param>
    /// <param name="actionFieldId">The action field it belonged to then.</param>
    /// <param name="text">The wording it had then.</param>
    /// <param name="level">The level, if the concept uses one.</param>
    /// <param name="parentId">The higher goal in that version, if any.</param>
    /// <returns>This builder.</returns>
    public PreviousVersionBuilder Goal(string id, string actionFieldId, string text, GoalLevel? level = null, string? parentId = null)
    {
        _goals.Add(new Model.Goal(
            new ElementId<Model.Goal>(id),
            new ElementId<ActionField>(actionFieldId),
            text,
            level,
            parentId is null ? null : new ElementId<Model.Goal>(parentId)));
        return this;
    }

    internal PreviousVersion Build(ConceptVersion version) => new(version, _goals);
}
