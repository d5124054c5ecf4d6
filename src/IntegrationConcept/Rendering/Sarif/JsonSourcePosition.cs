using System;
using System.Globalization;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>
/// A place in a JSON text as editors show it: a one-based line and a one-based column counted in UTF-16 code units
/// (the unit SARIF uses by default and most editors show).
/// </summary>
public readonly struct JsonSourcePosition : IEquatable<JsonSourcePosition>
{
    /// <summary>Creates a position.</summary>
    /// <param name="line">The one-based line.</param>
    /// <param name="column">The one-based column, in UTF-16 code units.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is less than 1.</exception>
    public JsonSourcePosition(int line, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Line = line;
        Column = column;
    }

    /// <summary>Gets the one-based line.</summary>
    public int Line { get; }

    /// <summary>Gets the one-based column, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Compares two positions.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>Whether both name the same line and column.</returns>
    public static bool operator ==(JsonSourcePosition left, JsonSourcePosition right) => left.Equals(right);

    /// <summary>Compares two positions.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>Whether they differ in line or column.</returns>
    public static bool operator !=(JsonSourcePosition left, JsonSourcePosition right) => !left.Equals(right);

    /// <summary>Compares line and column.</summary>
    /// <param name="other">The other position.</param>
    /// <returns>Whether both name the same line and column.</returns>
    public bool Equals(JsonSourcePosition other) => Line == other.Line && Column == other.Column;

    /// <summary>Compares line and column with another boxed position.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Whether it is a position with the same line and column.</returns>
    public override bool Equals(object? obj) => obj is JsonSourcePosition other && Equals(other);

    /// <summary>Hashes line and column.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Line, Column);

    /// <summary>Formats the position as <c>(line,column)</c>, the way compilers print it.</summary>
    /// <returns>The text, such as <c>(12,5)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({Line},{Column})");
}
