namespace MedVigil.Standards.Tests.Cvss;

/// <summary>
/// The metrics of each CVSS version as the specifications list them (name, mandatory, values other than Not
/// Defined), written out here independently of the implementation so the generators test it rather than echo it.
/// </summary>
internal sealed record CvssSpecMetrics(string Prefix, string NotDefined, bool OrderRequired, (string Name, bool Mandatory, string[] Values)[] Metrics)
{
    /// <summary>CVSS v2.0 Complete Guide §2.4 (vectors).</summary>
    public static readonly CvssSpecMetrics V20 = new("", "ND", false,
    [
        ("AV", true, ["L", "A", "N"]), ("AC", true, ["H", "M", "L"]), ("Au", true, ["M", "S", "N"]),
        ("C", true, ["N", "P", "C"]), ("I", true, ["N", "P", "C"]), ("A", true, ["N", "P", "C"]),
        ("E", false, ["U", "POC", "F", "H"]), ("RL", false, ["OF", "TF", "W", "U"]), ("RC", false, ["UC", "UR", "C"]),
        ("CDP", false, ["N", "L", "LM", "MH", "H"]), ("TD", false, ["N", "L", "M", "H"]),
        ("CR", false, ["L", "M", "H"]), ("IR", false, ["L", "M", "H"]), ("AR", false, ["L", "M", "H"]),
    ]);

    /// <summary>CVSS v3.1 specification §6 (Vector String); v3.0 has the same metrics.</summary>
    public static readonly CvssSpecMetrics V31 = new("CVSS:3.1/", "X", false,
    [
        ("AV", true, ["N", "A", "L", "P"]), ("AC", true, ["L", "H"]), ("PR", true, ["N", "L", "H"]), ("UI", true, ["N", "R"]),
        ("S", true, ["U", "C"]), ("C", true, ["H", "L", "N"]), ("I", true, ["H", "L", "N"]), ("A", true, ["H", "L", "N"]),
        ("E", false, ["H", "F", "P", "U"]), ("RL", false, ["U", "W", "T", "O"]), ("RC", false, ["C", "R", "U"]),
        ("CR", false, ["H", "M", "L"]), ("IR", false, ["H", "M", "L"]), ("AR", false, ["H", "M", "L"]),
        ("MAV", false, ["N", "A", "L", "P"]), ("MAC", false, ["L", "H"]), ("MPR", false, ["N", "L", "H"]), ("MUI", false, ["N", "R"]),
        ("MS", false, ["U", "C"]), ("MC", false, ["H", "L", "N"]), ("MI", false, ["H", "L", "N"]), ("MA", false, ["H", "L", "N"]),
    ]);

    public static readonly CvssSpecMetrics V30 = V31 with { Prefix = "CVSS:3.0/" };

    /// <summary>CVSS v4.0 specification §7 (Vector String).</summary>
    public static readonly CvssSpecMetrics V40 = new("CVSS:4.0/", "X", true,
    [
        ("AV", true, ["N", "A", "L", "P"]), ("AC", true, ["L", "H"]), ("AT", true, ["N", "P"]), ("PR", true, ["N", "L", "H"]),
        ("UI", true, ["N", "P", "A"]), ("VC", true, ["H", "L", "N"]), ("VI", true, ["H", "L", "N"]), ("VA", true, ["H", "L", "N"]),
        ("SC", true, ["H", "L", "N"]), ("SI", true, ["H", "L", "N"]), ("SA", true, ["H", "L", "N"]),
        ("E", false, ["A", "P", "U"]), ("CR", false, ["H", "M", "L"]), ("IR", false, ["H", "M", "L"]), ("AR", false, ["H", "M", "L"]),
        ("MAV", false, ["N", "A", "L", "P"]), ("MAC", false, ["L", "H"]), ("MAT", false, ["N", "P"]), ("MPR", false, ["N", "L", "H"]),
        ("MUI", false, ["N", "P", "A"]), ("MVC", false, ["H", "L", "N"]), ("MVI", false, ["H", "L", "N"]), ("MVA", false, ["H", "L", "N"]),
        ("MSC", false, ["H", "L", "N"]), ("MSI", false, ["S", "H", "L", "N"]), ("MSA", false, ["S", "H", "L", "N"]),
        ("S", false, ["N", "P"]), ("AU", false, ["N", "Y"]), ("R", false, ["A", "U", "I"]), ("V", false, ["D", "C"]),
        ("RE", false, ["L", "M", "H"]), ("U", false, ["Clear", "Green", "Amber", "Red"]),
    ]);

    public static readonly IReadOnlyList<CvssSpecMetrics> All = [V20, V30, V31, V40];
}
