namespace MedVigil.Domain.Access;

/// <summary>What a person or key may do within its tenant.</summary>
public enum Role
{
    Admin,
    SecurityAnalyst,
    ClinicalEngineer,
    ProductSecurity,
    /// <summary>Reads everything, the audit chain included; changes nothing.</summary>
    Auditor,
    /// <summary>Reads; changes nothing.</summary>
    Viewer,
}

public static class RoleRules
{
    /// <summary>Roles that may change tenant data (everything but the read-only ones).</summary>
    public static bool CanWrite(this Role role) => role is not (Role.Auditor or Role.Viewer);

    /// <summary>
    /// Roles that may accept a finding's risk for a while (ADR 0027): the hospital's security and clinical-engineering
    /// leads and admins; not a manufacturer's product-security user, who cannot answer for a hospital's risk.
    /// </summary>
    public static bool CanAcceptRisk(this Role role) => role is Role.Admin or Role.SecurityAnalyst or Role.ClinicalEngineer;

    /// <summary>Roles that manage people, keys and the tenant itself.</summary>
    public static bool CanAdminister(this Role role) => role == Role.Admin;

    /// <summary>By name only (case and '-' ignored): never a number or a comma list, as Enum.TryParse would allow.</summary>
    public static bool TryParse(string? text, out Role role)
    {
        var name = text?.Replace("-", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
