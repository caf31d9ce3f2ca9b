using MedVigil.Domain.Matching;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Findings;

/// <summary>The compiled statements of one current advisory revision.</summary>
internal sealed record CompiledSet(Guid AdvisoryId, long Sequence, StatementSet Set);

/// <summary>
/// The statements of every current advisory revision, decoded, and the way back from a statement's provenance to
/// the advisory row a finding points at.
/// </summary>
internal sealed class CurrentStatements
{
    private readonly Dictionary<(string Sha256, string AdvisoryId), Guid> _advisories = [];

    private CurrentStatements(IReadOnlyList<CompiledSet> sets)
    {
        Sets = sets;
        foreach (var compiled in sets)
        {
            foreach (var provenance in compiled.Set.Statements.Select(s => s.Provenance).Concat(compiled.Set.Configurations.Select(c => c.Provenance)))
            {
                _advisories.TryAdd((provenance.DocumentSha256, provenance.AdvisoryId), compiled.AdvisoryId);
            }
        }
    }

    public IReadOnlyList<CompiledSet> Sets { get; }

    public long HighestSequence => Sets.Count == 0 ? 0 : Sets.Max(s => s.Sequence);

    public int StatementCount => Sets.Sum(s => s.Set.Statements.Count + s.Set.Configurations.Count);

    public static async Task<CurrentStatements> LoadAsync(MedVigilDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (
                from compiled in db.CompiledStatements
                join advisory in db.Advisories on compiled.AdvisoryId equals advisory.Id
                where advisory.SupersededById == null
                orderby compiled.Sequence
                select new { compiled.AdvisoryId, compiled.Sequence, compiled.Content })
            .AsNoTracking().ToListAsync(cancellationToken);
        return new CurrentStatements([.. rows.Select(r => new CompiledSet(r.AdvisoryId, r.Sequence, StatementCodec.Decode(r.Content)))]);
    }

    /// <summary>The advisory row a statement came from; null when it is not among the current ones.</summary>
    public Guid? AdvisoryOf(StatementProvenance provenance) =>
        _advisories.TryGetValue((provenance.DocumentSha256, provenance.AdvisoryId), out var id) ? id : null;
}
