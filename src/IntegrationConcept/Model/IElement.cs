namespace IntegrationConcept.Model;

/// <summary>An element of a city concept or district plan that is named by a typed id.</summary>
/// <typeparam name="TSelf">The element type itself.</typeparam>
public interface IElement<TSelf>
    where TSelf : class, IElement<TSelf>
{
    /// <summary>Gets the element's id, unique among the elements of its kind in its document.</summary>
    public ElementId<TSelf> Id { get; }
}
