namespace MedVigil.Standards.Cvss;

/// <summary>
/// A qualitative severity rating. CVSS v3.x and v4.0 use all five (None 0.0, Low 0.1–3.9, Medium 4.0–6.9,
/// High 7.0–8.9, Critical 9.0–10.0); CVSS v2.0 (as NVD rated it) only Low 0.0–3.9, Medium 4.0–6.9 and High 7.0–10.0.
/// </summary>
public enum CvssSeverity
{
    None,
    Low,
    Medium,
    High,
    Critical,
}
