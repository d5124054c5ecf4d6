using FluentAssertions;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using Xunit;

namespace IntegrationConcept.Tests.Rendering;

public sealed class ReportMarkdownTests
{
    [Fact]
    public void Render_Report_HeadingsTableAndFindingLists()
    {
        var markdown = ReportMarkdown.Render(ReportTextTests.Report(), ReportTextTests.German);

        markdown.Should().StartWith("# Abdeckungsbericht: Stadtteilkonzept Ehrang/Quint (Ehrang/Quint)\n\n");
        markdown.Should().Contain("| Handlungsfeld | Ziele | abgedeckt | teilweise | nicht abgedeckt | nicht zutreffend | Abdeckung | Bewertung |\n| --- | ---: |");
        markdown.Should().Contain("| BS Bildung und Sprache | 3 | 1 | 1 | 1 | 0 | 33,3 % | teilweise abgedeckt |\n");
        markdown.Should().Contain("### Datenqualität (für die Pflege der Daten) (1)\n\n- **IC3001** `Stadtteilkonzept $.goals[4].refinedGoalIds[0]`: Das Stadtteilziel EQ-4 konkretisiert das Ziel XX-1, das es im gesamtstädtischen Konzept nicht gibt.\n");
        markdown.Should().Contain("### Unterdrückt (1)\n");
        markdown.Should().Contain("  - Begründung: kommt 2014\n");
        markdown.Should().Contain("### Potenziale\n\n- EQ-9 „Begegnung im Bürgerhaus“ (Handlungsfeld BS)\n");
    }

    [Fact]
    public void Render_Matrix_EnglishTables()
    {
        var markdown = ReportMarkdown.Render(ReportTextTests.Matrix(), ReportTextTests.English);

        markdown.Should().StartWith("# Coverage matrix: Integrationskonzept der Stadt Trier (Trier), version 2011-12\n");
        markdown.Should().Contain("| Action field | Ehrang/Quint | Trier-Nord | Combined |\n| --- | ---: | ---: | ---: |\n| BS Education and language | 33.3% | 33.3% | 33.3% |\n");
        markdown.Should().Contain("| BS-2 | partly | no | partly |\n");
    }

    [Fact]
    public void Render_PipesInNames_AreEscapedInTables()
    {
        var concept = IntegrationConcept.Tests.TestSupport.TestDocuments.ConceptBuilder().AddActionField("GP", "Gesundheit | Pflege").Build();

        var markdown = ReportMarkdown.Render(IntegrationConcept.Tests.TestSupport.TestDocuments.Check(IntegrationConcept.Tests.TestSupport.TestDocuments.Plan(), concept), ReportTextTests.German);

        markdown.Should().Contain("| GP Gesundheit \\| Pflege | 0 |");
    }
}
