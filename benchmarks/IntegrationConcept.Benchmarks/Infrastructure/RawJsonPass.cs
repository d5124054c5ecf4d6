using System.Text.Json;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>
/// The floor: one raw <see cref="Utf8JsonReader"/> pass over the bytes. It reads every token and touches each
/// value minimally (its length), the least any reader of the document must do; it builds nothing.
/// </summary>
public static class RawJsonPass
{
    /// <summary>Reads every token; returns a checksum so the work cannot be optimised away.</summary>
    public static long Run(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        long checksum = 0;
        while (reader.Read())
        {
            checksum += (int)reader.TokenType;
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number)
            {
                checksum += reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            }
        }

        return checksum;
    }
}
