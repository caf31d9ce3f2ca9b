namespace MedVigil.Standards.Ssvc;

/// <summary>
/// An SSVC decision table embedded in MedVigil: its identity, its input columns and outcome, and its rows in the
/// official order (the last input varies fastest), numbered from 0 as in SSVC's CSV export.
/// </summary>
public sealed class SsvcDecisionTable
{
    private readonly byte[] outcomes;

    internal SsvcDecisionTable(
        string id, string name, IReadOnlyList<SsvcDecisionPoint> inputs, SsvcDecisionPoint outcome, ReadOnlySpan<byte> outcomes)
    {
        var rows = inputs.Aggregate(1, (product, input) => product * input.Values.Count);
        if (rows != outcomes.Length)
        {
            throw new ArgumentException($"{id} has {rows} input combinations but {outcomes.Length} outcomes.", nameof(outcomes));
        }

        (Id, Name, Inputs, Outcome, this.outcomes) = (id, name, inputs, outcome, outcomes.ToArray());
    }

    /// <summary><c>namespace:key:version</c>, e.g. <c>ssvc:DT_DP:1.0.0</c>.</summary>
    public string Id { get; }

    /// <summary>The table's name, e.g. <c>Deployer Patch Application Priority</c>.</summary>
    public string Name { get; }

    /// <summary>The input columns, outermost first.</summary>
    public IReadOnlyList<SsvcDecisionPoint> Inputs { get; }

    /// <summary>The outcome column.</summary>
    public SsvcDecisionPoint Outcome { get; }

    /// <summary>How many rows the table has: one per combination of input values.</summary>
    public int RowCount => outcomes.Length;

    /// <summary>Row <paramref name="row"/> (0-based) with its input values and outcome.</summary>
    public SsvcTableRow Row(int row) => Row(row, []);

    /// <summary>Every row, in order.</summary>
    public IEnumerable<SsvcTableRow> Rows() => Enumerable.Range(0, RowCount).Select(Row);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";

    internal SsvcTableRow Row(int row, IReadOnlyList<SsvcTableRow> derivations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        var inputs = new SsvcSelection[Inputs.Count];
        var rest = row;
        for (var i = Inputs.Count - 1; i >= 0; i--)
        {
            var count = Inputs[i].Values.Count;
            inputs[i] = new SsvcSelection(Inputs[i], Inputs[i].Values[rest % count]);
            rest /= count;
        }

        return new SsvcTableRow(this, row, inputs, new SsvcSelection(Outcome, Outcome.Values[outcomes[row]]), derivations);
    }
}
