using System;
using System.Diagnostics;
using System.Threading;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>
/// The subject of findings on one element as a whole and the two arguments most messages start with (its id and its
/// name or text), made once and shared by every finding on the element: several rules report on the same measure
/// (no budget, no lead office, ...), and in a matrix every plan reports on the same city goals. All of it is
/// immutable, so sharing changes nothing a reader of a finding can see.
/// </summary>
internal sealed class SharedSubject
{
    public SharedSubject(ElementReference reference, ValueList<MessageArgument> idAndName)
    {
        Reference = reference;
        IdAndName = idAndName;
    }

    /// <summary>Gets the reference to the element (no member).</summary>
    public ElementReference Reference { get; }

    /// <summary>Gets the arguments: the element's id, then its name or text.</summary>
    public ValueList<MessageArgument> IdAndName { get; }
}

/// <summary>
/// The shared subjects of one document's elements, one lazily made array per list of elements. Safe to use from
/// several threads (a city concept's subjects are shared by concurrent checks): a subject made twice in a race is
/// the same value, and the first one stored wins.
/// </summary>
internal sealed class SharedSubjects
{
    private static readonly int KindCount = Enum.GetValues<ElementKind>().Length;

    private readonly DocumentKind _document;
    private readonly SharedSubject?[]?[] _lists = new SharedSubject?[KindCount][];

    public SharedSubjects(DocumentKind document)
    {
        _document = document;
    }

    /// <summary>Gets the subject of the element at a position of a list of <paramref name="count"/> elements.</summary>
    /// <param name="kind">The list.</param>
    /// <param name="position">The position, already checked against the list.</param>
    /// <param name="count">The list's length.</param>
    /// <param name="id">The element's id.</param>
    /// <param name="name">The element's name or text; every caller passes the same member for a kind.</param>
    public SharedSubject Get(ElementKind kind, int position, int count, string id, string name)
    {
        ref var slot = ref _lists[(int)kind];
        var list = Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, new SharedSubject?[count], null) ?? slot!;
        var subject = Volatile.Read(ref list[position]);
        if (subject is null)
        {
            var made = new SharedSubject(
                new ElementReference(_document, kind, id, position),
                ValueList<MessageArgument>.Own([MessageArgument.FromText(id), MessageArgument.FromText(name)]));
            subject = Interlocked.CompareExchange(ref list[position], made, null) ?? made;
        }

        // Every rule passes the same member as the name for a kind (a measure's name, a goal's text, ...).
        Debug.Assert(string.Equals(subject.IdAndName[1].Text, name, StringComparison.Ordinal), $"The shared subject of {kind} {id} was made with another name.");
        return subject;
    }
}
