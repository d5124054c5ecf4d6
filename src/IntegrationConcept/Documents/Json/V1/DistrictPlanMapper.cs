using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>Maps a district plan document to the model (through its public constructors, which check it) and back.</summary>
internal static class DistrictPlanMapper
{
    public static DistrictPlan ToModel(DistrictPlanDocumentDto dto)
        => new(
            dto.Title,
            new District(dto.District.Name, MappingHelpers.ToModel(dto.District.Population, "$.district.population"), dto.District.Description),
            SharedElementMapper.ToConceptReference(dto.Concept),
            MappingHelpers.ToModel(dto.Validity),
            MapList(dto.Observations, "$.observations", SharedElementMapper.ToObservation),
            MapList(dto.Goals, "$.goals", static g => new DistrictGoal(
                g.Id, g.Text, g.RefinedGoalIds, g.IsDistrictSpecific ?? false, g.ActionFieldId, g.IndicatorIds, g.ObservationIds)),
            Measures(dto.Measures),
            MapList(dto.Actors, "$.actors", static a => new Actor(a.Id, a.Name, a.Kind.ToModel(), a.Description)),
            MapList(dto.Bodies, "$.bodies", SharedElementMapper.ToBody),
            MapList(dto.TargetGroups, "$.targetGroups", static t => new TargetGroup(t.Id, t.Name, t.MigrationBackground ?? MigrationBackground.Unspecified, t.Description)),
            Indicators(dto.Indicators),
            MapIndexed(dto.OutOfScope, "$.outOfScope", static (o, path) => new OutOfScopeDeclaration(o.Kind.ToModel(), PlainId(o.ElementId, path + ".elementId"), o.Justification)),
            MapIndexed(dto.Suppressions, "$.suppressions", SharedElementMapper.ToSuppression));

    public static DistrictPlanDocumentDto ToDto(DistrictPlan plan)
        => new()
        {
            Schema = DocumentFormats.DistrictPlan.SchemaUrlOf(V1Versions.Number),
            FormatVersion = V1Versions.Number,
            Title = plan.Title,
            District = new DistrictDto
            {
                Name = plan.District.Name,
                Population = MappingHelpers.ToDto(plan.District.Population),
                Description = plan.District.Description,
            },
            Concept = SharedElementMapper.ToDto(plan.Concept),
            Validity = MappingHelpers.ToDto(plan.Validity),
            Observations = ToDtos(plan.Observations, SharedElementMapper.ToDto),
            Goals = ToDtos(plan.Goals, static g => new DistrictGoalDto
            {
                Id = g.Id,
                Text = g.Text,
                RefinedGoalIds = OrNull(g.RefinedGoalIds),
                IsDistrictSpecific = g.IsDistrictSpecific ? true : null,
                ActionFieldId = g.ActionFieldId,
                IndicatorIds = OrNull(g.IndicatorIds),
                ObservationIds = OrNull(g.ObservationIds),
            }),
            Measures = ToDtos(plan.Measures, static m => new MeasureDto
            {
                Id = m.Id,
                Name = m.Name,
                Status = m.Status,
                Period = MappingHelpers.ToDto(m.Period),
                Participations = ToDtos(m.Participations, SharedElementMapper.ToDto),
                BodyIds = OrNull(m.BodyIds),
                TargetGroupIds = OrNull(m.TargetGroupIds),
                GoalIds = OrNull(m.GoalIds),
                PrincipleIds = OrNull(m.PrincipleIds),
                IndicatorIds = OrNull(m.IndicatorIds),
                ApproachId = m.ApproachId,
                Description = m.Description,
            }),
            Actors = ToDtos(plan.Actors, static a => new ActorDto { Id = a.Id, Name = a.Name, Kind = a.Kind.ToV1(), Description = a.Description }),
            Bodies = ToDtos(plan.Bodies, SharedElementMapper.ToDto),
            TargetGroups = ToDtos(plan.TargetGroups, static t => new TargetGroupDto
            {
                Id = t.Id,
                Name = t.Name,
                MigrationBackground = t.MigrationBackground,
                Description = t.Description,
            }),
            Indicators = ToDtos(plan.Indicators, static i => new IndicatorDto
            {
                Id = i.Id,
                Name = i.Name,
                MeasureType = i.MeasureType,
                Direction = i.Direction,
                Definition = i.Definition,
                Unit = i.Unit,
                Baseline = i.Baseline is { } b ? MappingHelpers.ToDto(b) : null,
                Targets = ToDtos(i.Targets, static p => MappingHelpers.ToDto(p)),
                Measurements = ToDtos(i.Measurements, static p => MappingHelpers.ToDto(p)),
                DataSource = i.DataSource,
                SpatialLevel = i.SpatialLevel.ToV1(),
            }),
            OutOfScope = ToDtos(plan.OutOfScope, static o => new OutOfScopeDeclarationDto { Kind = o.Kind.ToV1(), ElementId = o.ElementId, Justification = o.Justification }),
            Suppressions = ToDtos(plan.Suppressions, SharedElementMapper.ToDto),
        };

    private static ValueList<Measure> Measures(System.Collections.Generic.IReadOnlyList<MeasureDto>? items)
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<Measure>.Empty;
        }

        var result = new Measure[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var m = items[i] ?? throw NullItem("$.measures", i);
            result[i] = new Measure(
                m.Id, m.Name, m.Status ?? MeasureStatus.Planned, MappingHelpers.ToModel(m.Period),
                MapList(m.Participations, Index("$.measures", i) + ".participations", SharedElementMapper.ToParticipation),
                m.BodyIds, m.TargetGroupIds, m.GoalIds, m.PrincipleIds, m.IndicatorIds, m.ApproachId, m.Description);
        }

        return ValueList<Measure>.Own(result);
    }

    private static ValueList<Indicator> Indicators(System.Collections.Generic.IReadOnlyList<IndicatorDto>? items)
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<Indicator>.Empty;
        }

        var result = new Indicator[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var d = items[i] ?? throw NullItem("$.indicators", i);
            result[i] = new Indicator(
                d.Id, d.Name, d.MeasureType, d.Direction, d.Definition, d.Unit,
                d.Baseline is { } b ? MappingHelpers.ToModel(b) : null,
                Points(d.Targets, i, "targets"),
                Points(d.Measurements, i, "measurements"),
                d.DataSource,
                d.SpatialLevel?.ToModel() ?? SpatialLevel.District);
        }

        return ValueList<Indicator>.Own(result);
    }

    private static ValueList<DataPoint> Points(System.Collections.Generic.IReadOnlyList<DataPointDto>? items, int indicator, string member)
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<DataPoint>.Empty;
        }

        var result = new DataPoint[items.Count];
        for (var j = 0; j < result.Length; j++)
        {
            var p = items[j] ?? throw NullItem(Index("$.indicators", indicator) + "." + member, j);
            result[j] = MappingHelpers.ToModel(p);
        }

        return ValueList<DataPoint>.Own(result);
    }
}
