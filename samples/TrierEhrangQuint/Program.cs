var concept = TrierData.Concept();
var plan = TrierData.Plan();
Console.WriteLine($"{concept.Title}: {concept.Goals.Count} goals; {plan.Title}: {plan.Measures.Count} measures");
