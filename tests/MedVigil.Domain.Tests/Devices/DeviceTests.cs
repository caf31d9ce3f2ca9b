using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;

namespace MedVigil.Domain.Tests.Devices;

public sealed class DeviceTests
{
    private static readonly Guid TenantId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid ModelVersionId = Guid.Parse("0193a1b2-0000-7000-8000-000000000002");
    private static readonly Guid CareUnitId = Guid.Parse("0193a1b2-0000-7000-8000-000000000003");

    private static readonly DeviceDetails Details = new(
        ModelVersionId, CareUnitId, ClinicalFunction.Therapeutic, Exposure.Segmented,
        SerialNumber: "SN123", IpAddress: "10.1.2.3", MacAddress: "00:1A:2B:3C:4D:5E", Vlan: 120,
        Hostname: "pump-001.icu.example.org", HoldsPatientData: true, OperatingSystem: "VxWorks 6.9",
        OsEndOfSupport: new DateOnly(2027, 12, 31), Owner: "Biomed");

    private static Device Register(TimeProvider time, DeviceDetails? details = null) =>
        Device.Register(TenantId, "PUMP-001", details ?? Details, time);

    [Fact]
    public void RegisterPutsTheDeviceInUseAtTheClocksTime()
    {
        var device = Register(Clock.Fake());

        device.TenantId.ShouldBe(TenantId);
        device.AssetId.ShouldBe("PUMP-001");
        device.LifecycleStatus.ShouldBe(LifecycleStatus.InUse);
        device.CreatedAt.ShouldBe(Clock.Start);
        device.UpdatedAt.ShouldBe(Clock.Start);
        device.Id.ShouldNotBe(Guid.Empty);
        device.Id.Version.ShouldBe(7);
    }

    [Fact]
    public void RegisterStoresTheDetailsNormalised()
    {
        var device = Register(Clock.Fake(), Details with
        {
            IpAddress = " 2001:0DB8:0:0:0:0:0:1 ",
            MacAddress = "001a.2b3c.4d5e",
            SerialNumber = "  SN123  ",
            Owner = "   ",
        });

        device.IpAddress.ShouldBe("2001:db8::1");
        device.MacAddress.ShouldBe("00:1A:2B:3C:4D:5E");
        device.SerialNumber.ShouldBe("SN123");
        device.Owner.ShouldBeNull();
        device.ModelVersionId.ShouldBe(ModelVersionId);
        device.CareUnitId.ShouldBe(CareUnitId);
        device.ClinicalFunction.ShouldBe(ClinicalFunction.Therapeutic);
        device.Exposure.ShouldBe(Exposure.Segmented);
        device.Vlan.ShouldBe(120);
        device.Hostname.ShouldBe("pump-001.icu.example.org");
        device.HoldsPatientData.ShouldBeTrue();
        device.OperatingSystem.ShouldBe("VxWorks 6.9");
        device.OsEndOfSupport.ShouldBe(new DateOnly(2027, 12, 31));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")] // 65 characters
    public void RegisterRefusesAMissingOrTooLongAssetId(string assetId) =>
        Should.Throw<ArgumentException>(() => Device.Register(TenantId, assetId, Details, Clock.Fake()));

    [Fact]
    public void RegisterRefusesAnEmptyTenantOrModelVersion()
    {
        Should.Throw<ArgumentException>(() => Device.Register(Guid.Empty, "PUMP-001", Details, Clock.Fake()));
        Should.Throw<ArgumentException>(() => Register(Clock.Fake(), Details with { ModelVersionId = Guid.Empty }));
    }

    [Fact]
    public void UpdateReturnsEachChangedFieldAndMovesUpdatedAt()
    {
        var time = Clock.Fake();
        var device = Register(time);
        time.Advance(TimeSpan.FromHours(1));

        var changes = device.Update(Details with { Vlan = 130, Hostname = null, Exposure = Exposure.HospitalNetwork }, time);

        changes.ShouldBe(
            [
                "Exposure: Segmented → HospitalNetwork",
                "Vlan: 120 → 130",
                "Hostname: pump-001.icu.example.org → ∅",
            ],
            ignoreOrder: true);
        device.Vlan.ShouldBe(130);
        device.Hostname.ShouldBeNull();
        device.UpdatedAt.ShouldBe(Clock.Start.AddHours(1));
        device.CreatedAt.ShouldBe(Clock.Start);
    }

    [Fact]
    public void UpdateWithNothingChangedReturnsNothingAndLeavesUpdatedAtAlone()
    {
        var time = Clock.Fake();
        var device = Register(time);
        time.Advance(TimeSpan.FromHours(1));

        // Written differently, normalised the same: not a change.
        var changes = device.Update(Details with { MacAddress = "00-1a-2b-3c-4d-5e", SerialNumber = " SN123 " }, time);

        changes.ShouldBeEmpty();
        device.UpdatedAt.ShouldBe(Clock.Start);
    }

    public static TheoryData<DeviceDetails> InvalidDetails => new()
    {
        Details with { IpAddress = "10.1.2" },
        Details with { IpAddress = "not-an-ip" },
        Details with { MacAddress = "00:1A:2B:3C:4D" },
        Details with { MacAddress = "00:1A:2B:3C:4D:ZZ" },
        Details with { Vlan = 0 },
        Details with { Vlan = 4095 },
        Details with { Hostname = "-pump" },
        Details with { Hostname = "pump_001" },
    };

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public void RegisterRefusesAnInvalidNetworkIdentity(DeviceDetails details) =>
        Should.Throw<ArgumentException>(() => Register(Clock.Fake(), details)).ParamName.ShouldBe("details");

    [Theory]
    [MemberData(nameof(InvalidDetails))]
    public void UpdateRefusesAnInvalidNetworkIdentityAndKeepsTheOldOne(DeviceDetails details)
    {
        var time = Clock.Fake();
        var device = Register(time);

        Should.Throw<ArgumentException>(() => device.Update(details, time));

        device.IpAddress.ShouldBe("10.1.2.3");
        device.MacAddress.ShouldBe("00:1A:2B:3C:4D:5E");
        device.Vlan.ShouldBe(120);
        device.Hostname.ShouldBe("pump-001.icu.example.org");
    }

    /// <summary>
    /// Regression: Device.Apply once checked text lengths while assigning, so an update refused for a long
    /// owner had already replaced the clinical function, exposure, care unit and parent.
    /// </summary>
    [Fact]
    public void AnUpdateRefusedForATooLongOwnerChangesNothing()
    {
        var time = Clock.Fake();
        var device = Register(time);

        Should.Throw<ArgumentException>(() => device.Update(
            Details with { ClinicalFunction = ClinicalFunction.LifeSustaining, Owner = new string('x', 201) }, time));

        device.ClinicalFunction.ShouldBe(ClinicalFunction.Therapeutic);
        device.Owner.ShouldBe("Biomed");
    }

    [Fact]
    public void ADeviceCannotBeItsOwnParent()
    {
        var time = Clock.Fake();
        var device = Register(time);
        var other = Guid.Parse("0193a1b2-0000-7000-8000-0000000000ff");

        Should.Throw<ArgumentException>(() => device.Update(Details with { ParentDeviceId = device.Id }, time))
            .Message.ShouldContain("own parent", Case.Sensitive);
        device.ParentDeviceId.ShouldBeNull();

        device.Update(Details with { ParentDeviceId = other }, time).ShouldHaveSingleItem();
        device.ParentDeviceId.ShouldBe(other);
    }

    [Theory]
    [InlineData(LifecycleStatus.InUse, LifecycleStatus.InMaintenance)]
    [InlineData(LifecycleStatus.InMaintenance, LifecycleStatus.InUse)]
    [InlineData(LifecycleStatus.InUse, LifecycleStatus.InStorage)]
    [InlineData(LifecycleStatus.InStorage, LifecycleStatus.InUse)]
    [InlineData(LifecycleStatus.InStorage, LifecycleStatus.InMaintenance)]
    [InlineData(LifecycleStatus.InMaintenance, LifecycleStatus.Retired)]
    [InlineData(LifecycleStatus.InUse, LifecycleStatus.Retired)]
    [InlineData(LifecycleStatus.InUse, LifecycleStatus.InUse)]
    [InlineData(LifecycleStatus.Retired, LifecycleStatus.Retired)]
    public void ALiveDeviceMovesFreelyThroughItsLife(LifecycleStatus from, LifecycleStatus to)
    {
        var time = Clock.Fake();
        var device = Register(time);
        device.ChangeLifecycle(from, time).IsSuccess.ShouldBeTrue();
        time.Advance(TimeSpan.FromMinutes(5));

        var result = device.ChangeLifecycle(to, time);

        result.Value.ShouldBe(to);
        device.LifecycleStatus.ShouldBe(to);
        device.UpdatedAt.ShouldBe(Clock.Start.AddMinutes(5));
    }

    [Theory]
    [InlineData(LifecycleStatus.InUse)]
    [InlineData(LifecycleStatus.InStorage)]
    [InlineData(LifecycleStatus.InMaintenance)]
    public void ARetiredDeviceCannotReturnToService(LifecycleStatus status)
    {
        var time = Clock.Fake();
        var device = Register(time);
        device.ChangeLifecycle(LifecycleStatus.Retired, time).IsSuccess.ShouldBeTrue();
        time.Advance(TimeSpan.FromMinutes(5));

        var result = device.ChangeLifecycle(status, time);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Kind.ShouldBe(ErrorKind.InvalidTransition);
        device.LifecycleStatus.ShouldBe(LifecycleStatus.Retired);
        device.UpdatedAt.ShouldBe(Clock.Start);
    }

    [Fact]
    public void ARetiredDeviceCannotBeUpdated()
    {
        var time = Clock.Fake();
        var device = Register(time);
        device.ChangeLifecycle(LifecycleStatus.Retired, time).IsSuccess.ShouldBeTrue();

        Should.Throw<InvalidOperationException>(() => device.Update(Details with { Vlan = 7 }, time));

        device.Vlan.ShouldBe(120);
    }
}
