using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>
/// Why a statement applied: the statement, the identifiers that matched, the comparison that decided the version
/// (<c>2.1.0 &lt; 2.3.0 fixed (semver)</c>), and the source document. The engine writes the texts only when someone
/// reads them: a full analysis decides millions of findings, and most explanations are read once, when stored.
/// </summary>
public sealed class Explanation : IEquatable<Explanation>
{
    private readonly Func<object, object?, ExplanationText>? _describe;
    private readonly object? _first;
    private readonly object? _second;
    private ExplanationText? _text;

    public Explanation(string statement, string identifiers, string comparison, StatementProvenance source)
    {
        _text = new ExplanationText(statement, identifiers, comparison);
        Source = source;
    }

    /// <param name="describe">Writes the texts from <paramref name="first"/> and <paramref name="second"/>; static, so no closure is kept per hit.</param>
    internal Explanation(StatementProvenance source, Func<object, object?, ExplanationText> describe, object first, object? second = null)
    {
        Source = source;
        _describe = describe;
        _first = first;
        _second = second;
    }

    public string Statement => Text.Statement;

    public string Identifiers => Text.Identifiers;

    public string Comparison => Text.Comparison;

    public StatementProvenance Source { get; }

    // Two threads may both write the text; they write the same value, and the reference is assigned atomically.
    private ExplanationText Text => _text ??= _describe!(_first!, _second);

    public bool Equals(Explanation? other) =>
        other is not null && (ReferenceEquals(this, other) || (Text == other.Text && Source == other.Source));

    public override bool Equals(object? obj) => Equals(obj as Explanation);

    public override int GetHashCode() => HashCode.Combine(Text, Source);

    public override string ToString() => $"{Identifiers}; {Comparison}; {Statement} [{Source}]";
}

/// <summary>The texts of an <see cref="Explanation"/>.</summary>
internal sealed record ExplanationText(string Statement, string Identifiers, string Comparison);

/// <summary>
/// A finding of the engine: a target is (or is not, or may be) affected by a vulnerability, through a component
/// (null for device-level matches), with the analysis a VEX or vendor statement gave, why, and the other statements
/// that also applied but lost by precedence (ADR 0018).
/// </summary>
public sealed record MatchFinding(
    string TargetId,
    string VulnerabilityId,
    Domain.Findings.FindingStatus Status,
    VexAnalysis? Analysis,
    InventoryComponent? Component,
    Explanation Explanation,
    IReadOnlyList<Explanation> AlsoApplied)
{
    public override string ToString() => $"{TargetId} {VulnerabilityId} {Status}: {Explanation}";
}
