using MedVigil.Domain.Common;

namespace MedVigil.Domain.Findings;

/// <summary>
/// One run of the matching analysis for a tenant: what it covered and what it changed. The last run's
/// <see cref="StatementSequence"/> is the watermark an incremental run starts from.
/// </summary>
public sealed class AnalysisRun : ITenantOwned
{
    private AnalysisRun()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public bool Full { get; private set; }

    /// <summary>The highest <see cref="Vulnerabilities.CompiledStatements.Sequence"/> this run took into account.</summary>
    public long StatementSequence { get; private set; }

    public int EvaluatedAdvisories { get; private set; }

    public int EvaluatedTargets { get; private set; }

    public int Opened { get; private set; }

    public int Updated { get; private set; }

    public int Retracted { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    public static AnalysisRun Record(
        Guid tenantId, bool full, long statementSequence, int evaluatedAdvisories, int evaluatedTargets,
        int opened, int updated, int retracted, DateTimeOffset startedAt, TimeProvider time) => new()
    {
        TenantId = Guard.Id(tenantId, nameof(tenantId)),
        Id = Ids.New(time),
        Full = full,
        StatementSequence = statementSequence,
        EvaluatedAdvisories = evaluatedAdvisories,
        EvaluatedTargets = evaluatedTargets,
        Opened = opened,
        Updated = updated,
        Retracted = retracted,
        StartedAt = startedAt,
        FinishedAt = time.GetUtcNow(),
    };
}

/// <summary>
/// What a model version looked like when it was last analysed (a fingerprint of its components and device facts),
/// so an incremental run evaluates only model versions that changed since.
/// </summary>
public sealed class AnalysedTarget : ITenantOwned
{
    private AnalysedTarget()
    {
        Fingerprint = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public string Fingerprint { get; private set; }

    public DateTimeOffset AnalysedAt { get; private set; }

    public static AnalysedTarget Create(Guid tenantId, Guid modelVersionId, string fingerprint, TimeProvider time) => new()
    {
        TenantId = Guard.Id(tenantId, nameof(tenantId)),
        ModelVersionId = modelVersionId,
        Fingerprint = fingerprint,
        AnalysedAt = time.GetUtcNow(),
    };

    public void Update(string fingerprint, TimeProvider time)
    {
        Fingerprint = fingerprint;
        AnalysedAt = time.GetUtcNow();
    }
}
