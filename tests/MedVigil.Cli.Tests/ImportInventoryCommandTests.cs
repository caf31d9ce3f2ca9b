using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class ImportInventoryCommandTests
{
    private const string Header =
        "asset_id,manufacturer,model,model_number,software_version,serial_number,care_unit,clinical_function,exposure,ip_address,hostname,mac_address,vlan,holds_patient_data,os,os_end_of_support";

    private static string WriteCsv(params string[] rows)
    {
        var path = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "inventory.csv");
        File.WriteAllText(path, string.Join("\n", [Header, .. rows]) + "\n");
        return path;
    }

    private static string Pump(string assetId, string exposure = "hospital-network", string ip = "10.4.2.1") =>
        $"{assetId},ICU Medical,Plum 360,30010,15.11,SN-{assetId},ICU,therapeutic,{exposure},{ip},,,140,false,,";

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AGoodFileIsImportedAndAReimportChangesNothing(DatabaseKind kind)
    {
        var cli = await Cli.OnAsync(kind);
        var tenant = "cli-" + Guid.NewGuid().ToString("N")[..12];
        var created = await cli.RunAsync("tenant", "create", tenant, "--name", "CLI test");
        created.Exit.ShouldBe(0, created.ToString());
        var csv = WriteCsv(Pump("INF-1"), Pump("INF-2"), Pump("INF-3"));

        var first = await cli.RunAsync("import", "inventory", csv, "--tenant", tenant);
        var second = await cli.RunAsync("import", "inventory", csv, "--tenant", tenant);

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("3 created, 0 updated, 0 unchanged, 0 skipped");
        second.Output.ShouldContain("0 created, 0 updated, 3 unchanged, 0 skipped");
    }

    [Fact]
    public async Task ABadFileIsRejectedWholeWithEveryErrorOnStandardError()
    {
        var cli = Cli.OnNewSqliteFile();
        var csv = WriteCsv(Pump("INF-1"), Pump("INF-2", exposure: "intranet"), Pump("INF-3", ip: "300.1.1.1"));

        var rejected = await cli.RunAsync("import", "inventory", csv);
        var after = await cli.RunAsync("import", "inventory", WriteCsv(Pump("INF-1")));

        rejected.Exit.ShouldBe(ExitCodes.Failed, rejected.ToString());
        rejected.Error.ShouldContain("nothing was imported");
        rejected.Error.ShouldContain("line 3, column 9 (exposure)");
        rejected.Error.ShouldContain("line 4, column 10 (ip_address)");
        after.Output.ShouldContain("1 created", customMessage: "the rejected file must have left nothing behind");
    }

    [Fact]
    public async Task AnUnknownColumnIsNamedWithTheAcceptedOnes()
    {
        var cli = Cli.OnNewSqliteFile();
        var path = WriteCsv();
        File.WriteAllText(path, "asset_id,manufacturer,model,model_number,software_version,colour\nA-1,BD,Alaris,8015,12.1,red\n");

        var run = await cli.RunAsync("import", "inventory", path);

        run.Exit.ShouldBe(ExitCodes.Failed);
        run.Error.ShouldContain("colour");
        run.Error.ShouldContain("os_end_of_support");
    }

    [Fact]
    public async Task SkipInvalidImportsTheRestAndStillExitsOneWhenAnythingWasSkipped()
    {
        var cli = Cli.OnNewSqliteFile();

        var run = await cli.RunAsync("import", "inventory", WriteCsv(Pump("INF-1"), Pump("INF-2", exposure: "intranet")), "--skip-invalid");

        run.Exit.ShouldBe(ExitCodes.Failed);
        run.Output.ShouldContain("1 created, 0 updated, 0 unchanged, 1 skipped");
        run.Error.ShouldContain("skipped line 3");
    }

    [Fact]
    public async Task AFolderOfFhirDevicesIsImportedWithItsContainmentTree()
    {
        var cli = Cli.OnNewSqliteFile();

        var run = await cli.RunAsync("import", "inventory", SharedData.Path("fhir", "pocd"));

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("8 created");
    }

    [Fact]
    public async Task UsCoreAndPhdDevicesImportAndTheIncompleteOnesAreReported()
    {
        var cli = Cli.OnNewSqliteFile();

        var run = await cli.RunAsync("import", "inventory", SharedData.Path("fhir", "us-core"), SharedData.Path("fhir", "phd"), "--skip-invalid");

        // us-core: 4 devices; phd: 7, of which two gateways name no manufacturer and one repeats another's system id.
        run.Output.ShouldContain("8 created, 0 updated, 0 unchanged, 3 skipped");
        run.Error.ShouldContain("Device/phg-001), Device.manufacturer: manufacturer is missing");
        run.Error.ShouldContain("is already used by");
    }
}
