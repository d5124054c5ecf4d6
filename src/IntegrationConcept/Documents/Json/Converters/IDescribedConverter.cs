using System.Text.Json.Nodes;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>A converter that can say what value it expects: in words for error messages, and as a JSON Schema.</summary>
internal interface IDescribedConverter
{
    /// <summary>Gets what the JSON must hold, such as "a date such as \"2011-12-13\"".</summary>
    public LocalizedText Expected { get; }

    /// <summary>Returns a new JSON Schema of the values the converter reads.</summary>
    public JsonObject GetSchema();
}
