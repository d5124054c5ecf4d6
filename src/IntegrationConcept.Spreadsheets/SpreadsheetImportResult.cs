using IntegrationConcept.Model;

namespace IntegrationConcept.Spreadsheets;

/// <summary>
/// What an import gives: either the validated model or every problem found, never a half-imported model.
/// </summary>
/// <typeparam name="T">The model type.</typeparam>
public sealed class SpreadsheetImportResult<T>
    where T : class
{
    private readonly T? _value;

    internal SpreadsheetImportResult(T? value, ValueList<SpreadsheetProblem> problems)
    {
        _value = problems.Count == 0 ? value : null;
        Problems = problems;
    }

    /// <summary>Gets whether the import succeeded: no problems and a model.</summary>
    public bool Succeeded => _value is not null;

    /// <summary>Gets the imported model, or <see langword="null"/> when there are problems.</summary>
    public T? Value => _value;

    /// <summary>Gets every problem found, in file, sheet and row order; empty on success.</summary>
    public ValueList<SpreadsheetProblem> Problems { get; }

    /// <summary>Returns the model, or throws with every problem.</summary>
    /// <returns>The model.</returns>
    /// <exception cref="SpreadsheetImportException">The import found problems.</exception>
    public T GetValueOrThrow() => _value ?? throw new SpreadsheetImportException(Problems);
}
