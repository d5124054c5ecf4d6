namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>A converter that can say, for an error message, what value it expects.</summary>
internal interface IDescribedConverter
{
    /// <summary>Gets what the JSON must hold, such as "a date such as \"2011-12-13\"".</summary>
    string Expected { get; }
}
