using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>The municipality (Kommune) a city concept belongs to.</summary>
public sealed record Municipality
{
    /// <summary>Creates a municipality.</summary>
    /// <param name="name">The name, such as "Trier".</param>
    /// <param name="officialKey">The official municipality key (Amtlicher Gemeindeschlüssel, AGS): eight digits.</param>
    /// <param name="profile">The demographic profile.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Municipality(string name, string? officialKey = null, MunicipalityProfile? profile = null)
    {
        Name = Guard.NotNull(name);
        OfficialKey = officialKey;
        Profile = profile;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the official municipality key (AGS), eight digits, if given.</summary>
    public string? OfficialKey { get; }

    /// <summary>Gets the demographic profile, if given.</summary>
    public MunicipalityProfile? Profile { get; }

    /// <summary>Returns a copy with another profile.</summary>
    /// <param name="profile">The new profile.</param>
    /// <returns>The new municipality.</returns>
    public Municipality WithProfile(MunicipalityProfile? profile) => new(Name, OfficialKey, profile);
}
