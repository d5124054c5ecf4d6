using IntegrationConcept.Changes;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Changes;

// Trier's concept changes over time, and Ehrang/Quint feeds back into it (Rückkopplung):
// the district took up the draft of spring 2011; the council adopted the concept on 13 December 2011.
var data = Path.Combine(AppContext.BaseDirectory, "data");
var file = DocumentSerializer.ReadCityConcept(File.ReadAllText(Path.Combine(data, "trier-city-concept.json")));
var plan = DocumentSerializer.ReadDistrictPlan(File.ReadAllText(Path.Combine(data, "ehrang-quint-district-plan.json")));
var draft = TrierDraft.Draft(file);
var adopted = TrierDraft.Adopted(file, draft);
var culture = args.Contains("--english") ? MessageCulture.English : MessageCulture.German;
var checker = new CoverageChecker();

// 1. What the adoption changed against the draft, and what the district plan (which took up the draft) must revisit.
var impact = ConceptUpdateImpact.Of(draft, adopted, [plan]);
Console.WriteLine(args.Contains("--markdown") ? ChangeMarkdown.Render(impact, culture) : ChangeText.Render(impact, culture));

// 2. The plan in autumn 2011 against the draft, and at the end of phase 1 against the adopted concept.
var autumn = checker.Check(draft, plan, TrierDraft.AutumnCheck);
var midTerm = checker.Check(adopted, plan, TrierDraft.MidTermCheck);
var phaseOne = checker.Check(adopted, plan, TrierDraft.PhaseOneEnd);
Print(CoverageChange.Compare(autumn, phaseOne));

// 3. The same plan against the same concept at two dates: only time passed (measures ran, indicators were measured).
Print(CoverageChange.Compare(midTerm, phaseOne));

// 4. The feedback of the autumn check into the adoption: the planners adopt the district's potential as a new city goal,
//    and decide on the deficits (the decisions are illustrative). The concept history shows where the new goal came from.
var feedback = FeedbackDocument.Collect("Rückkopplung Ehrang/Quint zum Entwurf 2011", [autumn]);
foreach (var proposal in feedback.Proposals)
{
    var decision = (proposal.Kind, proposal.GoalId?.Value) switch
    {
        (ProposalKind.Potential, _) => ProposalDecision.Adopt(
            new ElementId<Goal>("WLS-4"), adopted.Version.Label, TrierDraft.Adoption, "Netzwerk- und Aktionsteam als Modell für alle Stadtteile (illustrativ)"),
        (_, "BS-1") => ProposalDecision.Adopt(
            new ElementId<Goal>("BS-1"), adopted.Version.Label, TrierDraft.Adoption, "„so früh wie möglich“ ergänzt (illustrativ)"),
        (_, "AAW-1") => ProposalDecision.Reject("Die Anerkennung berät die Kammer gesamtstädtisch, nicht der Stadtteil (illustrativ)", TrierDraft.Adoption),
        _ => null,
    };
    if (decision is not null)
    {
        feedback = feedback.WithDecision(proposal.Id, decision);
    }
}

Console.WriteLine(args.Contains("--markdown") ? ChangeMarkdown.Render(feedback, culture) : ChangeText.Render(feedback, culture));
foreach (var link in feedback.Adoptions(adopted))
{
    var change = link.Changes.Count > 0 ? link.Changes[0].Kind.ToString() : "Unchanged";
    Console.WriteLine($"{adopted.Version.Label}: {link.GoalId} ({change}) <- {link.Proposal.Id} {link.Proposal.Provenance.District}, {link.Proposal.Provenance.EvaluationDate:yyyy-MM-dd}");
}

// --html FILE writes the change from the autumn check to the end of phase 1 as one HTML file, a before/after chart per action field.
var html = Array.IndexOf(args, "--html");
if (html >= 0 && html + 1 < args.Length)
{
    File.WriteAllText(args[html + 1], ChangeHtml.Render(CoverageChange.Compare(autumn, phaseOne), culture));
    Console.Error.WriteLine($"Change report written to {args[html + 1]}");
}

// --json FILE writes the feedback document (format "feedback", schemas/feedback.v1.schema.json).
var json = Array.IndexOf(args, "--json");
if (json >= 0 && json + 1 < args.Length)
{
    File.WriteAllText(args[json + 1], DocumentSerializer.WriteFeedback(feedback));
    Console.Error.WriteLine($"Feedback document written to {args[json + 1]}");
}

void Print(CoverageChange change)
    => Console.WriteLine(args.Contains("--markdown") ? ChangeMarkdown.Render(change, culture) : ChangeText.Render(change, culture));
