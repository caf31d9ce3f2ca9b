using MedVigil.Domain.Common;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>One mitigation with its residual priorities.</summary>
public sealed class GetMitigation(MedVigilDbContext db)
{
    public async Task<Result<MitigationView>> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var mitigation = await db.Mitigations.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return mitigation is null ? Error.NotFound("Mitigation", id) : (await MitigationViews.ToViewsAsync(db, [mitigation], true, cancellationToken))[0];
    }
}
