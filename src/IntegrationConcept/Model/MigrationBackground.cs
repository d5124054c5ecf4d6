namespace IntegrationConcept.Model;

/// <summary>Whom a target group comprises with respect to a migration background.</summary>
public enum MigrationBackground
{
    /// <summary>Not specified.</summary>
    Unspecified,

    /// <summary>Only people with a migration background.</summary>
    With,

    /// <summary>Only people without a migration background.</summary>
    Without,

    /// <summary>People with and without a migration background together.</summary>
    Both,
}
