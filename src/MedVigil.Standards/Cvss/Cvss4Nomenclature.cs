namespace MedVigil.Standards.Cvss;

/// <summary>
/// Which metric groups a CVSS v4.0 score takes into account (specification §1.3): the one score of a v4.0 vector
/// is named after the groups it defines. Supplemental metrics never change the score or the name.
/// </summary>
public enum Cvss4Nomenclature
{
    /// <summary>CVSS-B: Base metrics only.</summary>
    Base,

    /// <summary>CVSS-BT: Base and Threat metrics.</summary>
    BaseThreat,

    /// <summary>CVSS-BE: Base and Environmental metrics.</summary>
    BaseEnvironmental,

    /// <summary>CVSS-BTE: Base, Threat and Environmental metrics.</summary>
    BaseThreatEnvironmental,
}

/// <summary>The labels the specification uses for <see cref="Cvss4Nomenclature"/>.</summary>
public static class Cvss4NomenclatureExtensions
{
    /// <summary>"CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE".</summary>
    public static string ToLabel(this Cvss4Nomenclature nomenclature) => nomenclature switch
    {
        Cvss4Nomenclature.Base => "CVSS-B",
        Cvss4Nomenclature.BaseThreat => "CVSS-BT",
        Cvss4Nomenclature.BaseEnvironmental => "CVSS-BE",
        Cvss4Nomenclature.BaseThreatEnvironmental => "CVSS-BTE",
        _ => throw new ArgumentOutOfRangeException(nameof(nomenclature), nomenclature, null),
    };
}
