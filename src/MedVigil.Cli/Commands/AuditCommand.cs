using System.CommandLine;
using MedVigil.Application.Audit;
using MedVigil.Domain.Audit;

namespace MedVigil.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create(GlobalOptions global)
    {
        var verify = new Command("verify", "Recompute the audit hash chains (every tenant, or --tenant) and name the first broken link");
        verify.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            await using var host = await CliHost.OpenAsync(CliHost.ChooseDatabase(parse.GetValue(global.Db), parse.GetValue(global.Postgres)), ct);
            IReadOnlyList<AuditVerification> results;
            if (parse.GetValue(global.Tenant) is { } slug)
            {
                var tenant = await host.EnterTenantAsync(slug, ct);
                if (!tenant.IsSuccess)
                {
                    return CliOutput.Fail(error, tenant.Error);
                }

                results = [await host.Get<VerifyAuditChain>().ExecuteAsync(ct)];
            }
            else
            {
                results = await host.Get<VerifyAuditChain>().ExecuteForAllTenantsAsync(ct);
            }

            var slugs = await host.Get<Application.Tenants.ListTenantSlugs>().ExecuteAsync(ct);
            foreach (var result in results)
            {
                var name = slugs.GetValueOrDefault(result.TenantId, result.TenantId.ToString());
                await (result.IsIntact ? output : error).WriteLineAsync(result.IsIntact
                    ? $"{name}\tintact\t{result.EventsChecked} events"
                    : $"{name}\tBROKEN\tfirst broken link: #{result.FirstBrokenLink!.Sequence}: {result.FirstBrokenLink.Reason} ({result.EventsChecked} events before it verified)");
            }

            return results.All(r => r.IsIntact) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return new Command("audit", "The tamper-evident audit trail") { verify };
    }
}
