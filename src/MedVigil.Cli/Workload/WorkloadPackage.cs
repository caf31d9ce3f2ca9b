using System.Text;

namespace MedVigil.Cli.Workload;

/// <summary>
/// A package of the workload with its versions in ascending order. SBOMs use every version but the last, so a
/// <c>fixed</c> bound can always lie past every installed version. Generic packages carry their CPE vendor and product.
/// </summary>
internal sealed record WorkloadPackage(WorkloadEcosystem Ecosystem, string? Namespace, string Name, IReadOnlyList<string> Versions, string? CpeVendor = null, string? CpeProduct = null)
{
    /// <summary>The versions an SBOM may list (all but the newest).</summary>
    public int InstalledVersions => Versions.Count - 1;

    /// <summary>The name OSV gives the package in its ecosystem: <c>group:artifact</c> for Maven, the module path for Go.</summary>
    public string OsvName => Ecosystem.PurlType switch
    {
        "maven" => $"{Namespace}:{Name}",
        "golang" or "npm" when Namespace is not null => $"{Namespace}/{Name}",
        _ => Name,
    };

    /// <summary>The version as OSV writes it: Go's SEMVER ranges drop the <c>v</c>.</summary>
    public string OsvVersion(int index) => Ecosystem.PurlType == "golang" ? Versions[index].TrimStart('v') : Versions[index];

    public string Purl(string version)
    {
        var purl = new StringBuilder("pkg:").Append(Ecosystem.PurlType).Append('/');
        var ns = Namespace ?? Ecosystem.PurlNamespace;
        if (ns is not null)
        {
            purl.AppendJoin('/', ns.Split('/').Select(Uri.EscapeDataString)).Append('/');
        }

        purl.Append(Uri.EscapeDataString(Name)).Append('@').Append(Uri.EscapeDataString(version));
        // As SBOM tools write Debian packages: the release they come from, which Debian:11 OSV records are limited to.
        return (Ecosystem == WorkloadEcosystem.Deb ? purl.Append("?arch=amd64&distro=debian-11") : purl).ToString();
    }

    /// <summary>The component's CPE 2.3 name (generic packages only): <c>cpe:2.3:a:vendor:product:version:*:…</c>.</summary>
    public string? Cpe(string version) => CpeVendor is null ? null : CpeName(CpeVendor, CpeProduct!, CpeEscape(version));

    public static string CpeName(string vendor, string product, string version, char part = 'a') =>
        $"cpe:2.3:{part}:{vendor}:{product}:{version}:*:*:*:*:*:*:*";

    /// <summary>CPE 2.3 formatted-string quoting of the punctuation a version may hold.</summary>
    public static string CpeEscape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '.' and not '_' and not '-')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
