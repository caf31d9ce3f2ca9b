using MedVigil.Domain.Findings;
using static MedVigil.Matching.Tests.Documents;
using static MedVigil.Matching.Tests.Engines;

namespace MedVigil.Matching.Tests.Regression;

/// <summary>
/// One named test per false-positive report in field-anchors §B.1 (Dependency-Track issues), on real records from
/// ../shared/data where one exists, else on a minimal hand-written document.
/// </summary>
public sealed class RegressionCorpusTests
{
    // DT 2803: gSOAP 2.8.123e was reported for a CVE fixed in 2.8.75 (letter suffix mis-ordered).
    [Theory]
    [InlineData("2.8.123e", null)]
    [InlineData("2.8.75", null)]
    [InlineData("2.8.74", FindingStatus.Affected)]
    [InlineData("2.8.74a", FindingStatus.Affected)]
    public void Gsoap_2_8_123e_is_outside_a_range_fixed_in_2_8_75(string version, FindingStatus? expected)
    {
        var cve = Nvd("CVE-2019-7659", null, Or(Match("cpe:2.3:a:genivia:gsoap:*:*:*:*:*:*:*:*", startIncluding: "2.8.0", endExcluding: "2.8.75")));

        var findings = Evaluate(cve, Target("mv", Cpe($"cpe:2.3:a:genivia:gsoap:{version}:*:*:*:*:*:*:*")));

        findings.SingleOrDefault()?.Status.ShouldBe(expected!.Value);
        if (expected is null)
        {
            findings.ShouldBeEmpty();
        }
    }

    // DT 6989 / 5776: disjoint ranges in one OSV `ranges` object; Django 6.0.4 was flagged.
    [Theory]
    [InlineData("6.0.4", null)]
    [InlineData("4.2.11", null)]
    [InlineData("4.2.10", FindingStatus.Affected)]
    [InlineData("5.0.2", FindingStatus.Affected)]
    [InlineData("5.0.3", null)]
    [InlineData("3.2.24", FindingStatus.Affected)]
    [InlineData("3.2.25", null)]
    public void Django_6_0_4_is_not_in_disjoint_osv_ranges(string version, FindingStatus? expected)
    {
        var record = Osv("""
            {"schema_version":"1.6.0","id":"PYSEC-2024-0001","modified":"2024-03-04T00:00:00Z","aliases":["CVE-2024-27351"],
             "affected":[{"package":{"ecosystem":"PyPI","name":"Django"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"3.2.25"},{"introduced":"4.0"},{"fixed":"4.2.11"},{"introduced":"5.0"},{"fixed":"5.0.3"}]}]}]}
            """);
        var findings = Evaluate(record, Target("mv", Purl($"pkg:pypi/django@{version}")));

        if (expected is null)
        {
            findings.ShouldBeEmpty();
        }
        else
        {
            findings.ShouldHaveSingleItem().Status.ShouldBe(expected.Value);
            findings[0].VulnerabilityId.ShouldBe("CVE-2024-27351");
        }
    }

    // DT 5716: `introduced: 0` not matching; real GHSA-converted record with introduced 0 and a second pair.
    [Theory]
    [InlineData("2.2.0", true)]
    [InlineData("3.0.21", false)]
    [InlineData("4.0.0", false)]
    [InlineData("4.0.1", true)]
    [InlineData("4.0.4", true)]
    [InlineData("4.0.5", false)]
    public void Introduced_zero_matches_from_the_first_version(string version, bool affected)
    {
        var record = OsvFile("osv-schema-ghsa-converted", "multiple_ranges_in_package.osv.json");

        var findings = Evaluate(record, Target("mv", Purl($"pkg:gem/passenger@{version}")));

        findings.Count.ShouldBe(affected ? 1 : 0);
    }

    // DT 5894: Debian epoch — `2:9.0.0` was ordered before `8.3.2`.
    // A Debian 11 fix says nothing of Debian 12: OSV's Debian:11 ecosystem holds only for bullseye.
    [Theory]
    [InlineData("?distro=debian-11", "affected")]
    [InlineData("?distro=bullseye", "affected")]
    [InlineData("?distro=debian-11.6", "affected")]
    [InlineData("?distro=debian-12", null)]
    [InlineData("?distro=bookworm", null)]
    [InlineData("", "under_investigation")]
    public void Debian_release_specific_records_apply_only_to_their_release(string qualifier, string? expected)
    {
        var record = Osv("""
            {"schema_version":"1.6.0","id":"DEBIAN-CVE-2023-0286","modified":"2024-01-01T00:00:00Z","upstream":["CVE-2023-0286"],
             "affected":[{"package":{"ecosystem":"Debian:11","name":"openssl"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.1.1n-0+deb11u4"}]}]}]}
            """);

        var findings = Evaluate(record, Target("mv", Purl("pkg:deb/debian/openssl@1.1.1n-0%2Bdeb11u3" + qualifier)));

        if (expected is null)
        {
            findings.ShouldBeEmpty();
            return;
        }

        var finding = findings.ShouldHaveSingleItem();
        (finding.VulnerabilityId, finding.Status.ToString()).ShouldBe(("CVE-2023-0286", expected == "affected" ? "Affected" : "UnderInvestigation"));
        (expected == "affected" ? finding.Explanation.Identifiers : finding.Explanation.Comparison).ShouldContain(
            expected == "affected" ? "on debian:11" : "the statement is for debian:11 and the component's purl names no distro release");
    }

    [Theory]
    [InlineData("2:8.3.2-1", true)]
    [InlineData("2:8.2.2434-3+deb11u1", true)]
    [InlineData("2:9.0.0", false)]
    [InlineData("2:9.0.1378-2", false)]
    [InlineData("9.1.0-1", true)]
    public void Debian_epoch_2_9_0_0_orders_after_8_3_2(string version, bool affected)
    {
        var record = Osv("""
            {"schema_version":"1.6.0","id":"DEBIAN-CVE-2022-0001","modified":"2024-01-01T00:00:00Z",
             "affected":[{"package":{"ecosystem":"Debian:12","name":"vim"},
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2:9.0.0"}]}]}]}
            """);

        var findings = Evaluate(record, Target("mv", Purl($"pkg:deb/debian/vim@{Uri.EscapeDataString(version)}?distro=bookworm")));

        findings.Count.ShouldBe(affected ? 1 : 0);
        if (affected)
        {
            findings[0].Explanation.Comparison.ShouldContain("< 2:9.0.0 fixed (deb)");
        }
    }

    // DT 5165 / 6115: "running on" platform ignored — a Windows-only CVE matched a Linux device. Real CVE-2022-31610.
    [Fact]
    public void Windows_only_cve_does_not_match_a_linux_device()
    {
        var cve = NvdRecordFile("CVE-2022-31610");
        var vgpu = Cpe("cpe:2.3:a:nvidia:virtual_gpu:13.1:*:*:*:*:*:*:*");

        var findings = Evaluate(cve,
            Target("linux", vgpu, Cpe("cpe:2.3:o:linux:linux_kernel:5.15:*:*:*:*:*:*:*")),
            Target("windows", vgpu, Cpe("cpe:2.3:o:microsoft:windows:-:*:*:*:*:*:*:*")),
            Target("unknown-os", vgpu));

        findings.ShouldNotContain(f => f.TargetId == "linux");
        var windows = findings.Single(f => f.TargetId == "windows");
        windows.Status.ShouldBe(FindingStatus.Affected);
        windows.Explanation.Comparison.ShouldContain("running on cpe:2.3:o:microsoft:windows");
        var unknown = findings.Single(f => f.TargetId == "unknown-os");
        unknown.Status.ShouldBe(FindingStatus.UnderInvestigation);
        unknown.Explanation.Comparison.ShouldContain("names no OperatingSystem CPE");
    }

    // DT 5070 / PR 5304 / 6113: hardware CPEs in AND configurations never matched. Real CVE-2022-31610 (GeForce driver).
    [Fact]
    public void Hardware_and_configuration_needs_the_hardware()
    {
        var cve = NvdRecordFile("CVE-2022-31610");
        var driver = Cpe("cpe:2.3:a:nvidia:gpu_display_driver:472.12:*:*:*:*:windows:*:*");

        var findings = Evaluate(cve,
            Target("geforce", driver, Cpe("cpe:2.3:h:nvidia:geforce:-:*:*:*:*:*:*:*")),
            Target("other-card", driver, Cpe("cpe:2.3:h:nvidia:jetson_nano:-:*:*:*:*:*:*:*")),
            Target("fixed-driver", Cpe("cpe:2.3:a:nvidia:gpu_display_driver:473.81:*:*:*:*:windows:*:*"), Cpe("cpe:2.3:h:nvidia:geforce:-:*:*:*:*:*:*:*")));

        findings.ShouldHaveSingleItem().TargetId.ShouldBe("geforce");
        findings[0].Status.ShouldBe(FindingStatus.Affected);
        findings[0].Explanation.Comparison.ShouldContain("472.12 >= 471.11 and 472.12 < 473.81 (firmware)");
    }

    // DT 3178 / 3209: wildcard-vendor CPE matching put Nextcloud Mail CVEs on javax.mail.
    [Fact]
    public void Javax_mail_is_not_nextcloud_mail()
    {
        var cve = Nvd("CVE-2021-32652", null, Or(Match("cpe:2.3:a:nextcloud:mail:*:*:*:*:*:*:*:*", endExcluding: "1.9.6")));

        var findings = Evaluate(cve,
            Target("purl-only", Purl("pkg:maven/com.sun.mail/javax.mail@1.6.2")),
            Target("guessed-cpe", new InventoryComponent("pkg:maven/com.sun.mail/javax.mail@1.6.2", "cpe:2.3:a:*:mail:1.6.2:*:*:*:*:*:*:*", "javax.mail", "1.6.2")),
            Target("real", Cpe("cpe:2.3:a:nextcloud:mail:1.9.5:*:*:*:*:*:*:*")));

        findings.ShouldHaveSingleItem().TargetId.ShouldBe("real");
    }

    // DT 3500 / 3063: go-sql-driver/mysql got ~200 unrelated MySQL server CVEs. Real CVE-2023-21878 configuration.
    [Fact]
    public void Go_sql_driver_mysql_is_not_mysql_server()
    {
        var cve = NvdOverrideFile("2023", "CVE-2023-21878");

        var findings = Evaluate(cve,
            Target("driver", Purl("pkg:golang/github.com/go-sql-driver/mysql@v1.7.0")),
            Target("driver-guessed-cpe", new InventoryComponent("pkg:golang/github.com/go-sql-driver/mysql@v1.7.0", "cpe:2.3:a:*:mysql:1.7.0:*:*:*:*:*:*:*", "mysql", "1.7.0")),
            Target("server", Cpe("cpe:2.3:a:oracle:mysql:8.0.31:*:*:*:*:*:*:*")));

        var server = findings.ShouldHaveSingleItem();
        server.TargetId.ShouldBe("server");
        server.Explanation.Comparison.ShouldBe("8.0.31 < 8.0.32 (firmware)");
    }

    // DT 3268: a CPE without a version re-created the same findings on every component version.
    [Fact]
    public void A_component_cpe_without_version_is_only_under_investigation()
    {
        var cve = Nvd("CVE-2020-0001", null, Or(Match("cpe:2.3:a:openssl:openssl:*:*:*:*:*:*:*:*", startIncluding: "1.1.1", endExcluding: "1.1.1g")));

        var finding = Evaluate(cve, Target("mv", Cpe("cpe:2.3:a:openssl:openssl:*:*:*:*:*:*:*:*"))).ShouldHaveSingleItem();

        finding.Status.ShouldBe(FindingStatus.UnderInvestigation);
        finding.Explanation.Comparison.ShouldContain("no version");
    }

    // DT 6989 family: a withdrawn OSV record must not match anything. Real GHSA-converted record.
    [Fact]
    public void A_withdrawn_osv_record_gives_no_statement()
    {
        var set = OsvFile("osv-schema-ghsa-converted", "withdrawn.osv.json");

        set.Statements.ShouldBeEmpty();
        set.Skipped.ShouldHaveSingleItem().Reason.ShouldContain("withdrawn");
    }
}
