using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;

namespace MedVigil.Application.Mitigations;

/// <summary>A mitigation kind imagined on a set of devices (asset ids), optionally for some vulnerabilities only.</summary>
public sealed record WhatIfMitigationQuery(string? Kind, IReadOnlyList<string> Devices, IReadOnlyList<string>? Vulnerabilities = null);

/// <summary>
/// What a mitigation would do, per open finding on the devices: the priority and due date before and after, and which
/// input changed. Nothing is saved: the mitigation is built in memory, never added to the context (ADR 0025).
/// </summary>
public sealed class WhatIfMitigation(MedVigilDbContext db, TenantScope scope, TimeProvider time)
{
    // The imagined mitigation is proposed by a write role so the domain builds it; it never reaches the database,
    // so the use case lets any reader ask (the API keeps it to write roles, as planning work).
    private static readonly MitigationActor Imagined = new("what-if", Role.SecurityAnalyst);

    public async Task<Result<IReadOnlyList<ResidualPriority>>> ExecuteAsync(WhatIfMitigationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tenantId = scope.RequireTenant();
        var target = await MitigationDevices.ResolveAsync(db, query.Kind, query.Devices, cancellationToken);
        if (!target.TryGetValue(out var resolved))
        {
            return target.Error!;
        }

        var (kind, devices) = resolved;

        var imagined = Mitigation.Propose(tenantId, kind, devices.Select(d => d.Id).ToList(), query.Vulnerabilities ?? [], [],
            ClinicalCost.None, "what-if", null, Imagined, time);
        if (!imagined.TryGetValue(out var mitigation))
        {
            return imagined.Error!;
        }

        var rows = await DeviceFindings.LoadAsync(db, mitigation.DeviceIds, cancellationToken);
        return Result<IReadOnlyList<ResidualPriority>>.Success(rows.Residuals(mitigation, MitigationEffects.WhatIfLabel));
    }
}
