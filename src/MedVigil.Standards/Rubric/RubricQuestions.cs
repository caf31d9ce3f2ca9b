using static MedVigil.Standards.Rubric.RubricAnswerKind;
using static MedVigil.Standards.Rubric.RubricDataCategory;

namespace MedVigil.Standards.Rubric;

/// <summary>
/// The 31 questions of MITRE's rubric (v0.12.04, as its calculator md-cvss-rubric-calc.xlsm asks them), in the
/// calculator's order, with their extended-vector ids as constants. A test checks ids, numbers, metrics, answers,
/// categories and texts against the extracted <c>rubric-questions.json</c>.
/// </summary>
public static class RubricQuestions
{
    /// <summary>AV Q1: Can the attacker utilize some type of network or communication protocol to exploit this vulnerability?</summary>
    public const string XAVN = "XAVN";

    /// <summary>AV Q2: Does the network use OSI layer 3 or 4 protocols, e.g. IP, TCP/IP, or UDP?</summary>
    public const string XAVT = "XAVT";

    /// <summary>AV Q3: Is the communication over a wireless channel?</summary>
    public const string XAVW = "XAVW";

    /// <summary>AV Q4: Is the range approximately 10 feet or less?</summary>
    public const string XAVR = "XAVR";

    /// <summary>AV Q5: Must the attacker have physical contact with the device?</summary>
    public const string XAVP = "XAVP";

    /// <summary>AV Q5.1: Is the device accessed through a “human-user interface,” i.e. a user interface intended for manual operation by device users?</summary>
    public const string XAVPA = "XAVPA";

    /// <summary>AC Q1: Can the attacker attempt to exploit the vulnerability at will, i.e., without requiring any special circumstances, configurations, or use of other vulnerabilities or attacks before attacking this vulnerability?</summary>
    public const string XACL = "XACL";

    /// <summary>PR Q1: Does the device/component use an authorization model that supports login for multiple different users or roles with different privilege levels?</summary>
    public const string XPRL = "XPRL";

    /// <summary>PR Q2: Before attempting to exploit the vulnerability, must the attacker be authorized to the affected component?</summary>
    public const string XPRZ = "XPRZ";

    /// <summary>PR Q3: Must the attacker have administrator, maintainer, or other system-level privileges to attempt to exploit the vulnerability?</summary>
    public const string XPRS = "XPRS";

    /// <summary>UI Q1: To successfully exploit the vulnerability, must the attacker depend on another user or victim to perform an action or otherwise interact with the system?</summary>
    public const string XUI = "XUI";

    /// <summary>S Q1: Can the attacker affect a component whose authority (“authorization scope”) is different than that of the vulnerable component?</summary>
    public const string XS = "XS";

    /// <summary>C Q1.C: Can this data be read?</summary>
    public const string XCP = "XCP";

    /// <summary>C Q1.1.C: Can the exposed data cover a large number of patients, e.g. 500 or more, which may force regulatory action or data breach notification (e.g. HIPAA, GDPR)?</summary>
    public const string XCPM = "XCPM";

    /// <summary>I Q1.I: Can this data be modified/deleted?</summary>
    public const string XIP = "XIP";

    /// <summary>A Q1.A: Can this data be rendered inaccessible?</summary>
    public const string XAP = "XAP";

    /// <summary>C Q2.C: Can this data or functionality be read/exposed?</summary>
    public const string XCD = "XCD";

    /// <summary>I Q2.I: Can this data or functionality be modified/deleted?</summary>
    public const string XID = "XID";

    /// <summary>A Q2.A: Can this data or functionality be rendered inaccessible?</summary>
    public const string XAD = "XAD";

    /// <summary>C Q3.C: Can this data or functionality be read/exposed?</summary>
    public const string XCT = "XCT";

    /// <summary>I Q3.I: Can this data or functionality be modified/deleted?</summary>
    public const string XIT = "XIT";

    /// <summary>A Q3.A: Can this data or functionality be rendered inaccessible?</summary>
    public const string XAT = "XAT";

    /// <summary>C Q4.C: Can this data or functionality be read/exposed?</summary>
    public const string XCW = "XCW";

    /// <summary>I Q4.I: Can this data or functionality be modified/deleted?</summary>
    public const string XIW = "XIW";

    /// <summary>A Q4.A: Can this data or functionality be rendered inaccessible?</summary>
    public const string XAW = "XAW";

    /// <summary>C Q5.C: Can this data or functionality be read/exposed?</summary>
    public const string XCS = "XCS";

    /// <summary>I Q5.I: Can this data or functionality be modified/deleted?</summary>
    public const string XIS = "XIS";

    /// <summary>A Q5.A: Can this data or functionality be rendered inaccessible?</summary>
    public const string XAS = "XAS";

    /// <summary>C Q6.C: Can this data or functionality be read/exposed?</summary>
    public const string XCO = "XCO";

    /// <summary>I Q6.I: Can this data or functionality be modified/deleted?</summary>
    public const string XIO = "XIO";

    /// <summary>A Q6.A: Can this data or functionality be rendered inaccessible?</summary>
    public const string XAO = "XAO";

    /// <summary>Every question, in the calculator's order (AV, AC, PR, UI, S, then C/I/A category by category).</summary>
    public static IReadOnlyList<RubricQuestion> All { get; } =
    [
        new(XAVN, "Q1", "AV", YesNoUnknown, null,
            "Can the attacker utilize some type of network or communication protocol to exploit this vulnerability?"),
        new(XAVT, "Q2", "AV", YesNoUnknown, null,
            "Does the network use OSI layer 3 or 4 protocols, e.g. IP, TCP/IP, or UDP?"),
        new(XAVW, "Q3", "AV", YesNoUnknown, null,
            "Is the communication over a wireless channel?"),
        new(XAVR, "Q4", "AV", YesNo, null,
            "Is the range approximately 10 feet or less?"),
        new(XAVP, "Q5", "AV", YesNoUnknown, null,
            "Must the attacker have physical contact with the device?"),
        new(XAVPA, "Q5.1", "AV", YesNoUnknown, null,
            "Is the device accessed through a “human-user interface,” i.e. a user interface intended for manual operation by device users?"),
        new(XACL, "Q1", "AC", YesNoUnknown, null,
            "Can the attacker attempt to exploit the vulnerability at will, i.e., without requiring any special circumstances, configurations, or use of other vulnerabilities or attacks before attacking this vulnerability?"),
        new(XPRL, "Q1", "PR", YesNoUnknown, null,
            "Does the device/component use an authorization model that supports login for multiple different users or roles with different privilege levels?"),
        new(XPRZ, "Q2", "PR", YesNoUnknown, null,
            "Before attempting to exploit the vulnerability, must the attacker be authorized to the affected component?"),
        new(XPRS, "Q3", "PR", YesNoUnknown, null,
            "Must the attacker have administrator, maintainer, or other system-level privileges to attempt to exploit the vulnerability?"),
        new(XUI, "Q1", "UI", YesNoUnknown, null,
            "To successfully exploit the vulnerability, must the attacker depend on another user or victim to perform an action or otherwise interact with the system?"),
        new(XS, "Q1", "S", YesNoUnknown, null,
            "Can the attacker affect a component whose authority (“authorization scope”) is different than that of the vulnerable component?"),
        new(XCP, "Q1.C", "C", YesNoUnknown, PhiPii,
            "Can this data be read?"),
        new(XCPM, "Q1.1.C", "C", YesNoUnknown, PhiPii,
            "Can the exposed data cover a large number of patients, e.g. 500 or more, which may force regulatory action or data breach notification (e.g. HIPAA, GDPR)?"),
        new(XIP, "Q1.I", "I", Level, PhiPii,
            "Can this data be modified/deleted?"),
        new(XAP, "Q1.A", "A", Level, PhiPii,
            "Can this data be rendered inaccessible?"),
        new(XCD, "Q2.C", "C", Level, DiagnosisOrMonitoring,
            "Can this data or functionality be read/exposed?"),
        new(XID, "Q2.I", "I", Level, DiagnosisOrMonitoring,
            "Can this data or functionality be modified/deleted?"),
        new(XAD, "Q2.A", "A", Level, DiagnosisOrMonitoring,
            "Can this data or functionality be rendered inaccessible?"),
        new(XCT, "Q3.C", "C", Level, TherapyDelivery,
            "Can this data or functionality be read/exposed?"),
        new(XIT, "Q3.I", "I", Level, TherapyDelivery,
            "Can this data or functionality be modified/deleted?"),
        new(XAT, "Q3.A", "A", Level, TherapyDelivery,
            "Can this data or functionality be rendered inaccessible?"),
        new(XCW, "Q4.C", "C", Level, ClinicalWorkflow,
            "Can this data or functionality be read/exposed?"),
        new(XIW, "Q4.I", "I", Level, ClinicalWorkflow,
            "Can this data or functionality be modified/deleted?"),
        new(XAW, "Q4.A", "A", Level, ClinicalWorkflow,
            "Can this data or functionality be rendered inaccessible?"),
        new(XCS, "Q5.C", "C", Level, PrivateSystemData,
            "Can this data or functionality be read/exposed?"),
        new(XIS, "Q5.I", "I", Level, PrivateSystemData,
            "Can this data or functionality be modified/deleted?"),
        new(XAS, "Q5.A", "A", Level, PrivateSystemData,
            "Can this data or functionality be rendered inaccessible?"),
        new(XCO, "Q6.C", "C", Level, OtherCritical,
            "Can this data or functionality be read/exposed?"),
        new(XIO, "Q6.I", "I", Level, OtherCritical,
            "Can this data or functionality be modified/deleted?"),
        new(XAO, "Q6.A", "A", Level, OtherCritical,
            "Can this data or functionality be rendered inaccessible?"),
    ];

    private static readonly Dictionary<string, int> IndexById =
        All.Select((q, i) => (q.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> IndexBySpan =
        IndexById.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The question with this id (ignoring case), or null.</summary>
    public static RubricQuestion? Find(string id) => IndexById.TryGetValue(id, out var i) ? All[i] : null;

    /// <summary>The position of a question in <see cref="All"/>, or -1 when the id is unknown.</summary>
    internal static int IndexOf(ReadOnlySpan<char> id) => IndexBySpan.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The questions of one category for one impact metric (<c>C</c>, <c>I</c> or <c>A</c>), e.g. XCP and XCPM.</summary>
    public static IReadOnlyList<RubricQuestion> Of(RubricDataCategory category, string metric) =>
        All.Where(q => q.Category == category && q.Metric == metric).ToList();

    /// <summary>The rubric's name of a data category, e.g. "Data or functionality related to the delivery of therapy".</summary>
    public static string NameOf(RubricDataCategory category) => category switch
    {
        PhiPii => "PHI/PII data",
        DiagnosisOrMonitoring => "Data or functionality related to diagnosis or monitoring",
        TherapyDelivery => "Data or functionality related to the delivery of therapy",
        ClinicalWorkflow => "Data or functionality related to clinical workflow",
        PrivateSystemData => "Data or functionality related to private system or system-user data",
        OtherCritical => "Any other kind of critical, sensitive data or functionality",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a rubric data category."),
    };
}
