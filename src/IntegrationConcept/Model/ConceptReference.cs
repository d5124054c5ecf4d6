using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>The city concept, and the version of it, that a district plan takes up.</summary>
public sealed record ConceptReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="municipality">The name of the municipality whose concept is taken up.</param>
    /// <param name="versionLabel">The <see cref="ConceptVersion.Label"/> of the version taken up.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ConceptReference(string municipality, string versionLabel)
    {
        Municipality = Guard.NotNull(municipality);
        VersionLabel = Guard.NotNull(versionLabel);
    }

    /// <summary>Gets the name of the municipality.</summary>
    public string Municipality { get; }

    /// <summary>Gets the label of the concept version taken up.</summary>
    public string VersionLabel { get; }
}
