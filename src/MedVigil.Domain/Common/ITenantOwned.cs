namespace MedVigil.Domain.Common;

/// <summary>
/// Data that belongs to one tenant. Persistence filters every query and checks every write by
/// <see cref="TenantId"/>, and it leads every key and index of such a table.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
