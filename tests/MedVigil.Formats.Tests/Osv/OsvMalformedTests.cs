using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Osv;

namespace MedVigil.Formats.Tests.Osv;

/// <summary>The OSV reader on broken records: every problem an issue at its JSON pointer.</summary>
public sealed class OsvMalformedTests
{
    private const string Record = """
        {"schema_version":"1.6.0","id":"GO-2022-0959","modified":"2024-05-20T16:03:47Z","published":"2022-08-29T22:15:46Z",
         "aliases":["CVE-2022-29179"],"summary":"s","details":"d",
         "affected":[{"package":{"ecosystem":"Go","name":"github.com/cilium/cilium","purl":"pkg:golang/github.com/cilium/cilium"},
           "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.10.14"},{"introduced":"1.11.0"},{"fixed":"1.11.8"}]},
                     {"type":"GIT","repo":"https://github.com/cilium/cilium","events":[{"introduced":"0"},{"fixed":"5bd5e16e2a2e6e5f0d4f9e7e8e5c9b2f6a1d3c4e"}]}],
           "versions":["1.10.0"],"ecosystem_specific":{"imports":[{"path":"p"}]}}],
         "references":[{"type":"FIX","url":"https://github.com/cilium/cilium/pull/1"}],
         "credits":[{"name":"n","contact":["c"],"type":"FINDER"}]}
        """;

    private static ReadResult<OsvRecord> Read(string json, ReaderLimits? limits = null) =>
        OsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits);

    [Fact]
    public void TheSampleRecordIsValidAndComplete()
    {
        var result = Read(Record);

        result.Issues.ShouldBeEmpty();
        var affected = result.Document!.Affected.ShouldHaveSingleItem();
        affected.Package.ShouldBe(new OsvPackage("Go", "github.com/cilium/cilium", "pkg:golang/github.com/cilium/cilium"));
        affected.Ranges.Select(r => (r.Type, r.Events.Count)).ShouldBe([(OsvRangeType.Semver, 4), (OsvRangeType.Git, 2)]);
        affected.Versions.ShouldBe(["1.10.0"]);
        affected.EcosystemSpecific!.Value.GetProperty("imports")[0].GetProperty("path").GetString().ShouldBe("p");
        result.Document.Credits.ShouldHaveSingleItem().Type.ShouldBe("FINDER");
    }

    [Theory]
    [InlineData("\"id\":\"GO-2022-0959\",", "", "/id", "json-missing")] // required
    [InlineData("\"modified\":\"2024-05-20T16:03:47Z\"", "\"modified\":\"May 2024\"", "/modified", "bad-date")] // not RFC 3339
    [InlineData("\"type\":\"SEMVER\"", "\"type\":\"SEMVER2\"", "/affected/0/ranges/0/type", "osv-range-type")] // unknown range type
    [InlineData("{\"introduced\":\"1.11.0\"}", "{\"introduced\":\"1.11.0\",\"fixed\":\"1.12\"}", "/affected/0/ranges/0/events/2", "osv-event")] // two kinds in one event
    [InlineData("{\"fixed\":\"1.11.8\"}", "{\"last_affected\":\"1.11.7\"}", "/affected/0/ranges/0/events", "osv-fixed-and-last-affected")] // exclusive kinds
    [InlineData("\"repo\":\"https://github.com/cilium/cilium\",", "", "/affected/0/ranges/1/repo", "json-missing")] // GIT needs a repo
    [InlineData("5bd5e16e2a2e6e5f0d4f9e7e8e5c9b2f6a1d3c4e", "5bd5e16", "/affected/0/ranges/1/events/1/fixed", "osv-git-commit")] // short hash
    [InlineData("\"name\":\"github.com/cilium/cilium\",", "", "/affected/0/package/name", "json-missing")] // package without name
    [InlineData("\"type\":\"FIX\"", "\"type\":\"PATCH\"", "/references/0/type", "osv-enum")] // unknown reference type
    [InlineData("\"versions\":[\"1.10.0\"]", "\"versions\":\"1.10.0\"", "/affected/0/versions", "json-type")] // wrong type
    [InlineData("\"aliases\":[\"CVE-2022-29179\"]", "\"aliases\":[\"CVE-2022-29179\",7]", "/aliases/1", "json-type")] // a number in a string list
    public void ABadFieldIsAnErrorAtItsPointer(string find, string replace, string pointer, string code)
    {
        Record.ShouldContain(find);
        var result = Read(Record.Replace(find, replace, StringComparison.Ordinal));

        result.Document.ShouldBeNull();
        result.Errors.ShouldContain(i => i.Location == pointer && i.Code == code, string.Join("; ", result.Issues));
    }

    [Fact]
    public void SeverityAtTheTopAndPerPackageIsAnError()
    {
        var both = Record.Replace("\"summary\":\"s\"", "\"severity\":[{\"type\":\"CVSS_V3\",\"score\":\"CVSS:3.1/AV:N\"}],\"summary\":\"s\"", StringComparison.Ordinal)
            .Replace("\"versions\":", "\"severity\":[{\"type\":\"CVSS_V3\",\"score\":\"CVSS:3.1/AV:N\"}],\"versions\":", StringComparison.Ordinal);

        Read(both).Errors.ShouldHaveSingleItem().ShouldBe(new FormatIssue("/severity", "osv-severity-both",
            "A record with a top-level severity cannot also give severities per affected package."));
    }

    [Fact]
    public void TooManyEventsAreRefused() =>
        Read(Record, ReaderLimits.Default with { MaxItems = 3 }).Errors.ShouldContain(i => i.Code == "limit-items" && i.Location == "/affected/0/ranges/0/events");
}
