namespace IntegrationConcept.Model;

/// <summary>The role an actor plays in a measure.</summary>
public enum ParticipationRole
{
    /// <summary>The carrier (Träger): leads the measure and answers for it.</summary>
    Carrier,

    /// <summary>A partner (Kooperationspartner) that runs the measure together with the carrier.</summary>
    Partner,

    /// <summary>A funder (Förderer, Geldgeber).</summary>
    Funder,

    /// <summary>A participant (Beteiligte) that takes part without a leading role.</summary>
    Participant,
}
