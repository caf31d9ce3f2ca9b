using MedVigil.Domain.Common;
using MedVigil.Domain.Findings;

namespace MedVigil.Domain.Tests.Findings;

public sealed class FindingTests
{
    private static readonly Guid TenantId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid DeviceId = Guid.Parse("0193a1b2-0000-7000-8000-000000000002");

    private static Finding Open(TimeProvider time, FindingSubject? subject = null) => Finding.Open(
        TenantId, subject ?? new FindingSubject(DeviceId: DeviceId), "CVE-2021-44228", null, FindingStatus.Affected,
        "log4j-core 2.14.1 is in the SBOM", time);

    private static Analysis Analysis(AnalysisState state, Justification? justification = null) =>
        new(state, justification, "checked", "bob", Clock.Start.AddDays(1));

    [Fact]
    public void OpenStartsInTriageAtTheClocksTime()
    {
        var finding = Open(Clock.Fake());

        finding.TenantId.ShouldBe(TenantId);
        finding.DeviceId.ShouldBe(DeviceId);
        finding.VulnerabilityId.ShouldBe("CVE-2021-44228");
        finding.Status.ShouldBe(FindingStatus.Affected);
        finding.CreatedAt.ShouldBe(Clock.Start);
        finding.Analysis.ShouldBe(new Analysis(AnalysisState.InTriage, null, null, "system", Clock.Start));
        finding.IsRetracted.ShouldBeFalse();
    }

    public static TheoryData<FindingSubject> Subjects => new()
    {
        new FindingSubject(DeviceId: Guid.NewGuid()),
        new FindingSubject(ModelVersionId: Guid.NewGuid()),
        new FindingSubject(ComponentId: Guid.NewGuid()),
        new FindingSubject(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void OpenAcceptsAnyKindOfSubject(FindingSubject subject)
    {
        var finding = Open(Clock.Fake(), subject);

        finding.DeviceId.ShouldBe(subject.DeviceId);
        finding.ModelVersionId.ShouldBe(subject.ModelVersionId);
        finding.ComponentId.ShouldBe(subject.ComponentId);
    }

    [Fact]
    public void OpenRequiresASubject() =>
        Should.Throw<ArgumentException>(() => Open(Clock.Fake(), new FindingSubject())).ParamName.ShouldBe("subject");

    [Fact]
    public void ANotAffectedAnalysisWithoutAJustificationIsAValidationError()
    {
        var finding = Open(Clock.Fake());

        var result = finding.Analyse(Analysis(AnalysisState.NotAffected));

        result.IsSuccess.ShouldBeFalse();
        result.Error.Kind.ShouldBe(ErrorKind.Validation);
        result.Error.Fields.ShouldHaveSingleItem().Field.ShouldBe("justification");
        finding.Analysis.State.ShouldBe(AnalysisState.InTriage);
    }

    [Theory]
    [InlineData(AnalysisState.NotAffected, Justification.CodeNotReachable)]
    [InlineData(AnalysisState.Exploitable, null)]
    [InlineData(AnalysisState.Resolved, null)]
    [InlineData(AnalysisState.FalsePositive, null)]
    public void AnAnalysisReplacesThePreviousOne(AnalysisState state, Justification? justification)
    {
        var finding = Open(Clock.Fake());
        var analysis = Analysis(state, justification);

        finding.Analyse(analysis).Value.ShouldBe(analysis);

        finding.Analysis.ShouldBe(analysis);
    }

    [Fact]
    public void RetractRecordsTheReasonAndTime()
    {
        var time = Clock.Fake();
        var finding = Open(time);
        time.Advance(TimeSpan.FromDays(2));

        var result = finding.Retract(" component removed in 4.3 ", time);

        result.Value.ShouldBe(Clock.Start.AddDays(2));
        finding.IsRetracted.ShouldBeTrue();
        finding.RetractedAt.ShouldBe(Clock.Start.AddDays(2));
        finding.RetractionReason.ShouldBe("component removed in 4.3");
    }

    [Fact]
    public void RetractingTwiceIsAnInvalidTransition()
    {
        var time = Clock.Fake();
        var finding = Open(time);
        finding.Retract("gone", time).IsSuccess.ShouldBeTrue();
        time.Advance(TimeSpan.FromDays(1));

        var again = finding.Retract("gone again", time);

        again.IsSuccess.ShouldBeFalse();
        again.Error.Kind.ShouldBe(ErrorKind.InvalidTransition);
        finding.RetractionReason.ShouldBe("gone");
        finding.RetractedAt.ShouldBe(Clock.Start);
    }

    [Fact]
    public void ARetractedFindingCannotBeAnalysed()
    {
        var time = Clock.Fake();
        var finding = Open(time);
        finding.Retract("gone", time).IsSuccess.ShouldBeTrue();

        var result = finding.Analyse(Analysis(AnalysisState.Exploitable));

        result.IsSuccess.ShouldBeFalse();
        result.Error.Kind.ShouldBe(ErrorKind.InvalidTransition);
        finding.Analysis.State.ShouldBe(AnalysisState.InTriage);
    }
}
