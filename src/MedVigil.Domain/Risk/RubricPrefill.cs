using MedVigil.Domain.Devices;
using MedVigil.Standards.Rubric;
using static MedVigil.Standards.Rubric.RubricAnswer;
using static MedVigil.Standards.Rubric.RubricQuestions;

namespace MedVigil.Domain.Risk;

/// <summary>
/// Pre-fills the medical CVSS rubric (<see cref="MedicalDeviceRubric"/>) from device facts. Pure. It answers only what
/// a fact settles for every vulnerability of the device: a networked device is reached over IP, a device without PHI
/// loses none, a single-role device has no privilege to require. Questions about the vulnerability itself
/// (complexity, user interaction, scope, what it reads or changes) stay unanswered, so they score the worst case until
/// an analyst answers them (<see cref="PrefilledRubric.OverriddenBy"/>).
/// </summary>
public static class RubricPrefill
{
    /// <summary>Patients at or above which a PHI exposure is at breach-notification scale (XCPM).</summary>
    public const int BreachScalePatients = 500;

    /// <summary>The answers the facts settle, each with its reason.</summary>
    public static PrefilledRubric From(RubricDeviceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.PatientRecordsHeld is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(facts), facts.PatientRecordsHeld, "A device cannot hold a negative number of patient records.");
        }

        var answers = new Dictionary<string, PrefilledAnswer>(StringComparer.Ordinal);
        Connectivity(facts, answers);
        if (facts.MultipleUserRoles is { } roles)
        {
            Add(answers, XPRL, roles ? Yes : No,
                roles ? "the device has logins for several roles of different privilege" : "the device has a single role (no multi-user authorization model)");
        }

        if (facts.PatientRecordsHeld is { } records and < BreachScalePatients)
        {
            Add(answers, XCPM, No, $"the device holds records of at most {records} patients (fewer than {BreachScalePatients})");
        }

        foreach (var category in facts.AbsentDataCategories ?? new HashSet<RubricDataCategory>())
        {
            Absent(answers, category);
        }

        return new PrefilledRubric(RubricQuestions.All.Where(q => answers.ContainsKey(q.Id)).Select(q => answers[q.Id]).ToList());
    }

    /// <summary>The answers a <see cref="Device"/>'s own facts settle (<see cref="RubricDeviceFacts.Of"/>).</summary>
    public static PrefilledRubric From(Device device) => From(RubricDeviceFacts.Of(device));

    // Attack Vector: IP networking from the exposure, the radio from the wireless link; "no link of any kind" only
    // when every kind of link is known to be absent.
    private static void Connectivity(RubricDeviceFacts facts, Dictionary<string, PrefilledAnswer> answers)
    {
        if (facts.Exposure is Exposure.Internet or Exposure.HospitalNetwork or Exposure.Segmented)
        {
            var exposure = DeviceVocabulary.ToWire(facts.Exposure);
            Add(answers, XAVN, Yes, $"the device is on an IP network (exposure {exposure})");
            Add(answers, XAVT, Yes, $"the device is on an IP network (exposure {exposure})");
        }
        else if (facts.Exposure is Exposure.LocalOnly)
        {
            Add(answers, XAVT, No, "the device is not on an IP network (exposure local-only)");
            if (facts is { Wireless: WirelessLink.None, WiredDataLinks: false })
            {
                Add(answers, XAVN, No, "the device has no IP network, no radio and no wired data link");
            }
            else if (facts.WiredDataLinks is true)
            {
                Add(answers, XAVN, Yes, "the device has a wired data link (serial, USB or proprietary)");
            }
        }

        switch (facts.Wireless)
        {
            case WirelessLink.None:
                Add(answers, XAVW, No, "the device has no radio");
                break;
            case WirelessLink.ShortRange:
                Add(answers, XAVN, Yes, "the device has a radio link");
                Add(answers, XAVW, Yes, "the device has a radio link");
                Add(answers, XAVR, Yes, "its radio reaches about 10 feet or less (BLE, NFC, inductive)");
                break;
            case WirelessLink.LongRange:
                Add(answers, XAVN, Yes, "the device has a radio link");
                Add(answers, XAVW, Yes, "the device has a radio link");
                Add(answers, XAVR, No, "its radio reaches beyond 10 feet");
                break;
        }
    }

    private static void Absent(Dictionary<string, PrefilledAnswer> answers, RubricDataCategory category)
    {
        var reason = $"the device has no {RubricQuestions.NameOf(category)}";
        foreach (var question in new[] { "C", "I", "A" }.SelectMany(metric => RubricQuestions.Of(category, metric)))
        {
            // PHI/PII confidentiality is the yes/no "can it be read?" (XCP); its XCPM follow-up is then never asked.
            if (question.Id == XCPM)
            {
                continue;
            }

            Add(answers, question.Id, question.IsYesNo ? No : None, reason);
        }
    }

    // Each rule above answers a question at most once with one answer; two rules disagreeing is a bug here.
    private static void Add(Dictionary<string, PrefilledAnswer> answers, string questionId, RubricAnswer answer, string reason)
    {
        if (answers.TryGetValue(questionId, out var earlier))
        {
            if (earlier.Answer != answer)
            {
                throw new InvalidOperationException($"Pre-fill rules disagree on {questionId}: {earlier} vs {RubricAnswers.Word(answer)} ({reason}).");
            }

            return;
        }

        answers.Add(questionId, new PrefilledAnswer(questionId, answer, reason));
    }
}
