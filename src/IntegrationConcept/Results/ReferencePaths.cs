using System;
using System.Runtime.CompilerServices;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>
/// The seam through which <see cref="ElementReference.Path"/> is written. The results layer knows no JSON names: it
/// carries an element's kind, position and member, and the documents layer, which owns the names of each format version,
/// registers here how they are written as a <c>$.…</c> path (once, when the assembly is loaded). The dependency points
/// from the documents layer to this one, as the architecture test requires.
/// </summary>
internal static class ReferencePaths
{
    // Set once, by the documents layer's module initializer, before any code of the assembly runs; read-only after.
    private static readonly StrongBox<Func<ElementKind, int?, string?, string>?> Writer = new(null);

    /// <summary>Sets how a reference's kind, position and member are written as a path; called by the documents layer.</summary>
    public static void Use(Func<ElementKind, int?, string?, string> writer) => Writer.Value = writer;

    /// <summary>Writes the path of an element (and member) in its document.</summary>
    /// <exception cref="InvalidOperationException">No writer is registered (the documents layer registers one when the assembly loads).</exception>
    public static string Write(ElementKind kind, int? index, string? member)
        => (Writer.Value ?? throw new InvalidOperationException("No JSON path writer is registered for element references."))(kind, index, member);
}
