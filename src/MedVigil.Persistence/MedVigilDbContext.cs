using System.Linq.Expressions;
using MedVigil.Domain.Access;
using MedVigil.Domain.Audit;
using MedVigil.Domain.Catalog;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Domain.Feeds;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Risk.Acceptance;
using MedVigil.Domain.Mitigations;
using MedVigil.Domain.Tenants;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Persistence.Access;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Persistence;

/// <summary>
/// The one EF Core model (ADR 0002). Tenant isolation lives here and nowhere else: a query filter on every
/// <see cref="ITenantOwned"/> entity, and a write check in <see cref="SaveChangesAsync(bool, CancellationToken)"/>.
/// Audit entries recorded through <see cref="Audit"/> join the tenant's hash chain in the same transaction.
/// </summary>
public sealed class MedVigilDbContext(DbContextOptions<MedVigilDbContext> options, TenantScope scope, TimeProvider time)
    : IdentityUserContext<AppUser>(options), IDataProtectionKeyContext
{
    private readonly List<AuditEntry> _pendingAudit = [];

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<CareUnit> CareUnits => Set<CareUnit>();

    public DbSet<Manufacturer> Manufacturers => Set<Manufacturer>();

    /// <summary>The tenant's own manufacturer aliases, extending the shipped table (ADR 0019).</summary>
    public DbSet<ManufacturerAlias> ManufacturerAliases => Set<ManufacturerAlias>();

    public DbSet<DeviceModel> DeviceModels => Set<DeviceModel>();

    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();

    public DbSet<Component> Components => Set<Component>();

    /// <summary>The raw SBOMs of the tenant, by SHA-256 (ADR 0016).</summary>
    public DbSet<SbomDocument> SbomDocuments => Set<SbomDocument>();

    public DbSet<Device> Devices => Set<Device>();

    public DbSet<Vulnerability> Vulnerabilities => Set<Vulnerability>();

    public DbSet<Advisory> Advisories => Set<Advisory>();

    /// <summary>Raw imported documents, content-addressed by SHA-256 (global reference data).</summary>
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    /// <summary>Imported CISA KEV catalog releases (global).</summary>
    public DbSet<KevRelease> KevReleases => Set<KevRelease>();

    /// <summary>Imported FIRST EPSS files (global).</summary>
    public DbSet<EpssRelease> EpssReleases => Set<EpssRelease>();

    /// <summary>The current EPSS score per CVE (global).</summary>
    public DbSet<EpssScore> EpssScores => Set<EpssScore>();

    /// <summary>Where each feed's synchronisation stands, with its lease (global, ADR 0014).</summary>
    public DbSet<FeedState> FeedStates => Set<FeedState>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<AnalysisDecision> AnalysisDecisions => Set<AnalysisDecision>();

    public DbSet<AnalysisRun> AnalysisRuns => Set<AnalysisRun>();

    /// <summary>Risks accepted for a while instead of acted on (ADR 0027).</summary>
    public DbSet<RiskAcceptance> RiskAcceptances => Set<RiskAcceptance>();

    public DbSet<AnalysedTarget> AnalysedTargets => Set<AnalysedTarget>();

    /// <summary>Global: the compiled statements of each advisory revision (ADR 0020).</summary>
    public DbSet<CompiledStatements> CompiledStatements => Set<CompiledStatements>();

    /// <summary>Mitigations and their workflow (ADR 0025).</summary>
    public DbSet<Mitigation> Mitigations => Set<Mitigation>();

    /// <summary>The priorities before and after each verified mitigation, kept as history (ADR 0025).</summary>
    public DbSet<MitigationResidual> MitigationResiduals => Set<MitigationResidual>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>The key ring that signs sign-in cookies, shared by every host over this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public TenantScope Scope => scope;

    /// <summary>Read by the query filters; EF re-evaluates it for every query.</summary>
    internal Guid? CurrentTenantId => scope.TenantId;

    /// <summary>Records a change for the tenant's audit chain; it is written by the next save, or not at all.</summary>
    public void Audit(string action, string entityType, object entityId, string summary) =>
        _pendingAudit.Add(new AuditEntry(scope.Actor, action, entityType, entityId.ToString() ?? "", summary));

    /// <summary>Drops audit entries recorded for a change that did not happen after all.</summary>
    public void DiscardPendingAudit() => _pendingAudit.Clear();

    /// <summary>
    /// Only for writes that are not audited (the data-protection key ring saves this way); anything with audit
    /// entries must go through <see cref="SaveChangesAsync(bool, CancellationToken)"/>, which chains them under a lock.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (_pendingAudit.Count > 0)
        {
            throw new NotSupportedException("Use SaveChangesAsync: it appends to the audit chain under a lock.");
        }

        CheckTenantWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CheckTenantWrites();
        if (_pendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await AppendAuditAsync(cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            _pendingAudit.Clear();
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MedVigilDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }
    }

    private LambdaExpression TenantFilter(Type entityType)
    {
        // e => (Guid?)e.TenantId == this.CurrentTenantId — a null scope matches nothing.
        var entity = Expression.Parameter(entityType, "e");
        var owner = Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.TenantId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(owner, current), entity);
    }

    private void CheckTenantWrites()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is AuditEvent && entry.State != EntityState.Added)
            {
                throw new InvalidOperationException("Audit events are append-only.");
            }

            // Signing in updates a person's lockout counters before any tenant is known: the one write allowed
            // without a scope, and only to an existing account.
            if (entry.Entity is AppUser && entry.State == EntityState.Modified && scope.TenantId is null)
            {
                continue;
            }

            var owner = entry.Entity switch
            {
                ITenantOwned owned => owned.TenantId,
                AppUser user => user.TenantId,
                _ => (Guid?)null,
            };
            if (owner is { } tenantId && tenantId != scope.TenantId)
            {
                throw new InvalidOperationException(
                    $"Refused to write {entry.Entity.GetType().Name} of tenant {tenantId} from the scope of tenant {scope.TenantId}.");
            }
        }
    }

    private async Task AppendAuditAsync(CancellationToken cancellationToken)
    {
        var tenantId = scope.RequireTenant();
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // Serialises appends per tenant across hosts; SQLite's BEGIN IMMEDIATE already serialises writers.
            var lockKey = BitConverter.ToInt64(tenantId.ToByteArray(), 0);
            await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockKey})", cancellationToken);
        }

        var last = await AuditEvents.IgnoreQueryFilters()
            .Where(e => e.TenantId == tenantId)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var entry in _pendingAudit)
        {
            last = AuditEvent.Append(last, tenantId, entry, now);
            AuditEvents.Add(last);
        }
    }
}
