using MedVigil.Application.Risk.Acceptance;
using MedVigil.Domain.Access;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Server.Hosting;

/// <summary>
/// Hourly, for every tenant, records risk acceptances that have run out in the audit chain and logs the heads-up count
/// (ADR 0027). Findings reopen at expiry regardless (reads compare with the clock); this makes it visible.
/// </summary>
internal sealed class RiskAcceptanceExpiry(IServiceScopeFactory scopes, TimeSpan interval, TimeProvider time, ILogger<RiskAcceptanceExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        List<Guid> tenants;
        await using (var lookup = scopes.CreateAsyncScope())
        {
            tenants = await lookup.ServiceProvider.GetRequiredService<MedVigilDbContext>().Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        }

        foreach (var tenantId in tenants)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId, "system:risk-acceptance-expiry", Role.Admin);
                var pass = await scope.ServiceProvider.GetRequiredService<ExpireRiskAcceptances>().ExecuteAsync(cancellationToken);
                if (pass.Reactivated.Count + pass.Expiring.Count > 0)
                {
                    logger.LogInformation("Risk acceptances of tenant {Tenant}: {Reactivated} expired and reactivated, {Expiring} expiring within 10 days",
                        tenantId, pass.Reactivated.Count, pass.Expiring.Count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError("Risk acceptance expiry failed for tenant {Tenant}: {Type}: {Message}", tenantId, e.GetType().Name, e.Message);
            }
        }
    }
}
