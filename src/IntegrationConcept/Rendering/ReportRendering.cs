using System;
using System.IO;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rendering;

/// <summary>Helpers for every <see cref="IReportRenderer"/>.</summary>
public static class ReportRendering
{
    /// <summary>Renders into memory.</summary>
    /// <param name="renderer">The renderer.</param>
    /// <param name="input">What to render.</param>
    /// <returns>The bytes the renderer wrote (UTF-8 for a text format).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/> or <paramref name="input"/> is <see langword="null"/>.</exception>
    public static byte[] RenderToBytes(this IReportRenderer renderer, ReportInput input)
    {
        Guard.NotNull(renderer);
        Guard.NotNull(input);
        using var stream = new MemoryStream();
        renderer.Render(input, stream);
        return stream.ToArray();
    }
}
