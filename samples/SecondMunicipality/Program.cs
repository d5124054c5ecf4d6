using IntegrationConcept.Model;

var concept = Musterstadt.Concept();
DistrictPlan[] plans = [Musterstadt.Nordstadt(), Musterstadt.Hafenviertel()];
Console.WriteLine($"{concept.Title}: {plans.Length} plans");
