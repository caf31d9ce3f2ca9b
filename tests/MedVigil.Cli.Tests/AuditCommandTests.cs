using MedVigil.Testing;
using Microsoft.Data.Sqlite;

namespace MedVigil.Cli.Tests;

public sealed class AuditCommandTests
{
    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnIntactChainVerifies(DatabaseKind kind)
    {
        var cli = await Cli.OnAsync(kind);
        var tenant = "audit-" + Guid.NewGuid().ToString("N")[..12];
        var created = await cli.RunAsync("tenant", "create", tenant, "--name", "Audit test");
        created.Exit.ShouldBe(0, created.ToString());
        await cli.RunAsync("apikey", "create", "k1", "--role", "Viewer", "--tenant", tenant);

        var run = await cli.RunAsync("audit", "verify", "--tenant", tenant);

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldBe($"{tenant}\tintact\t2 events\n");
    }

    [Fact]
    public async Task AnEditedRowMakesVerifyFailAndNameTheFirstBrokenLink()
    {
        var cli = Cli.OnNewSqliteFile();
        for (var i = 0; i < 3; i++)
        {
            (await cli.RunAsync("apikey", "create", $"k{i}", "--role", "Viewer")).Exit.ShouldBe(0);
        }

        // A DBA with access to the file drops the guard and rewrites history.
        await using (var connection = new SqliteConnection($"Data Source={cli.DatabaseArgument};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = """
                DROP TRIGGER audit_events_no_update;
                UPDATE "AuditEvents" SET "Summary" = 'API key ''k1'' created with role Admin.' WHERE "Sequence" = 3;
                """;
            (await tamper.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        }

        var run = await cli.RunAsync("audit", "verify");

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Error.ShouldContain("default\tBROKEN\tfirst broken link: #3");
        run.Error.ShouldContain("altered");
    }
}
