using MedVigil.Domain.Common;
using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>The tenant's mitigations, newest first, optionally in one state (<c>proposed</c>, <c>verified</c>, …).</summary>
public sealed class ListMitigations(MedVigilDbContext db)
{
    public async Task<Result<IReadOnlyList<MitigationView>>> ExecuteAsync(string? state, CancellationToken cancellationToken)
    {
        var query = db.Mitigations.AsNoTracking();
        if (state is { Length: > 0 })
        {
            var names = Enum.GetValues<MitigationState>().ToDictionary(MitigationVocabulary.Name, s => s, StringComparer.OrdinalIgnoreCase);
            if (!names.TryGetValue(state.Trim(), out var wanted))
            {
                return Error.Validation($"state: one of {string.Join(", ", names.Keys)}.", new FieldError("state", "one of " + string.Join(", ", names.Keys)));
            }

            query = query.Where(m => m.State == wanted);
        }

        var mitigations = (await query.ToListAsync(cancellationToken)).OrderByDescending(m => m.ProposedAt).ThenByDescending(m => m.Id).ToList();
        return Result<IReadOnlyList<MitigationView>>.Success(await MitigationViews.ToViewsAsync(db, mitigations, false, cancellationToken));
    }
}
