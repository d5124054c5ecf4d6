using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntegrationConcept.Changes;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>
/// Renders a change report as JSON for programs: both checks, per goal and action field the grades and the transition,
/// the findings appeared and resolved (rule id, element, path, message in German and English), and the changed lights.
/// Enum values are camelCase, dates ISO (<c>YYYY-MM-DD</c>), percentages numbers; indented with <c>\n</c>, deterministic.
/// </summary>
public static class ChangeJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders a change report.</summary>
    /// <param name="change">The change report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="change"/> is <see langword="null"/>.</exception>
    public static string Render(CoverageChange change)
    {
        Guard.NotNull(change);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("kind", "coverageChange");
            Check(json, "before", change.Before);
            Check(json, "after", change.After);
            Number(json, "coveredPercentChange", change.CoveredPercentChange);
            json.WriteStartArray("goals");
            foreach (var goal in change.Goals)
            {
                json.WriteStartObject();
                json.WriteString("goalId", goal.GoalId.Value);
                json.WriteString("actionFieldId", goal.ActionFieldId.Value);
                json.WriteString("text", goal.Text);
                Enum(json, "before", goal.Before?.ToString());
                Enum(json, "after", goal.After?.ToString());
                Enum(json, "transition", goal.Transition.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("actionFields");
            foreach (var field in change.ActionFields)
            {
                json.WriteStartObject();
                json.WriteString("actionFieldId", field.ActionFieldId.Value);
                json.WriteString("name", field.Name);
                Field(json, "before", field.Before);
                Field(json, "after", field.After);
                Enum(json, "transition", field.Transition.ToString());
                Number(json, "coveredPercentChange", field.CoveredPercentChange);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Findings(json, "appearedFindings", change.AppearedFindings);
            Findings(json, "resolvedFindings", change.ResolvedFindings);
            json.WriteStartArray("indicatorLights");
            foreach (var light in change.IndicatorLights)
            {
                json.WriteStartObject();
                json.WriteString("indicatorId", light.IndicatorId);
                Enum(json, "before", light.Before.ToString());
                Enum(json, "after", light.After.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Check(Utf8JsonWriter json, string name, CheckSummary check)
    {
        json.WriteStartObject(name);
        json.WriteString("district", check.District);
        json.WriteString("planTitle", check.PlanTitle);
        json.WriteString("conceptVersion", check.ConceptVersion);
        json.WriteString("planConceptVersion", check.PlanConceptVersion);
        json.WriteString("evaluationDate", check.EvaluationDate.ToString("yyyy'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartObject("overall");
        json.WriteNumber("covered", check.Overall.Covered);
        json.WriteNumber("partlyCovered", check.Overall.PartlyCovered);
        json.WriteNumber("uncovered", check.Overall.Uncovered);
        json.WriteNumber("outOfScope", check.Overall.OutOfScope);
        Number(json, "coveredPercent", check.Overall.CoveredPercent);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter json, string name, ActionFieldCoverage? field)
    {
        if (field is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        Enum(json, "grade", field.Grade.ToString());
        json.WriteNumber("covered", field.Goals.Covered);
        json.WriteNumber("inScope", field.Goals.InScope);
        Number(json, "coveredPercent", field.Goals.CoveredPercent);
        json.WriteEndObject();
    }

    private static void Findings(Utf8JsonWriter json, string name, Model.ValueList<Finding> findings)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            Enum(json, "severity", finding.Severity.ToString());
            Enum(json, "document", finding.Subject.Document.ToString());
            Enum(json, "kind", finding.Subject.Kind.ToString());
            if (finding.Subject.Id is { } id)
            {
                json.WriteString("elementId", id);
            }

            json.WriteString("path", finding.Subject.Path);
            json.WriteStartObject("message");
            json.WriteString("de", finding.Message(MessageCulture.German));
            json.WriteString("en", finding.Message(MessageCulture.English));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Enum(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, char.ToLowerInvariant(value[0]) + value[1..]);
        }
    }
}
