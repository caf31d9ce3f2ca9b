using System.Text;

namespace MedVigil.Standards.Ssvc;

/// <summary>One value chosen for a decision point, e.g. Exploitation = Public PoC (<c>ssvc:E:1.1.0:P</c>).</summary>
public sealed record SsvcSelection(SsvcDecisionPoint DecisionPoint, SsvcValueInfo Value)
{
    /// <summary>The official value summary, <c>namespace:key:version:valueKey</c>.</summary>
    public override string ToString() => $"{DecisionPoint.Id}:{Value.Key}";
}

/// <summary>
/// The explanation of a decision: the table row that decided it, and the rows of the child tables that derived
/// one of its inputs (e.g. the Human Impact row behind the deployer's Human Impact column).
/// </summary>
public sealed class SsvcTableRow
{
    internal SsvcTableRow(
        SsvcDecisionTable table, int row, IReadOnlyList<SsvcSelection> inputs, SsvcSelection outcome, IReadOnlyList<SsvcTableRow> derivations) =>
        (Table, Row, Inputs, Outcome, Derivations) = (table, row, inputs, outcome, derivations);

    /// <summary>The table the row belongs to.</summary>
    public SsvcDecisionTable Table { get; }

    /// <summary>The 0-based row number, as in SSVC's CSV export of the table.</summary>
    public int Row { get; }

    /// <summary>The row's input values, in the table's column order.</summary>
    public IReadOnlyList<SsvcSelection> Inputs { get; }

    /// <summary>The row's outcome.</summary>
    public SsvcSelection Outcome { get; }

    /// <summary>The child-table rows that derived some of <see cref="Inputs"/>; empty when the inputs were given directly.</summary>
    public IReadOnlyList<SsvcTableRow> Derivations { get; }

    /// <summary>
    /// E.g. <c>Deployer Patch Application Priority (ssvc:DT_DP:1.0.0) row 47: Exploitation = Public PoC, …
    /// → Out-of-Cycle</c>, followed by one indented line per derivation.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, this, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, SsvcTableRow row, int depth)
    {
        text.Append(' ', depth * 2)
            .Append(depth == 0 ? "" : "where ")
            .Append(row.Table).Append(" row ").Append(row.Row).Append(": ")
            .AppendJoin(", ", row.Inputs.Select(s => $"{s.DecisionPoint.Name} = {s.Value.Name}"))
            .Append(" → ").Append(row.Outcome.Value.Name);
        foreach (var derivation in row.Derivations)
        {
            Append(text.Append('\n'), derivation, depth + 1);
        }
    }
}

/// <summary>A decision and the table rows that explain it.</summary>
/// <typeparam name="TOutcome">The outcome enum, e.g. <see cref="DeployerPriority"/>.</typeparam>
public sealed record SsvcDecision<TOutcome>(TOutcome Outcome, SsvcTableRow Because)
    where TOutcome : struct, Enum
{
    /// <inheritdoc />
    public override string ToString() => Because.ToString();
}
