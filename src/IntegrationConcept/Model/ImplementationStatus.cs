namespace IntegrationConcept.Model;

/// <summary>How far a goal is implemented (Umsetzungsstand), as planners record it in annual integration reports.</summary>
public enum ImplementationStatus
{
    /// <summary>Reached (erreicht).</summary>
    Achieved,

    /// <summary>On track (auf gutem Weg).</summary>
    OnTrack,

    /// <summary>Delayed (verzögert).</summary>
    Delayed,

    /// <summary>At risk (gefährdet).</summary>
    AtRisk,

    /// <summary>Not started (nicht begonnen).</summary>
    NotStarted,
}
