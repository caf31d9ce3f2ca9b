using System.Text.Json;
using MedVigil.Standards.Rubric;
using MedVigil.Standards.Tests.Ssvc;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Rubric;

/// <summary>
/// Our embedded questions against the data extracted from MITRE's calculator (so drift fails), and the calculator's
/// two saved worked examples as a suite.
/// </summary>
public sealed class RubricWorkbookTests
{
    private static JsonDocument Workbook() =>
        JsonDocument.Parse(File.ReadAllText(SharedData.Path("cvss", "md-rubric", "rubric-questions.json")));

    [Fact]
    public void TheEmbeddedQuestionsMatchTheCalculatorsIdsNumbersMetricsAnswersCategoriesAndTexts()
    {
        using var workbook = Workbook();
        var official = workbook.RootElement.GetProperty("questions").EnumerateArray().Select(q => new
        {
            Id = q.GetProperty("id").GetString(),
            Number = q.GetProperty("number").GetString(),
            Metric = q.GetProperty("metric").GetString(),
            Text = q.GetProperty("text").GetString(),
            Answers = string.Join(",", q.GetProperty("answers").EnumerateArray().Select(a => a.GetString())),
            Category = q.TryGetProperty("category", out var c) ? c.GetInt32() : (int?)null,
        }).ToList();
        var ours = RubricQuestions.All.Select(q => new
        {
            Id = (string?)q.Id,
            Number = (string?)q.Number,
            Metric = (string?)q.Metric,
            Text = (string?)q.Text,
            Answers = string.Join(",", q.OfferedAnswers.Select(RubricAnswers.Word)),
            Category = (int?)q.Category,
        }).ToList();

        ours.Count.ShouldBe(31);
        ours.ShouldBe(official);
    }

    [Fact]
    public void TheSixDataCategoriesHaveTheCalculatorsNamesAndQuestions()
    {
        using var workbook = Workbook();
        foreach (var category in workbook.RootElement.GetProperty("dataCategories").EnumerateArray())
        {
            var ours = (RubricDataCategory)category.GetProperty("id").GetInt32();
            RubricQuestions.NameOf(ours).ShouldBe(category.GetProperty("name").GetString());
            foreach (var metric in category.GetProperty("questions").EnumerateObject())
            {
                RubricQuestions.Of(ours, metric.Name).Select(q => q.Id)
                    .ShouldBe(metric.Value.EnumerateArray().Select(id => id.GetString()), $"{ours} {metric.Name}");
            }
        }

        Enum.GetValues<RubricDataCategory>().Length.ShouldBe(workbook.RootElement.GetProperty("dataCategories").GetArrayLength());
    }

    [Fact]
    public void EveryWorkedExampleSavedInTheCalculatorGivesItsVectorAndScore()
    {
        using var workbook = Workbook();
        var run = new SuiteRun("cvss/md-rubric/rubric-questions.json examples");
        foreach (var example in workbook.RootElement.GetProperty("examples").EnumerateArray())
        {
            var answers = example.GetProperty("answers").EnumerateObject()
                .Aggregate(RubricAnswers.Empty, (a, p) => a.With(p.Name, Enum.Parse<RubricAnswer>(p.Value.GetString()!, ignoreCase: true)));
            var expected = "CVSS:3.1/" + example.GetProperty("vector").GetString();
            var expectedScore = example.GetProperty("baseScore").GetDecimal();
            var assessment = MedicalDeviceRubric.Assess(answers);
            run.Check(example.GetProperty("name").GetString()!,
                assessment.Vector == expected && assessment.Unanswered.Count == 0 && assessment.BaseScore.Value == expectedScore,
                () => $"expected {expected} ({expectedScore}), got {assessment.Vector} ({assessment.BaseScore}); unanswered: {string.Join(", ", assessment.Unanswered)}");
        }

        run.Verify();
    }
}
