using MedVigil.Domain.Access;

namespace MedVigil.Persistence;

/// <summary>
/// Who is acting, for which tenant, in the current request or command. The DbContext filters every query and
/// checks every write against <see cref="TenantId"/>; with no tenant entered, tenant data is invisible.
/// </summary>
public sealed class TenantScope
{
    public Guid? TenantId { get; private set; }

    public string Actor { get; private set; } = "system";

    public Role? Role { get; private set; }

    /// <summary>Names the actor before any tenant is known (a host at start-up, the command line).</summary>
    public void Identify(string actor) => Actor = string.IsNullOrWhiteSpace(actor) ? "system" : actor;

    public void Enter(Guid tenantId, string actor, Role role)
    {
        if (tenantId == Guid.Empty)
        {
            throw new ArgumentException("A scope needs a tenant.", nameof(tenantId));
        }

        TenantId = tenantId;
        Actor = string.IsNullOrWhiteSpace(actor) ? "system" : actor;
        Role = role;
    }

    public Guid RequireTenant() =>
        TenantId ?? throw new InvalidOperationException("No tenant is in scope; tenant data cannot be touched.");
}
