using BenchmarkDotNet.Attributes;
using MedVigil.Standards.Rubric;
using MedVigil.Standards.Ssvc;

namespace MedVigil.Bench;

/// <summary>SSVC decisions are table lookups and should neither allocate nor cost more than a few nanoseconds.</summary>
[MemoryDiagnoser]
public class SsvcBenchmarks
{
    private readonly RubricAnswers answers = RubricAnswers.Parse(
        "XAVN:YES/XAVT:YES/XACL:YES/XPRL:NO/XUI:NO/XS:NO/XCP:YES/XCPM:NO/XIP:NONE/XAP:NONE/XCD:LOW/XID:NONE/XAD:NONE"
        + "/XCT:NONE/XIT:HIGH/XAT:HIGH/XCW:NONE/XIW:NONE/XAW:NONE/XCS:LOW/XIS:NONE/XAS:NONE/XCO:NONE/XIO:NONE/XAO:NONE");

    /// <summary>All 72 deployer decisions.</summary>
    [Benchmark(OperationsPerInvoke = 72)]
    public int DeployerDecide()
    {
        var sum = 0;
        for (var e = 0; e < 3; e++)
        {
            for (var x = 0; x < 3; x++)
            {
                for (var a = 0; a < 2; a++)
                {
                    for (var h = 0; h < 4; h++)
                    {
                        sum += (int)SsvcDeployer.Decide((Exploitation)e, (SystemExposure)x, (Automatable)a, (HumanImpact)h);
                    }
                }
            }
        }

        return sum;
    }

    [Benchmark]
    public DeployerPriority DeployerFromSafetyAndMission() =>
        SsvcDeployer.Decide(Exploitation.Active, SystemExposure.Open, Automatable.Yes, SafetyImpact.Critical, MissionImpact.MefFailure);

    [Benchmark]
    public Exploitation ParseValueByName() => SsvcDecisionPoints.Exploitation.Parse("public poc");

    [Benchmark]
    public Exploitation ParseValueSummary() => SsvcDecisionPoints.Exploitation.Parse("ssvc:E:1.1.0:P");

    [Benchmark]
    public SsvcDecision<DeployerPriority> DeployerExplain() =>
        SsvcDeployer.Explain(Exploitation.Active, SystemExposure.Open, Automatable.Yes, SafetyImpact.Critical, MissionImpact.MefFailure);

    [Benchmark]
    public string RubricAssess() => MedicalDeviceRubric.Assess(answers).Vector;
}
