using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// Where an indicator is defined in a published indicator catalogue: the code there and the catalogue's name,
/// such as code "C2a" in the "Integrationsmonitoring der Länder", or an indicator of the KGSt set.
/// </summary>
/// <remarks>Both are free text: the library keeps no list of catalogues. Quote a code only with its definition from the catalogue.</remarks>
public sealed record CatalogueReference
{
    /// <summary>Creates a catalogue reference.</summary>
    /// <param name="code">The indicator's code in the catalogue, such as "C2a".</param>
    /// <param name="catalogue">The catalogue's name, such as "Integrationsmonitoring der Länder".</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CatalogueReference(string code, string catalogue)
    {
        Code = Guard.NotNull(code);
        Catalogue = Guard.NotNull(catalogue);
    }

    /// <summary>Gets the code in the catalogue.</summary>
    public string Code { get; }

    /// <summary>Gets the catalogue's name.</summary>
    public string Catalogue { get; }
}
