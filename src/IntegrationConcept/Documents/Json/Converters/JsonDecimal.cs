using System.Buffers;
using System.Text;
using System.Text.Json;

using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>
/// Reads and writes the document format's numbers (.NET <see cref="decimal"/>). Reading rejects overflow and
/// underflow alike: a number beyond ±79228162514264337593543950335 and a number other than zero that would be read
/// as 0 (closer to zero than 1E-28) are errors, not silently changed values; digits beyond the 28th decimal place are
/// rounded. Writing is canonical: no trailing zeros and no exponent, so that equal numbers (<c>20</c>, <c>20.0</c>,
/// <c>2E1</c>) are written as the same bytes (<c>20</c>).
/// </summary>
internal static class JsonDecimal
{
    private const decimal One = 1.0000000000000000000000000000m;

    /// <summary>Reads the current number token.</summary>
    /// <exception cref="JsonException">The number does not fit a decimal.</exception>
    public static decimal Read(ref Utf8JsonReader reader)
    {
        if (!reader.TryGetDecimal(out var value))
        {
            throw new LocalizedJsonException(ValueTexts.NumberTooLarge.Format(Raw(ref reader)));
        }

        if (value == 0 && HasNonZeroDigit(ref reader))
        {
            throw new LocalizedJsonException(ValueTexts.NumberUnderflow.Format(Raw(ref reader)));
        }

        return value;
    }

    /// <summary>Writes a number in its canonical form: <c>20</c> for 20.000, <c>0.5</c> for 0.50.</summary>
    public static void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(Canonical(value));

    /// <summary>Gets the number without trailing zeros (and without the sign of a negative zero).</summary>
    public static decimal Canonical(decimal value) => value / One;

    private static bool HasNonZeroDigit(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        foreach (var b in raw)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    // A message quotes at most a short prefix of the number.
    private static string Raw(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return raw.Length <= 40 ? Encoding.UTF8.GetString(raw) : Encoding.UTF8.GetString(raw[..40]) + "…";
    }
}
