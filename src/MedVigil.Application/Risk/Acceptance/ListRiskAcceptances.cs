using MedVigil.Application.Findings;
using MedVigil.Domain.Common;
using MedVigil.Domain.Risk.Acceptance;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Risk.Acceptance;

/// <summary>The tenant's risk acceptances, all or in one state (<c>active</c>, <c>expiring</c>, <c>expired</c>, <c>revoked</c>).</summary>
public sealed record ListRiskAcceptancesQuery(string? State = null);

/// <summary>Lists risk acceptances with their state now, soonest expiry first; <c>expiring</c> is the heads-up list.</summary>
public sealed class ListRiskAcceptances(MedVigilDbContext db, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<AcceptanceRow>>> ExecuteAsync(ListRiskAcceptancesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        AcceptanceState? wanted = null;
        if (query.State is { Length: > 0 } text)
        {
            if (!Enum.TryParse<AcceptanceState>(text, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || text.Any(char.IsDigit))
            {
                return Error.Validation($"state: '{text}' is not one of active, expiring, expired, revoked.",
                    new FieldError("state", "one of active, expiring, expired, revoked"));
            }

            wanted = parsed;
        }

        var now = time.GetUtcNow();
        var all = await db.RiskAcceptances.AsNoTracking().ToListAsync(cancellationToken);
        var chosen = all.Where(a => wanted is null || a.StateAt(now, RiskAcceptancePolicy.Default) == wanted)
            .OrderBy(a => a.ExpiresAt).ThenBy(a => a.Id).ToList();
        return (await RowsAsync(db, chosen, now, cancellationToken)).ToList();
    }

    internal static async Task<IReadOnlyList<AcceptanceRow>> RowsAsync(
        MedVigilDbContext db, IReadOnlyList<RiskAcceptance> acceptances, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var names = await DecisionScopes.NamesAsync(db, acceptances.Select(a => (a.Scope, a.ScopeId)), cancellationToken);
        var findingIds = acceptances.Select(a => a.FindingId).Distinct().ToList();
        var components = new Dictionary<Guid, string?>();
        foreach (var chunk in findingIds.Chunk(1000))
        {
            foreach (var f in await db.Findings.AsNoTracking().Where(f => chunk.Contains(f.Id)).Select(f => new { f.Id, f.ComponentText }).ToListAsync(cancellationToken))
            {
                components[f.Id] = f.ComponentText;
            }
        }

        return acceptances.Select(a => AcceptanceRow.Of(a, components.GetValueOrDefault(a.FindingId), names.GetValueOrDefault(a.ScopeId, a.ScopeId.ToString()), now)).ToList();
    }
}
