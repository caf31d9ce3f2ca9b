using MedVigil.Application.Aliases;
using MedVigil.Application.Audit;
using MedVigil.Application.Common;
using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Matching;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Aliases;

/// <summary>The tenant's manufacturer alias table: added, listed, loaded for matching and removed, audited, per tenant (ADR 0019).</summary>
public sealed class ManufacturerAliasUseCaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task A_tenant_alias_is_added_loaded_for_matching_listed_and_removed_with_audit(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        var added = await host.Get<AddManufacturerAlias>(Role.ClinicalEngineer).ExecuteAsync(
            new AddManufacturerAliasCommand("Acme Biomed Services", "Smiths Medical", Note: "service contractor on our asset tags"), Ct);
        var table = (await host.Get<LoadManufacturerAliases>().ExecuteAsync(Ct)).Value;
        var listed = await host.Get<ListManufacturerAliases>().ExecuteAsync(Ct);
        var removed = await host.Get<RemoveManufacturerAlias>().ExecuteAsync("ACME Biomed Services Ltd", Ct);
        var after = (await host.Get<LoadManufacturerAliases>().ExecuteAsync(Ct)).Value;
        var audit = (await host.Get<ListAuditEvents>().ExecuteAsync(new Paging(1, 10), Ct)).Items;

        added.Value.ResolvesTo.ShouldBe("ICU Medical");
        added.Value.CreatedBy.ShouldBe("test");
        table.Resolve("Acme Biomed Services").Name.ShouldBe("ICU Medical");
        table.Entries.Count.ShouldBe(ManufacturerAliases.Shipped.Entries.Count + 1);
        listed.Count.ShouldBe(table.Entries.Count);
        listed[^1].ShouldSatisfyAllConditions(
            r => r.Origin.ShouldBe(ManufacturerAliasEntry.TenantOrigin),
            r => r.Note.ShouldBe("service contractor on our asset tags"),
            r => r.Explanation.ShouldStartWith("'Acme Biomed Services' is an alias of 'Smiths Medical' (tenant table); 'Smiths Medical' became part of ICU Medical in 2022"));
        listed.ShouldContain(r => r.Alias == "BD" && r.Origin == ManufacturerAliasEntry.ShippedOrigin && r.ResolvesTo == "Becton Dickinson");
        removed.Value.Alias.ShouldBe("Acme Biomed Services");
        after.Resolve("Acme Biomed Services").IsAlias.ShouldBeFalse();
        audit.Select(e => e.Action).Take(2).ShouldBe(["manufacturer_alias.removed", "manufacturer_alias.added"]);
        audit[1].Summary.ShouldBe("Manufacturer alias 'Acme Biomed Services' → 'Smiths Medical' added.");
        (await host.Get<VerifyAuditChain>().ExecuteAsync(Ct)).IsIntact.ShouldBeTrue();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Rows_that_would_re_point_repeat_or_loop_are_refused_with_the_row(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var add = (string alias, string canonical, string? scope) => host.Get<AddManufacturerAlias>().ExecuteAsync(new AddManufacturerAliasCommand(alias, canonical, scope), Ct);

        var repointed = await add("BD", "Baxter", null);
        var known = await add("Hill Rom", "Baxter", null);
        (await add("Acme", "Alaris", null)).IsSuccess.ShouldBeTrue();
        var twice = await add("ACME", "Baxter", null);
        var cycle = await add("Becton Dickinson", "Acme", null);
        var scoped = await add("Hospira", "Pfizer", "Precedex");
        var invalid = await add(" ", "", null);

        repointed.Error!.Code.ShouldBe("alias_conflict");
        repointed.Error.Message.ShouldContain("'BD' is already an alias of 'Becton Dickinson' (shipped table)");
        known.Error!.Code.ShouldBe("alias_known");
        twice.Error!.Code.ShouldBe("alias_taken");
        cycle.Error!.Code.ShouldBe("alias_cycle");
        cycle.Error.Message.ShouldContain("becton dickinson → acme → alaris → carefusion → bd → becton dickinson");
        scoped.Value.ProductScope.ShouldBe(["Precedex"]);
        invalid.Error!.Fields.Select(f => f.Field).ShouldBe(["alias", "canonical"]);
        (await host.Get<ListManufacturerAliases>().ExecuteAsync(Ct)).Count(r => r.Origin == ManufacturerAliasEntry.TenantOrigin).ShouldBe(2);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task Shipped_rows_cannot_be_removed_and_unknown_ones_are_not_found(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        (await host.Get<RemoveManufacturerAlias>().ExecuteAsync("CareFusion", Ct)).Error!.Code.ShouldBe("alias_shipped");
        (await host.Get<RemoveManufacturerAlias>().ExecuteAsync("Nobody Medical", Ct)).Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task One_tenant_s_aliases_are_invisible_to_another(DatabaseKind kind)
    {
        await using var a = await TestHost.StartAsync(kind);
        await using var b = await TestHost.StartAsync(kind);
        (await a.Get<AddManufacturerAlias>().ExecuteAsync(new AddManufacturerAliasCommand("Tenant A Pumps", "Baxter"), Ct)).IsSuccess.ShouldBeTrue();

        (await b.Get<ListManufacturerAliases>().ExecuteAsync(Ct)).ShouldNotContain(r => r.Alias == "Tenant A Pumps");
        (await b.Get<LoadManufacturerAliases>().ExecuteAsync(Ct)).Value.Resolve("Tenant A Pumps").IsAlias.ShouldBeFalse();
        (await b.Get<RemoveManufacturerAlias>().ExecuteAsync("Tenant A Pumps", Ct)).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await b.Get<AddManufacturerAlias>().ExecuteAsync(new AddManufacturerAliasCommand("Tenant A Pumps", "Stryker"), Ct)).IsSuccess.ShouldBeTrue();
        (await a.Get<LoadManufacturerAliases>().ExecuteAsync(Ct)).Value.Resolve("Tenant A Pumps").Name.ShouldBe("Baxter");
    }
}
