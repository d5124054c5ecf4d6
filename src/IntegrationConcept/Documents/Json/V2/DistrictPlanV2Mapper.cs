using System.Collections.Generic;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;

namespace IntegrationConcept.Documents.Json.V2;

/// <summary>Maps a district plan document of format version 2 to the model (through its public constructors, which check it) and back.</summary>
internal static class DistrictPlanV2Mapper
{
    public static DistrictPlan ToModel(DistrictPlanDocumentV2Dto dto)
        => new(
            dto.Title,
            District(dto.District),
            SharedElementMapper.ToConceptReference(dto.Concept),
            MappingHelpers.ToModel(dto.Validity),
            MapList(dto.Observations, "$.observations", SharedElementMapper.ToObservation),
            MapList(dto.Goals, "$.goals", static g => new DistrictGoal(
                g.Id, g.Text, g.RefinedGoalIds, g.IsDistrictSpecific ?? false, g.ActionFieldId, g.IndicatorIds, g.ObservationIds, g.LeadOfficeId,
                g.Status is { } s ? new RecordedStatus(s.Status, s.AsOf, s.Comment) : null)),
            Measures(dto.Measures),
            MapList(dto.Actors, "$.actors", static a => new Actor(a.Id, a.Name, a.Kind, a.Description)),
            MapList(dto.Bodies, "$.bodies", SharedElementMapper.ToBody),
            MapList(dto.TargetGroups, "$.targetGroups", static t => new TargetGroup(
                t.Id, t.Name, t.MigrationBackground ?? MigrationBackground.Unspecified, t.Description, t.MigrationTerm ?? MigrationTerm.MigrationBackground)),
            IndicatorV2Mapper.ToModel(dto.Indicators, SpatialLevel.District),
            MapIndexed(dto.OutOfScope, "$.outOfScope", static (o, path) => new OutOfScopeDeclaration(o.Kind, PlainId(o.ElementId, path + ".elementId"), o.Justification)),
            MapIndexed(dto.Suppressions, "$.suppressions", SharedElementMapper.ToSuppression));

    public static DistrictPlanDocumentV2Dto ToDto(DistrictPlan plan)
        => new()
        {
            Title = plan.Title,
            District = new DistrictV2Dto
            {
                Name = plan.District.Name,
                Population = MappingHelpers.ToDto(plan.District.Population),
                Description = plan.District.Description,
                Keys = OrNull(plan.District.Keys),
                SubAreas = ToDtos(plan.District.SubAreas, static a => new SubAreaV2Dto { Id = a.Id, Name = a.Name, Kind = a.Kind }),
            },
            Concept = SharedElementMapper.ToDto(plan.Concept),
            Validity = MappingHelpers.ToDto(plan.Validity),
            Observations = ToDtos(plan.Observations, SharedElementMapper.ToDto),
            Goals = ToDtos(plan.Goals, static g => new DistrictGoalV2Dto
            {
                Id = g.Id,
                Text = g.Text,
                RefinedGoalIds = OrNull(g.RefinedGoalIds),
                IsDistrictSpecific = g.IsDistrictSpecific ? true : null,
                ActionFieldId = g.ActionFieldId,
                IndicatorIds = OrNull(g.IndicatorIds),
                ObservationIds = OrNull(g.ObservationIds),
                LeadOfficeId = g.LeadOfficeId,
                Status = g.Status is { } s ? new RecordedStatusV2Dto { Status = s.Status, AsOf = s.AsOf, Comment = s.Comment } : null,
            }),
            Measures = ToDtos(plan.Measures, static m => new MeasureV2Dto
            {
                Id = m.Id,
                Name = m.Name,
                Status = m.Status,
                Period = MappingHelpers.ToDto(m.Period),
                Participations = ToDtos(m.Participations, SharedElementMapper.ToDto),
                LeadOfficeId = m.LeadOfficeId,
                BodyIds = OrNull(m.BodyIds),
                TargetGroupIds = OrNull(m.TargetGroupIds),
                SubAreaIds = OrNull(m.SubAreaIds),
                GoalIds = OrNull(m.GoalIds),
                PrincipleIds = OrNull(m.PrincipleIds),
                IndicatorIds = OrNull(m.IndicatorIds),
                ApproachId = m.ApproachId,
                Budget = ToDtos(m.Budget, static b => new BudgetEntryV2Dto
                {
                    Year = b.Year,
                    Kind = b.Kind,
                    AmountEur = b.AmountEur,
                    FundingProgramme = b.FundingProgramme,
                    Funder = b.Funder,
                    BudgetLine = b.BudgetLine,
                    Comment = b.Comment,
                }),
                Description = m.Description,
            }),
            Actors = ToDtos(plan.Actors, static a => new ActorV2Dto { Id = a.Id, Name = a.Name, Kind = a.Kind, Description = a.Description }),
            Bodies = ToDtos(plan.Bodies, SharedElementMapper.ToDto),
            TargetGroups = ToDtos(plan.TargetGroups, static t => new TargetGroupV2Dto
            {
                Id = t.Id,
                Name = t.Name,
                MigrationBackground = t.MigrationBackground,
                MigrationTerm = t.MigrationTerm == MigrationTerm.MigrationBackground ? null : t.MigrationTerm,
                Description = t.Description,
            }),
            Indicators = IndicatorV2Mapper.ToDtos(plan.Indicators),
            OutOfScope = ToDtos(plan.OutOfScope, static o => new OutOfScopeDeclarationV2Dto { Kind = o.Kind, ElementId = o.ElementId, Justification = o.Justification }),
            Suppressions = ToDtos(plan.Suppressions, SharedElementMapper.ToDto),
        };

    private static District District(DistrictV2Dto dto)
        => new(
            dto.Name,
            MappingHelpers.ToModel(dto.Population, "$.district.population"),
            dto.Description,
            IndicatorV2Mapper.Texts(dto.Keys, "$.district.keys"),
            MapList(dto.SubAreas, "$.district.subAreas", static a => new SubArea(a.Id, a.Name, a.Kind)));

    private static ValueList<Measure> Measures(IReadOnlyList<MeasureV2Dto>? items)
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<Measure>.Empty;
        }

        var result = new Measure[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var m = items[i] ?? throw NullItem("$.measures", i);
            var path = Index("$.measures", i);
            result[i] = new Measure(
                m.Id, m.Name, m.Status ?? MeasureStatus.Planned, MappingHelpers.ToModel(m.Period),
                MapList(m.Participations, path + ".participations", SharedElementMapper.ToParticipation),
                m.BodyIds, m.TargetGroupIds, m.GoalIds, m.PrincipleIds, m.IndicatorIds, m.ApproachId, m.Description, m.LeadOfficeId,
                MapList(m.Budget, path + ".budget", static b => new BudgetEntry(b.Year, b.Kind, b.AmountEur, b.FundingProgramme, b.Funder, b.BudgetLine, b.Comment)),
                m.SubAreaIds);
        }

        return ValueList<Measure>.Own(result);
    }
}
