using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>
/// The elements whose DTOs formats 1 and 2 share (format 2 kept them as they were): mapped once here, in both directions,
/// for the city concept and district plan mappers of either version. The DTOs stay each format's own; a format that
/// changes one of these elements gets its own DTO and its own mapping.
/// </summary>
internal static class SharedElementMapper
{
    public static Principle ToPrinciple(PrincipleDto p) => new(p.Id, p.Name, p.Description);

    public static PrincipleDto ToDto(Principle p) => new() { Id = p.Id, Name = p.Name, Description = p.Description };

    public static ActionField ToActionField(ActionFieldDto f) => new(f.Id, f.Name, f.EnglishName, f.Description);

    public static ActionFieldDto ToDto(ActionField f) => new() { Id = f.Id, Name = f.Name, EnglishName = f.EnglishName, Description = f.Description };

    public static Approach ToApproach(ApproachDto a) => new(a.Id, a.ActionFieldId, a.Name, a.GoalIds, a.Description);

    public static ApproachDto ToDto(Approach a)
        => new() { Id = a.Id, ActionFieldId = a.ActionFieldId, Name = a.Name, GoalIds = OrNull(a.GoalIds), Description = a.Description };

    public static CityMeasure ToCityMeasure(CityMeasureDto m) => new(m.Id, m.Name, m.ApproachId, m.GoalIds, m.Description);

    public static CityMeasureDto ToDto(CityMeasure m)
        => new() { Id = m.Id, Name = m.Name, ApproachId = m.ApproachId, GoalIds = OrNull(m.GoalIds), Description = m.Description };

    public static ConceptReference ToConceptReference(ConceptReferenceDto c) => new(c.Municipality, c.VersionLabel);

    public static ConceptReferenceDto ToDto(ConceptReference c) => new() { Municipality = c.Municipality, VersionLabel = c.VersionLabel };

    public static Observation ToObservation(ObservationDto o) => new(o.Id, o.Kind, o.Text, o.Source, o.ActionFieldId);

    public static ObservationDto ToDto(Observation o)
        => new() { Id = o.Id, Kind = o.Kind, Text = o.Text, Source = o.Source, ActionFieldId = o.ActionFieldId };

    public static Participation ToParticipation(ParticipationDto p) => new(p.ActorId, p.Role);

    public static ParticipationDto ToDto(Participation p) => new() { ActorId = p.ActorId, Role = p.Role };

    public static Body ToBody(BodyDto b) => new(b.Id, b.Name, b.Kind, b.MemberIds, b.Description);

    public static BodyDto ToDto(Body b) => new() { Id = b.Id, Name = b.Name, Kind = b.Kind, MemberIds = OrNull(b.MemberIds), Description = b.Description };

    /// <summary>Maps a suppression; its element id must be a plain id (checked at <paramref name="path"/>).</summary>
    public static Suppression ToSuppression(SuppressionDto s, string path) => new(s.RuleId, PlainId(s.ElementId, path + ".elementId"), s.Justification);

    public static SuppressionDto ToDto(Suppression s) => new() { RuleId = s.RuleId, ElementId = s.ElementId, Justification = s.Justification };
}
