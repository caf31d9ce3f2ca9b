using MedVigil.Domain.Devices;

namespace MedVigil.Domain.Tests.Devices;

public sealed class DeviceVocabularyTests
{
    [Theory]
    [InlineData(ClinicalFunction.LifeSustaining, "life-sustaining")]
    [InlineData(ClinicalFunction.Therapeutic, "therapeutic")]
    [InlineData(ClinicalFunction.Diagnostic, "diagnostic")]
    [InlineData(ClinicalFunction.Monitoring, "monitoring")]
    [InlineData(ClinicalFunction.Ancillary, "ancillary")]
    [InlineData(ClinicalFunction.Unknown, "unknown")]
    public void EachClinicalFunctionHasItsWireName(ClinicalFunction function, string wire)
    {
        DeviceVocabulary.ToWire(function).ShouldBe(wire);
        DeviceVocabulary.TryParse(wire, out ClinicalFunction parsed).ShouldBeTrue();
        parsed.ShouldBe(function);
    }

    [Theory]
    [InlineData(Exposure.Internet, "internet")]
    [InlineData(Exposure.HospitalNetwork, "hospital-network")]
    [InlineData(Exposure.Segmented, "segmented")]
    [InlineData(Exposure.LocalOnly, "local-only")]
    [InlineData(Exposure.Unknown, "unknown")]
    public void EachExposureHasItsWireName(Exposure exposure, string wire)
    {
        DeviceVocabulary.ToWire(exposure).ShouldBe(wire);
        DeviceVocabulary.TryParse(wire, out Exposure parsed).ShouldBeTrue();
        parsed.ShouldBe(exposure);
    }

    [Theory]
    [InlineData(LifecycleStatus.InUse, "in-use")]
    [InlineData(LifecycleStatus.InStorage, "in-storage")]
    [InlineData(LifecycleStatus.InMaintenance, "in-maintenance")]
    [InlineData(LifecycleStatus.Retired, "retired")]
    public void EachLifecycleStatusHasItsWireName(LifecycleStatus status, string wire)
    {
        DeviceVocabulary.ToWire(status).ShouldBe(wire);
        DeviceVocabulary.TryParse(wire, out LifecycleStatus parsed).ShouldBeTrue();
        parsed.ShouldBe(status);
    }

    // The tables above are exhaustive only while the enums do not grow; these catch a new member.
    [Fact]
    public void TheWireNamesAreExactlyTheDocumentedOnes()
    {
        DeviceVocabulary.ClinicalFunctionNames.ShouldBe(
            ["life-sustaining", "therapeutic", "diagnostic", "monitoring", "ancillary", "unknown"], ignoreOrder: true);
        DeviceVocabulary.ExposureNames.ShouldBe(
            ["internet", "hospital-network", "segmented", "local-only", "unknown"], ignoreOrder: true);
        DeviceVocabulary.LifecycleStatusNames.ShouldBe(
            ["in-use", "in-storage", "in-maintenance", "retired"], ignoreOrder: true);
    }

    [Fact]
    public void EveryMemberOfEveryDeviceEnumRoundTrips()
    {
        foreach (var value in Enum.GetValues<ClinicalFunction>())
        {
            DeviceVocabulary.TryParse(DeviceVocabulary.ToWire(value), out ClinicalFunction parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }

        foreach (var value in Enum.GetValues<Exposure>())
        {
            DeviceVocabulary.TryParse(DeviceVocabulary.ToWire(value), out Exposure parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }

        foreach (var value in Enum.GetValues<LifecycleStatus>())
        {
            DeviceVocabulary.TryParse(DeviceVocabulary.ToWire(value), out LifecycleStatus parsed).ShouldBeTrue();
            parsed.ShouldBe(value);
        }
    }

    [Theory]
    [InlineData("LIFE-SUSTAINING", ClinicalFunction.LifeSustaining)]
    [InlineData("life_sustaining", ClinicalFunction.LifeSustaining)]
    [InlineData("Life_Sustaining", ClinicalFunction.LifeSustaining)]
    [InlineData("  Diagnostic ", ClinicalFunction.Diagnostic)]
    public void AClinicalFunctionToleratesCaseUnderscoresAndSpaces(string text, ClinicalFunction expected)
    {
        DeviceVocabulary.TryParse(text, out ClinicalFunction parsed).ShouldBeTrue();
        parsed.ShouldBe(expected);
    }

    [Theory]
    [InlineData("HOSPITAL_NETWORK", Exposure.HospitalNetwork)]
    [InlineData("Local-Only", Exposure.LocalOnly)]
    public void AnExposureToleratesCaseAndUnderscores(string text, Exposure expected)
    {
        DeviceVocabulary.TryParse(text, out Exposure parsed).ShouldBeTrue();
        parsed.ShouldBe(expected);
    }

    [Theory]
    [InlineData("IN_MAINTENANCE", LifecycleStatus.InMaintenance)]
    [InlineData("In-Use", LifecycleStatus.InUse)]
    public void ALifecycleStatusToleratesCaseAndUnderscores(string text, LifecycleStatus expected)
    {
        DeviceVocabulary.TryParse(text, out LifecycleStatus parsed).ShouldBeTrue();
        parsed.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lifesustaining")]
    [InlineData("LifeSustaining")]
    [InlineData("life sustaining")]
    [InlineData("1")]
    [InlineData("critical")]
    public void AnUnknownClinicalFunctionIsRejected(string? text) =>
        DeviceVocabulary.TryParse(text, out ClinicalFunction _).ShouldBeFalse();

    [Theory]
    [InlineData("hospital network")]
    [InlineData("0")]
    [InlineData("wan")]
    public void AnUnknownExposureIsRejected(string text) =>
        DeviceVocabulary.TryParse(text, out Exposure _).ShouldBeFalse();

    [Theory]
    [InlineData("inuse")]
    [InlineData("decommissioned")]
    public void AnUnknownLifecycleStatusIsRejected(string text) =>
        DeviceVocabulary.TryParse(text, out LifecycleStatus _).ShouldBeFalse();
}
