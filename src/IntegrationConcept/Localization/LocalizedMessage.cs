using System;
using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Localization;

/// <summary>
/// A message template in German and English with the arguments to fill in; rendered per culture.
/// Placeholders are <c>{0}</c>, <c>{1}</c>, ...; <c>{{</c> and <c>}}</c> stand for literal braces.
/// </summary>
public sealed record LocalizedMessage
{
    /// <summary>Creates a message.</summary>
    /// <param name="template">The template in German and English.</param>
    /// <param name="arguments">The arguments for the placeholders.</param>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument in <paramref name="arguments"/> is <see langword="null"/>; the message names its position.</exception>
    public LocalizedMessage(LocalizedText template, IEnumerable<MessageArgument>? arguments = null)
    {
        Template = Guard.NotNull(template);
        Arguments = arguments.ToValueList();
    }

    /// <summary>Gets the template.</summary>
    public LocalizedText Template { get; }

    /// <summary>Gets the arguments.</summary>
    public ValueList<MessageArgument> Arguments { get; }

    /// <summary>Renders the message for a culture: German for "de*", English otherwise.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The message with the arguments filled in.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Render(CultureInfo culture) => TemplateRenderer.Render(Template.Get(culture), Arguments, culture);

    /// <summary>Renders the message in English.</summary>
    /// <returns>The English message.</returns>
    public override string ToString() => Render(CultureInfo.InvariantCulture);
}
