using MedVigil.Application.Access;
using MedVigil.Application.Audit;
using MedVigil.Application.Devices;
using MedVigil.Application.Feeds;
using MedVigil.Application.Inventory;
using MedVigil.Application.Overview;
using MedVigil.Application.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedVigil.Application;

public static class ApplicationServices
{
    /// <summary>Registers every use case; hosts add the DbContext, the tenant scope and Identity.</summary>
    public static IServiceCollection AddMedVigilApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        foreach (var useCase in new[]
                 {
                     typeof(CreateTenant), typeof(FindTenant), typeof(ListTenantSlugs),
                     typeof(GetDevice), typeof(ListDevices), typeof(RegisterDevice), typeof(UpdateDevice), typeof(ChangeDeviceLifecycle),
                     typeof(Aliases.AddManufacturerAlias), typeof(Aliases.ListManufacturerAliases), typeof(Aliases.RemoveManufacturerAlias), typeof(Aliases.LoadManufacturerAliases),
                     typeof(ImportInventory), typeof(Advisories.ImportCsaf), typeof(Advisories.ImportNvd), typeof(Advisories.ImportOsv), typeof(Vex.ImportVex), typeof(Sboms.ImportSbom), typeof(Exploitation.ImportKev), typeof(Exploitation.ImportEpss),
                     typeof(CreateApiKey), typeof(RevokeApiKey), typeof(ListApiKeys), typeof(AuthenticateApiKey), typeof(AddUser),
                     typeof(VerifyAuditChain), typeof(ListAuditEvents),
                     typeof(GetOverview),
                     typeof(Demo.SeedDemoHospital), typeof(Demo.ImportDemoDocuments),
                     typeof(SyncCsaf), typeof(SyncOsv),
                     typeof(Findings.AnalyzeFindings), typeof(Findings.ListFindings), typeof(Findings.ListModelVersionFindings), typeof(Findings.AnalyseFinding),
                     typeof(Risk.ExplainFindingRisk),
                     typeof(Risk.Acceptance.AcceptRisk), typeof(Risk.Acceptance.RevokeRiskAcceptance), typeof(Risk.Acceptance.ListRiskAcceptances), typeof(Risk.Acceptance.ExpireRiskAcceptances),
                     typeof(Mitigations.ProposeMitigation), typeof(Mitigations.MoveMitigation), typeof(Mitigations.ListMitigations), typeof(Mitigations.GetMitigation),
                     typeof(Mitigations.WhatIfMitigation), typeof(Mitigations.MitigationsNeedingDowntime),
                 })
        {
            services.TryAddScoped(useCase);
        }

        services.AddMedVigilFeeds();
        return services;
    }
}
