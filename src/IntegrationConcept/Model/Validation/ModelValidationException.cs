using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IntegrationConcept.Model.Validation;

/// <summary>
/// Thrown when a city concept or district plan is built with structural problems; lists every problem at once.
/// </summary>
public sealed class ModelValidationException : InvalidOperationException
{
    /// <summary>Creates the exception for the given problems.</summary>
    /// <param name="documentKind">The document: <see cref="ElementKind.CityConcept"/> or <see cref="ElementKind.DistrictPlan"/>.</param>
    /// <param name="problems">The problems; at least one.</param>
    public ModelValidationException(ElementKind documentKind, IEnumerable<ModelProblem> problems)
        : this(documentKind, new ValueList<ModelProblem>(problems))
    {
    }

    private ModelValidationException(ElementKind documentKind, ValueList<ModelProblem> problems)
        : base(Format(documentKind, problems))
    {
        DocumentKind = documentKind;
        Problems = problems;
    }

    /// <summary>Gets the kind of document that was being built.</summary>
    public ElementKind DocumentKind { get; }

    /// <summary>Gets every problem found: the duplicate and missing ids of each kind first, then the problems of each element in document order.</summary>
    public ValueList<ModelProblem> Problems { get; }

    private static string Format(ElementKind documentKind, ValueList<ModelProblem> problems)
    {
        var text = new StringBuilder();
        text.Append(documentKind == ElementKind.DistrictPlan ? "The district plan" : "The city concept")
            .Append(" has ")
            .Append(problems.Count)
            .Append(problems.Count == 1 ? " problem:" : " problems:");
        foreach (var problem in problems.Take(100))
        {
            text.AppendLine().Append("  - ").Append(problem);
        }

        if (problems.Count > 100)
        {
            text.AppendLine().Append("  ... and ").Append(problems.Count - 100).Append(" more.");
        }

        return text.ToString();
    }
}
