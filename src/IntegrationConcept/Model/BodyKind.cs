namespace IntegrationConcept.Model;

/// <summary>The kind of a body (Gremium).</summary>
public enum BodyKind
{
    /// <summary>A steering committee (Lenkausschuss).</summary>
    SteeringCommittee,

    /// <summary>A local council (Ortsbeirat).</summary>
    LocalCouncil,

    /// <summary>A network team (Netzwerkteam).</summary>
    NetworkTeam,

    /// <summary>An action team (Aktionsteam).</summary>
    ActionTeam,

    /// <summary>A round table or actors' body (Runder Tisch, Akteursgremium).</summary>
    RoundTable,

    /// <summary>A project team (Projektteam) that runs the process.</summary>
    ProjectTeam,

    /// <summary>Any other body.</summary>
    Other,
}
