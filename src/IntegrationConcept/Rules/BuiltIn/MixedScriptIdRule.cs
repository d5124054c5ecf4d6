using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// IC3017: an element id of the city concept or the district plan whose letters come from more than one script (a
/// Latin id with a Cyrillic or Greek look-alike letter): it looks like another id but is not it, so a reference typed
/// by hand misses it. A warning rather than a reading error, because a real id may mix scripts on purpose.
/// </summary>
internal sealed class MixedScriptIdRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3017",
        new LocalizedText("Kennung mischt Schriften", "Id mixing scripts"),
        RuleCategory.Consistency,
        Severity.Warning,
        new LocalizedText(
            "Die Kennung '{0}' mischt Buchstaben der Schriften {1}; sie sieht aus wie eine andere Kennung, ist es aber nicht. Schreiben Sie sie in einer Schrift.",
            "The id '{0}' mixes letters of the scripts {1}; it looks like another id but is not it. Write it in one script."));

    public void Check(RuleContext context, FindingSink findings)
    {
        var concept = context.Concept;
        Ids(context, findings, DocumentKind.CityConcept, ElementKind.Principle, concept.Principles);
        Ids(context, findings, DocumentKind.CityConcept, ElementKind.ActionField, concept.ActionFields);
        Ids(context, findings, DocumentKind.CityConcept, ElementKind.Goal, concept.Goals);
        Ids(context, findings, DocumentKind.CityConcept, ElementKind.Approach, concept.Approaches);
        Ids(context, findings, DocumentKind.CityConcept, ElementKind.CityMeasure, concept.Measures);
        Ids(context, findings, DocumentKind.CityConcept, ElementKind.Indicator, concept.Indicators);
        var plan = context.Plan;
        Ids(context, findings, DocumentKind.DistrictPlan, ElementKind.Observation, plan.Observations);
        Ids(context, findings, DocumentKind.DistrictPlan, ElementKind.DistrictGoal, plan.Goals);
        Ids(context, findings, DocumentKind.DistrictPlan, ElementKind.Measure, plan.Measures);
        Ids(context, findings, DocumentKind.DistrictPlan, ElementKind.Actor, plan.Actors);
        Ids(context, findings, DocumentKind.DistrictPlan, ElementKind.Body, plan.Bodies);
        Ids(context, findings, DocumentKind.DistrictPlan, ElementKind.TargetGroup, plan.TargetGroups);
        Ids(context, findings, DocumentKind.DistrictPlan, ElementKind.Indicator, plan.Indicators);
    }

    private static void Ids<T>(RuleContext context, FindingSink findings, DocumentKind document, ElementKind kind, ElementCollection<T> elements)
        where T : class, IElement<T>
    {
        for (var i = 0; i < elements.Count; i++)
        {
            var id = elements[i].Id.Value;
            if (Ascii(id))
            {
                continue;
            }

            var scripts = IdScripts.Of(id);
            if (scripts.Count > 1)
            {
                if (findings.Admits(document, kind))
                {
                    findings.Report(context.Reference(document, kind, i), Args(Text(id), Local(Join(scripts))), null);
                }
            }
        }
    }

    private static bool Ascii(string id) => System.Text.Ascii.IsValid(id);

    private static LocalizedText Join(IReadOnlyList<TextPair> scripts)
    {
        var german = new List<string>(scripts.Count);
        var english = new List<string>(scripts.Count);
        foreach (var script in scripts)
        {
            german.Add(script.German);
            english.Add(script.English);
        }

        return new LocalizedText(string.Join(" und ", german), string.Join(" and ", english));
    }
}
