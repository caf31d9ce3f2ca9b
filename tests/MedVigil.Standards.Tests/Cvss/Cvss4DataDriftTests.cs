using MedVigil.Standards.Cvss;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Cvss;

/// <summary>
/// The v4.0 tables ship inside MedVigil.Standards (Cvss4Data.g.cs) so it needs no data files; these tests fail when
/// that copy drifts from ../shared/data/cvss/v4/*.json, and leave the regenerated file in the temp folder.
/// </summary>
public sealed class Cvss4DataDriftTests
{
    [Fact]
    public void TheEmbeddedTablesHoldExactlyWhatTheJsonFilesHold()
    {
        var json = Cvss4DataSource.Load();
        var differences = new List<string>();
        Compare(differences, "metricOrder", Cvss4Data.MetricOrder.Select(Row), json.MetricOrder.Select(Row));
        Compare(differences, "severityLevels", Cvss4Data.SeverityLevels.Select(Row), json.SeverityLevels.Select(Row));
        Compare(differences, "notDefinedAs", Cvss4Data.NotDefinedAs.Select(Row), json.NotDefinedAs.Select(Row));
        Compare(differences, "modifies", Cvss4Data.Modifies.Select(Row), json.Modifies.Select(Row));
        Compare(differences, "lookup", Cvss4Data.Lookup.Select(Row), json.Lookup.Select(Row));
        Compare(differences, "maxComposed", Cvss4Data.MaxComposed.Select(Row), json.MaxComposed.Select(Row));
        Compare(differences, "maxSeverity", Cvss4Data.MaxSeverity.Select(Row), json.MaxSeverity.Select(Row));
        Compare(differences, "distanceMetrics", Cvss4Data.DistanceMetrics.Select(Row), json.DistanceMetrics.Select(Row));

        if (differences.Count > 0)
        {
            Assert.Fail(string.Join('\n', [Regenerated(json), .. differences]));
        }
    }

    [Fact]
    public void TheGeneratedFileIsExactlyWhatTheGeneratorWrites()
    {
        var json = Cvss4DataSource.Load();
        var committed = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot(), Cvss4DataSource.GeneratedFile));

        if (committed != json.Render())
        {
            Assert.Fail(Regenerated(json));
        }
    }

    [Fact]
    public void TheTablesCountInStepsOfOneTenthAsTheEmbeddedCopyAssumes() =>
        Cvss4DataSource.Load().Step.ShouldBe(0.1m);

    [Fact]
    public void EveryScoreGetsTheRatingOfTheSpecificationsBand()
    {
        foreach (var (rating, min, max) in Cvss4DataSource.Load().QualitativeSeverity)
        {
            for (var tenths = min; tenths <= max; tenths++)
            {
                CvssScore.FromTenths(tenths).Severity.ToString().ShouldBe(rating, $"score {tenths / 10m}");
            }
        }
    }

    private static void Compare(List<string> differences, string table, IEnumerable<string> embedded, IEnumerable<string> json)
    {
        var (e, j) = (embedded.ToList(), json.ToList());
        differences.AddRange(e.Except(j).Select(row => $"{table}: only embedded: {row}"));
        differences.AddRange(j.Except(e).Select(row => $"{table}: only in JSON: {row}"));
        if (e.Count == j.Count && !e.SequenceEqual(j))
        {
            differences.Add($"{table}: same rows in another order");
        }
    }

    private static string Row<T>(T tuple) where T : System.Runtime.CompilerServices.ITuple =>
        string.Join(" | ", Enumerable.Range(0, tuple.Length).Select(i => tuple[i] is string[] items ? string.Join(",", items) : $"{tuple[i]}"));

    private static string Regenerated(Cvss4DataSource json)
    {
        var path = Path.Combine(Path.GetTempPath(), "Cvss4Data.g.cs");
        File.WriteAllText(path, json.Render());
        return $"The embedded CVSS v4.0 tables differ from the JSON. The regenerated file is at {path}: review it and copy it to {Cvss4DataSource.GeneratedFile}.";
    }
}
