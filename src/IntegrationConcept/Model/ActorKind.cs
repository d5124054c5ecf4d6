namespace IntegrationConcept.Model;

/// <summary>The kind of an actor.</summary>
public enum ActorKind
{
    /// <summary>Municipal administration (Verwaltung).</summary>
    Administration,

    /// <summary>Politics: council, parties, district mayor (Politik).</summary>
    Politics,

    /// <summary>An advisory council such as the Beirat für Migration und Integration.</summary>
    AdvisoryCouncil,

    /// <summary>Police (Polizei).</summary>
    Police,

    /// <summary>A school (Schule).</summary>
    School,

    /// <summary>A day-care centre (Kita).</summary>
    DayCare,

    /// <summary>An association or club (Verein).</summary>
    Association,

    /// <summary>A welfare organisation (Wohlfahrtsverband, Träger of integration measures).</summary>
    WelfareOrganisation,

    /// <summary>Residents (Bewohnerschaft) or a group of them.</summary>
    Residents,

    /// <summary>Any other actor.</summary>
    Other,

    /// <summary>A migrant organisation (Migrantenorganisation, Migrantenselbstorganisation).</summary>
    MigrantOrganisation,

    /// <summary>A religious community (Religionsgemeinschaft), such as a parish or a mosque association.</summary>
    ReligiousCommunity,

    /// <summary>The job centre (Jobcenter) or the employment agency.</summary>
    JobCentre,

    /// <summary>A housing company (Wohnungsbaugesellschaft, Wohnungsunternehmen).</summary>
    HousingCompany,

    /// <summary>Neighbourhood management (Quartiersmanagement, Stadtteilbüro).</summary>
    NeighbourhoodManagement,

    /// <summary>An adult education centre (Volkshochschule).</summary>
    AdultEducationCentre,

    /// <summary>The immigration office (Ausländerbehörde).</summary>
    ImmigrationOffice,

    /// <summary>Youth work (Jugendarbeit), such as a youth centre (Jugendtreff).</summary>
    YouthWork,
}
