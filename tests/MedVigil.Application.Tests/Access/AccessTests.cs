using MedVigil.Application.Access;
using MedVigil.Domain.Common;
using MedVigil.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Access;

public sealed class AccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ARevokedKeyNoLongerAuthenticates(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var created = (await host.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand("siem", "SecurityAnalyst"), Ct)).Value;
        var authenticate = () => host.NewUnscopedScope().GetRequiredService<AuthenticateApiKey>().ExecuteAsync(created.Token, Ct);
        (await authenticate()).ShouldNotBeNull();

        (await host.Get<RevokeApiKey>().ExecuteAsync(created.Key.Id, Ct)).Value.RevokedAt.ShouldNotBeNull();
        var again = await host.Get<RevokeApiKey>().ExecuteAsync(created.Key.Id, Ct);

        (await authenticate()).ShouldBeNull();
        again.Error!.Kind.ShouldBe(ErrorKind.InvalidTransition);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task OnlyAHashOfTheTokenIsStoredAndListsNeverShowIt(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var created = (await host.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand("siem", "Auditor"), Ct)).Value;

        var listed = await host.Get<ListApiKeys>().ExecuteAsync(Ct);
        var stored = host.NewScope().GetRequiredService<Persistence.MedVigilDbContext>().ApiKeys.Single();

        listed.Single().Role.ShouldBe("Auditor");
        stored.SecretHash.ShouldNotContain(created.Token[^20..]);
        stored.SecretHash.Length.ShouldBe(64);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnUnknownRoleOrAMissingNameIsRejected(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        var result = await host.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand("", "Superuser"), Ct);

        result.Error!.Fields.Select(f => f.Field).ShouldBe(["name"]);
        (await host.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand("x", "Superuser"), Ct)).Error!.Fields.Single().Field.ShouldBe("role");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task UsersNeedAStrongPasswordAndAUniqueEmail(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var email = $"ce-{Guid.NewGuid():N}@example.org";

        var weak = await host.Get<AddUser>().ExecuteAsync(new AddUserCommand(email, "short", "ClinicalEngineer"), Ct);
        var ok = await host.Get<AddUser>().ExecuteAsync(new AddUserCommand(email, "a-long-enough-Passw0rd", "ClinicalEngineer"), Ct);
        var twice = await host.Get<AddUser>().ExecuteAsync(new AddUserCommand(email, "a-long-enough-Passw0rd", "Viewer"), Ct);

        weak.Error!.Fields.ShouldAllBe(f => f.Field == "password");
        ok.Value.Role.ShouldBe("ClinicalEngineer");
        twice.Error!.Kind.ShouldBe(ErrorKind.Conflict);
    }
}
