using MedVigil.Formats.Csaf;
using MedVigil.Testing;

namespace MedVigil.Matching.Tests.Icsma;

/// <summary>
/// Issue 5 "done when": the real CISA medical advisories against an inventory built by reading them (affected,
/// fixed and boundary versions, look-alike products, the same product under another vendor, vendor spellings).
/// Each advisory is matched alone against the devices built from it, as a hospital sees one new advisory.
/// </summary>
public sealed class IcsmaCorpusTests
{
    [Fact]
    public void Icsma_corpus_precision_and_recall_are_at_least_98_percent()
    {
        var documents = Directory.GetFiles(SharedData.Path("icsma"), "*.json", SearchOption.AllDirectories)
            .Select(f => CsafReader.Read(f).Document!).ToDictionary(d => d.Document.Tracking.Id, StringComparer.Ordinal);
        var labels = IcsmaCorpus.Labels().ToLookup(l => l.AssetId, StringComparer.Ordinal);
        var all = new IcsmaScore();
        var inFields = new IcsmaScore(l => l.InFields);
        var inFieldsNoAlias = new IcsmaScore(l => l.InFields && l.Kind != "alias");
        var devices = IcsmaCorpus.Devices();
        foreach (var advisory in devices.GroupBy(d => IcsmaCorpus.AdvisoryOf(d.AssetId), StringComparer.Ordinal))
        {
            var engine = new MatchingEngine();
            engine.LoadStatements(CsafStatements.Convert(documents[advisory.Key]));
            foreach (var device in advisory)
            {
                engine.LoadTarget(new MatchTarget(device.AssetId, [], IcsmaCorpus.Facts(device)));
            }

            var findings = engine.EvaluateAll().ToLookup(f => f.TargetId, StringComparer.Ordinal);
            foreach (var device in advisory)
            {
                IReadOnlyList<ExpectedLabel> expected = [.. labels[device.AssetId]];
                IReadOnlyList<MatchFinding> found = [.. findings[device.AssetId]];
                all.Add(device.AssetId, expected, found);
                inFields.Add(device.AssetId, expected, found);
                inFieldsNoAlias.Add(device.AssetId, expected, found);
            }
        }

        var output = TestContext.Current.TestOutputHelper;
        var advisories = devices.Select(d => IcsmaCorpus.AdvisoryOf(d.AssetId)).Distinct(StringComparer.Ordinal).Count();
        output?.WriteLine($"{advisories} advisories, {devices.Count} devices, under investigation {all.UnderInvestigation}, fixed {all.FixedAgreed}/{all.FixedLabelled}");
        output?.WriteLine("all labels: " + all.Summary);
        output?.WriteLine("labels the advisory's fields carry: " + inFields.Summary);
        output?.WriteLine("labels the advisory's fields carry, vendor spellings left out: " + inFieldsNoAlias.Summary);
        output?.WriteLine("agreement by kind: " + string.Join(", ", all.Kinds()));
        foreach (var miss in all.FalsePositives.Concat(all.FalseNegatives))
        {
            output?.WriteLine(miss);
        }

        advisories.ShouldBeGreaterThanOrEqualTo(70);
        // Issue 5 "done when": precision and recall over every label, prose-only ones included (measured 0.9977 and
        // 0.9961; each remaining miss and false positive is explained in docs/conformance.md).
        all.Precision.ShouldBeGreaterThanOrEqualTo(0.98, string.Join(Environment.NewLine, all.FalsePositives.Take(20)));
        all.Recall.ShouldBeGreaterThanOrEqualTo(0.98, string.Join(Environment.NewLine, all.FalseNegatives.Take(20)));
        inFields.Recall.ShouldBeGreaterThanOrEqualTo(0.98, string.Join(Environment.NewLine, inFields.FalseNegatives.Take(20)));
        inFieldsNoAlias.Recall.ShouldBeGreaterThanOrEqualTo(0.98, string.Join(Environment.NewLine, inFieldsNoAlias.FalseNegatives.Take(20)));
        all.Disagreed("decoy-product").ShouldBe(0, "a look-alike product is never affected");
        all.Disagreed("decoy-vendor").ShouldBe(0, "the same product under another vendor is never affected");
    }
}
