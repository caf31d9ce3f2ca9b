using static MedVigil.Standards.Rubric.RubricAnswer;

namespace MedVigil.Standards.Rubric;

/// <summary>
/// Confidentiality, Integrity and Availability: each of the six data categories gets a level, and the worst category
/// wins (High over Low over None). UNKNOWN or a missing answer is High. PHI/PII confidentiality follows the rubric's
/// flow: readable PHI is High only at breach-notification scale (XCPM, about 500 patients or more), otherwise Low.
/// </summary>
internal static class ImpactFlows
{
    private sealed record CategoryLevel(RubricDataCategory Category, char Level, IReadOnlyList<RubricAnswerUsed> Answers, string Why);

    public static RubricMetricResult Confidentiality(RubricAnswers answers) => WorstCategory(answers, "C");

    public static RubricMetricResult Integrity(RubricAnswers answers) => WorstCategory(answers, "I");

    public static RubricMetricResult Availability(RubricAnswers answers) => WorstCategory(answers, "A");

    private static RubricMetricResult WorstCategory(RubricAnswers answers, string metric)
    {
        var levels = Enum.GetValues<RubricDataCategory>().Select(c => LevelOf(answers, c, metric)).ToList();
        var worst = levels.Select(l => l.Level).MaxBy(Rank);
        var decisive = levels.Where(l => l.Level == worst).ToList();
        var because = worst == 'N' ? "no category loses anything" : "the worst category wins";
        var reason = $"{because}: {string.Join("; ", decisive.Select(Describe))} → {CvssV3Names.Of(metric, worst)}.";
        return new RubricMetricResult(metric, worst, reason, decisive.SelectMany(l => l.Answers).ToArray());
    }

    private static CategoryLevel LevelOf(RubricAnswers answers, RubricDataCategory category, string metric)
    {
        if (category == RubricDataCategory.PhiPii && metric == "C")
        {
            return PhiConfidentiality(answers);
        }

        var question = RubricQuestions.Of(category, metric).Single();
        var answered = answers.TryGet(question.Id, out var answer);
        var used = new[] { new RubricAnswerUsed(question.Id, answered ? answer : null) };
        return !answered || answer == Unknown
            ? new(category, 'H', used, "unknown, so the worst case")
            : new(category, answer == High ? 'H' : answer == Low ? 'L' : 'N', used, "");
    }

    private static CategoryLevel PhiConfidentiality(RubricAnswers answers)
    {
        var readable = Ask(answers, RubricQuestions.XCP);
        if (readable.Answer is not (Yes or No))
        {
            return new(RubricDataCategory.PhiPii, 'H', [readable], "whether PHI/PII can be read is unknown, so the worst case");
        }

        if (readable.Answer == No)
        {
            return new(RubricDataCategory.PhiPii, 'N', [readable], "");
        }

        var many = Ask(answers, RubricQuestions.XCPM);
        return many.Answer switch
        {
            Yes => new(RubricDataCategory.PhiPii, 'H', [readable, many], "readable at breach-notification scale (about 500 patients or more)"),
            No => new(RubricDataCategory.PhiPii, 'L', [readable, many], "readable, but below breach-notification scale"),
            _ => new(RubricDataCategory.PhiPii, 'H', [readable, many], "readable, and how many patients is unknown, so the worst case"),
        };
    }

    private static RubricAnswerUsed Ask(RubricAnswers answers, string questionId) =>
        new(questionId, answers.TryGet(questionId, out var answer) ? answer : null);

    private static string Describe(CategoryLevel level) =>
        $"{ShortName(level.Category)} ({string.Join(", ", level.Answers)}{(level.Why.Length > 0 ? ": " + level.Why : "")})";

    private static int Rank(char level) => level switch { 'H' => 2, 'L' => 1, _ => 0 };

    private static string ShortName(RubricDataCategory category) => category switch
    {
        RubricDataCategory.PhiPii => "PHI/PII",
        RubricDataCategory.DiagnosisOrMonitoring => "diagnosis or monitoring",
        RubricDataCategory.TherapyDelivery => "delivery of therapy",
        RubricDataCategory.ClinicalWorkflow => "clinical workflow",
        RubricDataCategory.PrivateSystemData => "private system or system-user data",
        _ => "other critical data or functionality",
    };
}
