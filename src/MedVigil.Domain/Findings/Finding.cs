using MedVigil.Domain.Common;

namespace MedVigil.Domain.Findings;

/// <summary>Whether the evidence says the subject is affected.</summary>
public enum FindingStatus
{
    Affected,
    Fixed,
    NotAffected,
    UnderInvestigation,
}

/// <summary>
/// "This device (or model version, or component) is affected by this vulnerability", with the evidence that said
/// so and its analysis. Never deleted: retracted with a reason when the evidence goes away.
/// </summary>
public sealed class Finding : ITenantOwned
{
    private Finding()
    {
        VulnerabilityId = Reason = string.Empty;
        Analysis = null!;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string VulnerabilityId { get; private set; }

    public Guid? AdvisoryId { get; private set; }

    public Guid? DeviceId { get; private set; }

    public Guid? ModelVersionId { get; private set; }

    public Guid? ComponentId { get; private set; }

    public FindingStatus Status { get; private set; }

    /// <summary>Why the evidence matched, in words a reviewer can check.</summary>
    public string Reason { get; private set; }

    public Analysis Analysis { get; private set; }

    /// <summary>The kind of source whose statement decided the finding (<c>osv</c>, <c>nvd</c>, <c>csaf</c>, <c>openvex</c>…).</summary>
    public string? Source { get; private set; }

    /// <summary>The publisher's id of the deciding advisory (CSAF tracking id, CVE, OSV id), for display without a join.</summary>
    public string? AdvisoryExternalId { get; private set; }

    /// <summary>The component's package without its version (purl, CPE vendor:product or name): what analyses carry over on.</summary>
    public string? ComponentKey { get; private set; }

    /// <summary>The component as its SBOM named it, with its version.</summary>
    public string? ComponentText { get; private set; }

    /// <summary>The explanation in parts (statement, identifiers, comparison, document, pointer, statements that lost), as JSON.</summary>
    public string? Evidence { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the status or the evidence last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? RetractedAt { get; private set; }

    public string? RetractionReason { get; private set; }

    public bool IsRetracted => RetractedAt is not null;

    public static Finding Open(
        Guid tenantId, FindingSubject subject, string vulnerabilityId, Guid? advisoryId, FindingStatus status,
        string reason, TimeProvider time, FindingEvidence? evidence = null)
    {
        if (subject.DeviceId is null && subject.ModelVersionId is null && subject.ComponentId is null)
        {
            throw new ArgumentException("A finding needs a device, a model version or a component.", nameof(subject));
        }

        var now = time.GetUtcNow();
        return new Finding
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Id = Ids.New(time),
            VulnerabilityId = Guard.Text(vulnerabilityId, nameof(vulnerabilityId), 100),
            AdvisoryId = advisoryId,
            DeviceId = subject.DeviceId,
            ModelVersionId = subject.ModelVersionId,
            ComponentId = subject.ComponentId,
            Status = status,
            Reason = Guard.Text(reason, nameof(reason), 4000),
            Analysis = Analysis.Initial(now),
            Source = evidence?.Source,
            AdvisoryExternalId = evidence?.AdvisoryExternalId,
            ComponentKey = evidence?.ComponentKey,
            ComponentText = evidence?.ComponentText,
            Evidence = evidence?.Details,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Takes a new decision of the evidence; returns false when nothing differs, so unchanged rows are not written.</summary>
    public bool Revise(FindingStatus status, Guid? advisoryId, string reason, FindingEvidence evidence, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (IsRetracted)
        {
            throw new InvalidOperationException("A retracted finding is history; open a new one.");
        }

        if (Status == status && AdvisoryId == advisoryId && Reason == reason && Source == evidence.Source
            && AdvisoryExternalId == evidence.AdvisoryExternalId && ComponentText == evidence.ComponentText && Evidence == evidence.Details)
        {
            return false;
        }

        Status = status;
        AdvisoryId = advisoryId;
        Reason = Guard.Text(reason, nameof(reason), 4000);
        Source = evidence.Source;
        AdvisoryExternalId = evidence.AdvisoryExternalId;
        ComponentText = evidence.ComponentText;
        Evidence = evidence.Details;
        UpdatedAt = time.GetUtcNow();
        return true;
    }

    /// <summary>Records a new analysis; <c>not_affected</c> must say why.</summary>
    public Result<Analysis> Analyse(Analysis analysis)
    {
        if (IsRetracted)
        {
            return Error.InvalidTransition("A retracted finding cannot be analysed.");
        }

        if (analysis.State == AnalysisState.NotAffected && analysis.Justification is null)
        {
            return Error.Validation("A not-affected analysis needs a justification.",
                new FieldError("justification", "required when state is not_affected"));
        }

        Analysis = analysis;
        return analysis;
    }

    /// <summary>Withdraws the finding because its evidence went away; the row and its history stay.</summary>
    public Result<DateTimeOffset> Retract(string reason, TimeProvider time)
    {
        if (IsRetracted)
        {
            return Error.InvalidTransition("The finding is already retracted.");
        }

        RetractionReason = Guard.Text(reason, nameof(reason), 1000);
        RetractedAt = time.GetUtcNow();
        return RetractedAt.Value;
    }
}

/// <summary>Where a finding's evidence came from and what it is about, beyond its ids (see the properties of <see cref="Finding"/>).</summary>
public sealed record FindingEvidence(string? Source, string? AdvisoryExternalId, string? ComponentKey, string? ComponentText, string? Details);

/// <summary>What a finding is about: a device, a model version, a component, or a combination.</summary>
public sealed record FindingSubject(Guid? DeviceId = null, Guid? ModelVersionId = null, Guid? ComponentId = null);
