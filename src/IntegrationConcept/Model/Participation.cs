namespace IntegrationConcept.Model;

/// <summary>An actor taking part in a measure in a role: carrier, partner, funder or participant.</summary>
public sealed record Participation
{
    /// <summary>Creates a participation.</summary>
    /// <param name="actorId">The actor.</param>
    /// <param name="role">The role.</param>
    public Participation(ElementId<Actor> actorId, ParticipationRole role)
    {
        ActorId = actorId;
        Role = role;
    }

    /// <summary>Gets the actor.</summary>
    public ElementId<Actor> ActorId { get; }

    /// <summary>Gets the role.</summary>
    public ParticipationRole Role { get; }
}
