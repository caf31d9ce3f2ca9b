using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;

namespace MedVigil.Domain.Mitigations;

/// <summary>
/// A planned change that lowers the risk of findings on devices (ADR 0025), with what it costs the clinic, and its
/// workflow: proposed → approved → scheduled → done → verified, or rejected / cancelled on the way. Only write roles
/// move it; approving work on a life-sustaining, therapeutic or unclassified device needs a clinical engineer's
/// sign-off first. Refused moves are results, never exceptions. The host audits every move.
/// </summary>
public sealed class Mitigation : ITenantOwned
{
    public const int NotesMaxLength = 4000;
    public const int NameMaxLength = 200;

    private Mitigation()
    {
        Owner = ProposedBy = string.Empty;
        Cost = ClinicalCost.None;
        DeviceIds = [];
        VulnerabilityIds = [];
        FindingIds = [];
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public MitigationKind Kind { get; private set; }

    public MitigationState State { get; private set; }

    /// <summary>The devices the work touches.</summary>
    public IReadOnlyList<Guid> DeviceIds { get; private set; }

    /// <summary>The vulnerabilities it addresses on those devices; empty means every finding of the devices.</summary>
    public IReadOnlyList<string> VulnerabilityIds { get; private set; }

    /// <summary>Single findings it addresses, beside <see cref="VulnerabilityIds"/>.</summary>
    public IReadOnlyList<Guid> FindingIds { get; private set; }

    public ClinicalCost Cost { get; private set; }

    /// <summary>Who answers for getting it done.</summary>
    public string Owner { get; private set; }

    public string? Notes { get; private set; }

    public ClinicalSignOff? SignOff { get; private set; }

    public string ProposedBy { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>When the work is planned to start (set by scheduling).</summary>
    public DateTimeOffset? PlannedStart { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? VerifiedBy { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Why it was rejected or cancelled.</summary>
    public string? ClosedReason { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Whether the mitigation covers a finding on a device: the device is named, and so is the finding or its vulnerability (or none is).</summary>
    public bool Covers(Guid deviceId, Guid findingId, string vulnerabilityId) =>
        DeviceIds.Contains(deviceId)
        && ((VulnerabilityIds.Count == 0 && FindingIds.Count == 0)
            || FindingIds.Contains(findingId)
            || VulnerabilityIds.Contains(vulnerabilityId, StringComparer.OrdinalIgnoreCase));

    public bool IsFinal => State is MitigationState.Verified or MitigationState.Rejected or MitigationState.Cancelled;

    /// <summary>Proposes a mitigation; a validation failure names every field that is wrong.</summary>
    public static Result<Mitigation> Propose(
        Guid tenantId, MitigationKind kind, IReadOnlyCollection<Guid> deviceIds, IReadOnlyCollection<string> vulnerabilityIds,
        IReadOnlyCollection<Guid> findingIds, ClinicalCost cost, string owner, string? notes, MitigationActor actor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(deviceIds);
        ArgumentNullException.ThrowIfNull(vulnerabilityIds);
        ArgumentNullException.ThrowIfNull(findingIds);
        ArgumentNullException.ThrowIfNull(cost);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Role.CanWrite())
        {
            return ReadOnly(actor);
        }

        var problems = new List<FieldError>();
        if (deviceIds.Count == 0)
        {
            problems.Add(new("devices", "name at least one device"));
        }

        // An update fixes, and a disabled service closes, something in particular; the others act on whole devices.
        if (kind is MitigationKind.Update or MitigationKind.DisableService && vulnerabilityIds.Count == 0 && findingIds.Count == 0)
        {
            problems.Add(new("vulnerabilities", $"a {MitigationVocabulary.Name(kind)} mitigation names the vulnerabilities or findings it addresses"));
        }

        if (cost.DowntimePerDevice < TimeSpan.Zero)
        {
            problems.Add(new("downtime", "cannot be negative"));
        }

        if (string.IsNullOrWhiteSpace(owner) || owner.Trim().Length > NameMaxLength)
        {
            problems.Add(new("owner", $"required, at most {NameMaxLength} characters"));
        }

        if (notes is { Length: > NotesMaxLength })
        {
            problems.Add(new("notes", $"at most {NotesMaxLength} characters"));
        }

        if (problems.Count > 0)
        {
            return Error.Validation("The mitigation is not valid: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")) + ".", [.. problems]);
        }

        var now = time.GetUtcNow();
        return new Mitigation
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Id = Ids.New(time),
            Kind = kind,
            State = MitigationState.Proposed,
            DeviceIds = deviceIds.Distinct().ToArray(),
            VulnerabilityIds = vulnerabilityIds.Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            FindingIds = findingIds.Distinct().ToArray(),
            Cost = cost,
            Owner = owner.Trim(),
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            ProposedBy = Name(actor),
            ProposedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// Whether approval needs a clinical sign-off: when the cost says so, or when any device is life-sustaining,
    /// therapeutic, or not yet classified (unknown takes the worst case, as in risk).
    /// </summary>
    public bool NeedsClinicalSignOff(IEnumerable<ClinicalFunction> deviceFunctions)
    {
        ArgumentNullException.ThrowIfNull(deviceFunctions);
        return Cost.SignOffRequired
            || deviceFunctions.Any(f => f is ClinicalFunction.LifeSustaining or ClinicalFunction.Therapeutic or ClinicalFunction.Unknown);
    }

    /// <summary>A clinical engineer agrees to the work, before approval. Nobody else can sign off.</summary>
    public Result<ClinicalSignOff> RecordClinicalSignOff(MitigationActor actor, string? note, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != Role.ClinicalEngineer)
        {
            return Error.Forbidden($"Only a clinical engineer can sign off a mitigation; {Name(actor)} is {actor.Role}.");
        }

        if (State != MitigationState.Proposed)
        {
            return Refused("sign off", "proposed");
        }

        if (note is { Length: > NotesMaxLength })
        {
            return Error.Validation($"note: at most {NotesMaxLength} characters.", new FieldError("note", $"at most {NotesMaxLength} characters"));
        }

        SignOff = new ClinicalSignOff(Name(actor), time.GetUtcNow(), string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        UpdatedAt = SignOff.At;
        return SignOff;
    }

    /// <summary>Approves the work; refused without a sign-off when <see cref="NeedsClinicalSignOff"/> says one is needed.</summary>
    public Result<MitigationState> Approve(MitigationActor actor, IEnumerable<ClinicalFunction> deviceFunctions, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(actor, "approve", MitigationState.Proposed) is { } refused)
        {
            return refused;
        }

        if (SignOff is null && NeedsClinicalSignOff(deviceFunctions))
        {
            return Error.Conflict("clinical_sign_off_required",
                $"Mitigation {Id} touches a life-sustaining, therapeutic or unclassified device (or its cost asks for sign-off): "
                + "a clinical engineer must sign it off before it can be approved.");
        }

        ApprovedBy = Name(actor);
        ApprovedAt = time.GetUtcNow();
        return Move(MitigationState.Approved, ApprovedAt.Value);
    }

    /// <summary>Plans the start of the work; a scheduled mitigation can be planned again.</summary>
    public Result<MitigationState> Schedule(MitigationActor actor, DateTimeOffset plannedStart, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(actor, "schedule", MitigationState.Approved, MitigationState.Scheduled) is { } refused)
        {
            return refused;
        }

        PlannedStart = plannedStart.ToUniversalTime();
        return Move(MitigationState.Scheduled, time.GetUtcNow());
    }

    /// <summary>The work was carried out; its effect counts only once someone verifies it.</summary>
    public Result<MitigationState> MarkDone(MitigationActor actor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(actor, "mark done", MitigationState.Scheduled) is { } refused)
        {
            return refused;
        }

        DoneAt = time.GetUtcNow();
        return Move(MitigationState.Done, DoneAt.Value);
    }

    /// <summary>Someone checked that the work is in place: from now on it changes the devices' SSVC inputs.</summary>
    public Result<MitigationState> Verify(MitigationActor actor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(actor, "verify", MitigationState.Done) is { } refused)
        {
            return refused;
        }

        VerifiedBy = Name(actor);
        VerifiedAt = time.GetUtcNow();
        return Move(MitigationState.Verified, VerifiedAt.Value);
    }

    public Result<MitigationState> Reject(MitigationActor actor, string? reason, TimeProvider time) =>
        Close(actor, "reject", reason, MitigationState.Rejected, time, MitigationState.Proposed);

    public Result<MitigationState> Cancel(MitigationActor actor, string? reason, TimeProvider time) =>
        Close(actor, "cancel", reason, MitigationState.Cancelled, time, MitigationState.Proposed, MitigationState.Approved, MitigationState.Scheduled, MitigationState.Done);

    private Result<MitigationState> Close(MitigationActor actor, string verb, string? reason, MitigationState to, TimeProvider time, params MitigationState[] from)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(actor, verb, from) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > NotesMaxLength)
        {
            return Error.Validation($"reason: say why ({NotesMaxLength} characters at most).", new FieldError("reason", "required"));
        }

        ClosedReason = reason.Trim();
        return Move(to, time.GetUtcNow());
    }

    private Error? Check(MitigationActor actor, string verb, params MitigationState[] from)
    {
        if (!actor.Role.CanWrite())
        {
            return ReadOnly(actor);
        }

        return from.Contains(State) ? null : Refused(verb, string.Join(" or ", from.Select(MitigationVocabulary.Name)));
    }

    private Error Refused(string verb, string allowed) => Error.InvalidTransition(
        $"Cannot {verb} mitigation {Id}: it is {MitigationVocabulary.Name(State)}, and only a {allowed} one can be moved that way.");

    private static Error ReadOnly(MitigationActor actor) =>
        Error.Forbidden($"{Name(actor)} ({actor.Role}) may only read; mitigations are moved by write roles.");

    private MitigationState Move(MitigationState to, DateTimeOffset at)
    {
        State = to;
        UpdatedAt = at;
        return to;
    }

    private static string Name(MitigationActor actor) =>
        actor.Name.Length <= NameMaxLength ? actor.Name : actor.Name[..NameMaxLength];
}
