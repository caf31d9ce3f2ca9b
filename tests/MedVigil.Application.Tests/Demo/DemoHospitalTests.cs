using MedVigil.Application.Common;
using MedVigil.Application.Demo;
using MedVigil.Application.Devices;
using MedVigil.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Demo;

public sealed class DemoHospitalTests
{
    [Fact]
    public void TheDemoHospitalIsLargeVariedAndTheSameEveryTime()
    {
        var first = DemoHospital.Generate();
        var second = DemoHospital.Generate();

        first.Count.ShouldBeGreaterThanOrEqualTo(500);
        first.Select(r => (r.Manufacturer, r.Model)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(30);
        first.Select(r => r.CareUnit).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        first.Select(r => r.AssetId).Distinct().Count().ShouldBe(first.Count);
        first.Select(r => r.ClinicalFunction).Distinct().Count().ShouldBe(5);
        second.Select(r => r with { Provided = first[0].Provided }).ShouldBe(first.Select(r => r with { Provided = first[0].Provided }));
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task SeedingTwiceGivesOneHospitalAndFreshCredentials(DatabaseKind kind)
    {
        // The demo seeds its own tenant and global advisories; run it in a database of its own so tests do not share them.
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var first = await host.NewUnscopedScope().GetRequiredService<SeedDemoHospital>().ExecuteAsync(TestContext.Current.CancellationToken);
        var second = await host.NewUnscopedScope().GetRequiredService<SeedDemoHospital>().ExecuteAsync(TestContext.Current.CancellationToken);

        first.IsSuccess.ShouldBeTrue(first.Error?.Message);
        second.IsSuccess.ShouldBeTrue(string.Join("; ", second.Error?.Fields.Select(f => f.Message) ?? []));
        second.Value.Devices.ShouldBe(first.Value.Devices);
        second.Value.Import.Created.ShouldBe(0);
        second.Value.Password.ShouldNotBe(first.Value.Password);
        second.Value.ApiKey.ShouldNotBe(first.Value.ApiKey);
    }
}
