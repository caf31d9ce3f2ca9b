namespace MedVigil.Standards.Cvss;

/// <summary>A CVSS specification version. The numeric value is the version times ten, so <c>default</c> is none of them.</summary>
public enum CvssVersion
{
    /// <summary>CVSS v2.0 (2007): bare vectors such as <c>AV:N/AC:L/Au:N/C:P/I:P/A:P</c>.</summary>
    V20 = 20,

    /// <summary>CVSS v3.0 (2015): <c>CVSS:3.0/…</c>.</summary>
    V30 = 30,

    /// <summary>CVSS v3.1 (2019): <c>CVSS:3.1/…</c>, same metrics as v3.0 with an integer-based Roundup.</summary>
    V31 = 31,

    /// <summary>CVSS v4.0 (2023): <c>CVSS:4.0/…</c>, scored by MacroVector interpolation.</summary>
    V40 = 40,
}
