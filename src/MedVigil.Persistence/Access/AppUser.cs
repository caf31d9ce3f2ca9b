using MedVigil.Domain.Access;
using Microsoft.AspNetCore.Identity;

namespace MedVigil.Persistence.Access;

/// <summary>A person who signs in. Each belongs to one tenant with one role (ADR 0005).</summary>
public sealed class AppUser : IdentityUser
{
    public Guid TenantId { get; set; }

    public Role Role { get; set; }

    public string DisplayName { get; set; } = string.Empty;
}
