using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

/// <summary>
/// The German of the rule messages for the people who read them (docs/REPORTS wording): pronouns agree with the
/// noun's gender, a concept has a Fassung, a plan a Laufzeit, an open period is unbefristet, suppressions are
/// "zurückgestellt", a rule set is a Prüfprofil.
/// </summary>
public sealed class RuleWordingTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData(ElementKind.Principle, "G-9", "Als nicht zutreffend erklärt: Grundsatz G-9, den es im gesamtstädtischen Konzept nicht gibt.")]
    [InlineData(ElementKind.Goal, "XX-1", "Als nicht zutreffend erklärt: Ziel XX-1, das es im gesamtstädtischen Konzept nicht gibt.")]
    [InlineData(ElementKind.ActionField, "ZZ", "Als nicht zutreffend erklärt: Handlungsfeld ZZ, das es im gesamtstädtischen Konzept nicht gibt.")]
    public void IC3005_RelativePronoun_AgreesWithTheNoun(ElementKind kind, string id, string german)
    {
        var plan = TestDocuments.PlanBuilder().DeclareOutOfScope(kind, id, "Trifft nicht zu").Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.UnknownOutOfScopeElement).Should().ContainSingle().Subject;

        finding.Message(German).Should().Be(german);
        finding.Message(English).Should().EndWith($" {id}, which the city concept does not have.");
    }

    [Theory]
    [InlineData(ElementKind.Principle, "G-1", "Grundsatz G-1 ist ohne Begründung als nicht zutreffend erklärt; er zählt trotzdem als nicht zutreffend.")]
    [InlineData(ElementKind.Goal, "AR-1", "Ziel AR-1 ist ohne Begründung als nicht zutreffend erklärt; es zählt trotzdem als nicht zutreffend.")]
    [InlineData(ElementKind.ActionField, "AR", "Handlungsfeld AR ist ohne Begründung als nicht zutreffend erklärt; es zählt trotzdem als nicht zutreffend.")]
    public void IC3009_PersonalPronoun_AgreesWithTheNoun(ElementKind kind, string id, string german)
    {
        var plan = TestDocuments.PlanBuilder().DeclareOutOfScope(kind, id, " ").Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.UnjustifiedOutOfScope).Should().ContainSingle().Subject;

        finding.Message(German).Should().Be(german);
        finding.Message(English).Should().EndWith("; it still counts as out of scope.");
    }

    [Fact]
    public void IC3013_FeminineRule_DieEsImPruefprofil()
    {
        var plan = TestDocuments.PlanBuilder().Suppress("IC9999", "M-1", "Tippfehler").Build();

        TestDocuments.Check(plan).Of(RuleIds.UnknownSuppressedRule).Single().Message(German)
            .Should().Be("Die Zurückstellung für M-1 nennt die Regel IC9999, die es im Prüfprofil nicht gibt.");
    }

    [Fact]
    public void IC3010_SaysZurueckgestelltNotUnterdrueckt()
    {
        var plan = TestDocuments.PlanBuilder().Suppress(RuleIds.MeasureWithoutCarrier, "M-1", "").Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.UnjustifiedSuppression).Single();

        finding.Message(German).Should().Be("Die Zurückstellung von IC2002 für M-1 hat keine Begründung und gilt daher nicht.");
        RuleCatalog.Get(RuleIds.UnjustifiedSuppression).Title.German.Should().Be("Zurückstellung ohne Begründung");
    }

    [Fact]
    public void IC3006_OpenPeriod_LaufzeitAndUnbefristet()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Fest", m => m.Period(new LocalDate(2011, 6, 1), null)).Build();

        TestDocuments.Check(plan).Of(RuleIds.PeriodOutsidePlan).Single().Message(German)
            .Should().Be("Der Zeitraum der Maßnahme M-3 (01.06.2011 – unbefristet) liegt nicht in der Laufzeit des Stadtteilkonzepts (01.01.2012 – 31.12.2015).");
    }

    [Fact]
    public void IC3011_ConceptHasAFassung()
    {
        var concept = TestDocuments.Concept().WithVersion(new ConceptVersion("2015", ConceptStatus.Updated, updates: "2011-12"));

        TestDocuments.Check(TestDocuments.Plan(), concept).Of(RuleIds.OutdatedConceptVersion).Single().Message(German)
            .Should().Be("Das Stadtteilkonzept greift die Fassung 2011-12 des gesamtstädtischen Konzepts auf; geprüft wird gegen die aktuelle Fassung 2015.");
    }

    [Fact]
    public void Messages_UseNoneOfTheReplacedWords()
    {
        foreach (var rule in RuleCatalog.All)
        {
            foreach (var text in new[] { rule.Title.German, rule.MessageTemplate.German })
            {
                text.Should().NotContainAny(["Unterdrück", "unterdrück", "Regelsatz", "Gültigkeitszeitraum", "Version", "operativ", "verfeinert"], rule.Id);
            }
        }
    }
}
