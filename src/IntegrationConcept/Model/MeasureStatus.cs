namespace IntegrationConcept.Model;

/// <summary>The status of a measure.</summary>
public enum MeasureStatus
{
    /// <summary>Planned (geplant), not yet started.</summary>
    Planned,

    /// <summary>Running (laufend).</summary>
    Running,

    /// <summary>Completed (abgeschlossen).</summary>
    Completed,

    /// <summary>Cancelled (abgebrochen).</summary>
    Cancelled,
}
