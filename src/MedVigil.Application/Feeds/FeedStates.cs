using MedVigil.Domain.Feeds;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Feeds;

/// <summary>
/// Reads and writes <see cref="FeedState"/> rows with conditional UPDATEs only (ADR 0014), so they work beside a
/// failed import's tracked entities and between hosts: the lease is taken when it is free, expired or already
/// ours; every later write is conditional on still holding it.
/// </summary>
public sealed class FeedStates(MedVigilDbContext db, TimeProvider time)
{
    public Task<FeedState?> FindAsync(string feed, CancellationToken cancellationToken) =>
        db.FeedStates.AsNoTracking().SingleOrDefaultAsync(f => f.Name == feed, cancellationToken);

    public Task<List<FeedState>> ListAsync(CancellationToken cancellationToken) =>
        db.FeedStates.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);

    /// <summary>Takes the lease when free or expired; true when this run now holds it.</summary>
    public async Task<bool> TryAcquireAsync(FeedLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await EnsureAsync(lease.Feed, cancellationToken);
        var now = time.GetUtcNow();
        var until = now + lease.Duration;
        var taken = await db.FeedStates
            .Where(f => f.Name == lease.Feed && (f.LeaseOwner == null || f.LeaseUntil == null || f.LeaseUntil <= now || f.LeaseOwner == lease.Owner))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.LeaseOwner, lease.Owner).SetProperty(f => f.LeaseUntil, until).SetProperty(f => f.LastAttemptAt, now), cancellationToken);
        return taken == 1;
    }

    /// <summary>Extends a held lease; false when it was lost (expired and taken by another run).</summary>
    public async Task<bool> RenewAsync(FeedLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var until = time.GetUtcNow() + lease.Duration;
        return await Held(lease).ExecuteUpdateAsync(s => s.SetProperty(f => f.LeaseUntil, until), cancellationToken) == 1;
    }

    public Task ReleaseAsync(FeedLease lease, CancellationToken cancellationToken) =>
        Held(lease).ExecuteUpdateAsync(s => s.SetProperty(f => f.LeaseOwner, (string?)null).SetProperty(f => f.LeaseUntil, (DateTimeOffset?)null), cancellationToken);

    /// <summary>Moves the watermark (and the HTTP validators) forward after a part of the feed is fully imported.</summary>
    public async Task<bool> AdvanceAsync(FeedLease lease, string? watermark, string? etag, string? lastModified, CancellationToken cancellationToken) =>
        await Held(lease).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Watermark, watermark).SetProperty(f => f.ETag, etag).SetProperty(f => f.LastModified, lastModified), cancellationToken) == 1;

    public Task SucceedAsync(FeedLease lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return Held(lease).ExecuteUpdateAsync(s => s.SetProperty(f => f.LastSuccessAt, now).SetProperty(f => f.LastError, (string?)null), cancellationToken);
    }

    public Task FailAsync(FeedLease lease, string error, CancellationToken cancellationToken)
    {
        var message = FeedState.ShortError(error);
        return Held(lease).ExecuteUpdateAsync(s => s.SetProperty(f => f.LastError, message), cancellationToken);
    }

    private IQueryable<FeedState> Held(FeedLease lease) =>
        db.FeedStates.Where(f => f.Name == lease.Feed && f.LeaseOwner == lease.Owner);

    private async Task EnsureAsync(string feed, CancellationToken cancellationToken)
    {
        if (await db.FeedStates.AnyAsync(f => f.Name == feed, cancellationToken))
        {
            return;
        }

        var state = FeedState.Create(feed);
        db.FeedStates.Add(state);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(state).State = EntityState.Detached;
            if (!await db.FeedStates.AsNoTracking().AnyAsync(f => f.Name == feed, cancellationToken))
            {
                throw;
            }

            // Another runner inserted it first: the row exists, which is all we need.
        }

        db.Entry(state).State = EntityState.Detached;
    }
}
