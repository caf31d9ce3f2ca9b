namespace MedVigil.Standards.Rubric;

/// <summary>
/// What the rubric makes of a set of answers: the CVSS v3.1 base vector, each metric's value with its reason, and the
/// questions the flow reached without an answer (scored as UNKNOWN, i.e. the worst case), and the vector's CVSS v3.1
/// base score.
/// </summary>
public sealed class RubricAssessment
{
    internal RubricAssessment(IReadOnlyList<RubricMetricResult> metrics)
    {
        Metrics = metrics;
        Vector = "CVSS:3.1/" + string.Join('/', metrics);
        Unanswered = metrics.SelectMany(m => m.DecidedBy).Where(a => a.Answer is null).Select(a => a.QuestionId).Distinct().ToList();
        CvssVector = Cvss.Cvss3Vector.Parse(Vector);
    }

    /// <summary>The vector as a CVSS value, for its base score and severity.</summary>
    public Cvss.Cvss3Vector CvssVector { get; }

    /// <summary>The CVSS v3.1 base score of <see cref="Vector"/>.</summary>
    public Cvss.CvssScore BaseScore => CvssVector.BaseScore;

    /// <summary>The base vector, e.g. <c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>.</summary>
    public string Vector { get; }

    /// <summary>AV, AC, PR, UI, S, C, I, A in vector order, each with its reason.</summary>
    public IReadOnlyList<RubricMetricResult> Metrics { get; }

    /// <summary>
    /// Question ids that decided a metric without being answered (each counted as UNKNOWN). Empty when every
    /// question on the paths taken was answered.
    /// </summary>
    public IReadOnlyList<string> Unanswered { get; }

    /// <summary>The result for one metric, by its abbreviation (AV … A).</summary>
    public RubricMetricResult this[string metric] =>
        Metrics.FirstOrDefault(m => m.Metric == metric) ?? throw new ArgumentException($"'{metric}' is not a CVSS v3 base metric.", nameof(metric));

    /// <inheritdoc />
    public override string ToString() => Vector;
}
