using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Suggestions.Tests;

public sealed class LinkSuggesterTests
{
    [Fact]
    public void Suggest_OnlyUnlinkedGoalsAndMeasures_GetSuggestions()
    {
        var suggestions = new LinkSuggester(TestConcepts.Trier()).Suggest(TestConcepts.Plan());

        suggestions.Select(s => (s.SubjectKind, s.SubjectId)).Should().Equal(
            (SuggestionSubjectKind.DistrictGoal, "EQ-5"),
            (SuggestionSubjectKind.DistrictGoal, "EQ-7"),
            (SuggestionSubjectKind.Measure, "M-05"),
            (SuggestionSubjectKind.Measure, "M-11"));
    }

    [Fact]
    public void Suggest_Paraphrase_RanksTheCompoundGoalFirstWithTheSharedWords()
    {
        var suggestion = new LinkSuggester(TestConcepts.Trier()).Suggest(TestConcepts.Plan()).Single(s => s.SubjectId == "EQ-5");

        var best = suggestion.Candidates[0];
        best.Rank.Should().Be(1);
        best.GoalId.Should().Be(new ElementId<Goal>("BS-1"));
        best.ActionFieldId.Should().Be(new ElementId<ActionField>("BS"));
        best.ActionFieldName.Should().Be("Bildung und Sprache");
        best.SharedTerms.Should().BeEquivalentTo("förderung", "sprache");
        best.Score.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Suggest_MeasureDescription_CountsToo()
    {
        var suggestion = new LinkSuggester(TestConcepts.Trier()).Suggest(TestConcepts.Plan()).Single(s => s.SubjectId == "M-05");

        suggestion.SubjectText.Should().Be("Straßenfest für gute Nachbarschaft. Begegnung in der Siedlung");
        suggestion.Candidates[0].GoalId.Value.Should().Be("WLS-2");
    }

    [Fact]
    public void SuggestFor_RanksByScoreAndListsAtMostTheConfiguredNumber()
    {
        var suggester = new LinkSuggester(TestConcepts.Trier(), new SuggestionOptions(maxCandidates: 2));

        var candidates = suggester.SuggestFor("Jugendliche mit Migrationshintergrund in der Ausbildung und Schule begleiten");

        candidates.Should().HaveCount(2);
        candidates[0].GoalId.Value.Should().Be("AAW-2");
        candidates[0].Score.Should().BeGreaterThan(candidates[1].Score);
        candidates.Select(c => c.Rank).Should().Equal(1, 2);
    }

    [Fact]
    public void SuggestFor_NoSharedWord_GivesNoCandidates()
        => new LinkSuggester(TestConcepts.Trier()).SuggestFor("Hausaufgabenhilfe im Bürgerhaus").Should().BeEmpty();

    [Fact]
    public void Suggest_WithoutMeasures_ListsGoalsOnly()
    {
        var suggestions = new LinkSuggester(TestConcepts.Trier(), SuggestionOptions.Default.WithIncludeMeasures(false)).Suggest(TestConcepts.Plan());

        suggestions.Should().OnlyContain(s => s.SubjectKind == SuggestionSubjectKind.DistrictGoal);
    }

    [Fact]
    public void Suggest_TheSameInput_GivesEqualResults()
    {
        var suggester = new LinkSuggester(TestConcepts.Trier());

        suggester.Suggest(TestConcepts.Plan()).Should().Equal(new LinkSuggester(TestConcepts.Trier()).Suggest(TestConcepts.Plan()));
    }

    [Fact]
    public void Options_BelowOneCandidate_AreRefused()
    {
        var act = () => new SuggestionOptions(maxCandidates: 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxCandidates");
        SuggestionOptions.Default.WithMaxCandidates(5).MaxCandidates.Should().Be(5);
    }
}
