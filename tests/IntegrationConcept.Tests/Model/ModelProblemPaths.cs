using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Tests.Model;

/// <summary>
/// The JSON path a model problem gets in a document of the current format version. The model names only the
/// element and the member; the documents layer places them (the same for city concepts and district plans).
/// </summary>
internal static class ModelProblemPaths
{
    public static string DocumentPath(this ModelProblem problem) => DocumentFormats.CityConcept.Current.PathOf(problem);
}
