namespace MedVigil.Cli.Workload;

/// <summary>
/// Draws indexes 0..n-1 with Zipf-like weights 1/(k+1)^s: index 0 (the most common package) most often, the tail rarely.
/// </summary>
internal sealed class SkewedPicker
{
    private readonly double[] _cumulative;

    public SkewedPicker(int count, double exponent)
    {
        _cumulative = new double[count];
        var sum = 0.0;
        for (var k = 0; k < count; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, exponent);
            _cumulative[k] = sum;
        }
    }

    public int Next(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return Math.Min(at < 0 ? ~at : at, _cumulative.Length - 1);
    }
}
