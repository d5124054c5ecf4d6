using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>A goal (Ziel) of the city concept in one action field.</summary>
public sealed record Goal : IElement<Goal>
{
    /// <summary>Creates a goal.</summary>
    /// <param name="id">The code, such as "BS-1".</param>
    /// <param name="actionFieldId">The action field the goal belongs to.</param>
    /// <param name="text">The goal's wording.</param>
    /// <param name="level">The level in the goal hierarchy, if the concept uses one.</param>
    /// <param name="parentId">The higher goal this one details (an action goal under a guiding goal), if any.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Goal(ElementId<Goal> id, ElementId<ActionField> actionFieldId, string text, GoalLevel? level = null, ElementId<Goal>? parentId = null)
    {
        Id = id;
        ActionFieldId = actionFieldId;
        Text = Guard.NotNull(text);
        Level = level;
        ParentId = parentId;
    }

    /// <inheritdoc/>
    public ElementId<Goal> Id { get; }

    /// <summary>Gets the action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets the wording.</summary>
    public string Text { get; }

    /// <summary>Gets the level, if given.</summary>
    public GoalLevel? Level { get; }

    /// <summary>Gets the higher goal this one details, if any.</summary>
    public ElementId<Goal>? ParentId { get; }

    /// <summary>Returns a copy with another wording.</summary>
    /// <param name="text">The new wording.</param>
    /// <returns>The new goal.</returns>
    public Goal WithText(string text) => new(Id, ActionFieldId, text, Level, ParentId);
}
