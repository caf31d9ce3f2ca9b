namespace MedVigil.Server.Security;

/// <summary>The claims MedVigil puts on every principal, whatever the scheme.</summary>
public static class MedVigilClaims
{
    public const string Tenant = "medvigil:tenant";
    public const string AuthMethod = "medvigil:auth";
}

/// <summary>Authorization policy names; each endpoint group names one.</summary>
public static class Policies
{
    /// <summary>Any authenticated member of a tenant.</summary>
    public const string Read = "read";

    /// <summary>Roles that change tenant data (not Auditor or Viewer).</summary>
    public const string Write = "write";

    /// <summary>Administrators: people and keys.</summary>
    public const string Admin = "admin";
}
