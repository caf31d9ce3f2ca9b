using System.Globalization;
using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Domain.Mitigations;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Mitigations;

/// <summary>The workflow steps a person can take on a mitigation.</summary>
public enum MitigationStep
{
    SignOff,
    Approve,
    Schedule,
    Done,
    Verify,
    Reject,
    Cancel,
}

/// <summary>
/// One step on a mitigation. <see cref="PlannedStart"/> is for <c>schedule</c>; <see cref="Note"/> is the sign-off note
/// or the reason to reject or cancel. <see cref="SignedOffBy"/> lets an Admin (the command line's operator) record a
/// sign-off given by a named clinical engineer of the tenant; anyone else signs off as themselves.
/// </summary>
public sealed record MoveMitigationCommand(Guid MitigationId, MitigationStep Step, DateTimeOffset? PlannedStart = null, string? Note = null, string? SignedOffBy = null);

/// <summary>
/// Moves a mitigation one step (ADR 0025) and audits it as <c>mitigation.{step}</c>. Verifying stores the residual
/// priority of every open finding it covers, before and after, so history keeps what it bought.
/// </summary>
public sealed class MoveMitigation(MedVigilDbContext db, TenantScope scope, TimeProvider time)
{
    public async Task<Result<MitigationView>> ExecuteAsync(MoveMitigationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        scope.RequireTenant();
        var mitigation = await db.Mitigations.SingleOrDefaultAsync(m => m.Id == command.MitigationId, cancellationToken);
        if (mitigation is null)
        {
            return Error.NotFound("Mitigation", command.MitigationId);
        }

        var actor = new MitigationActor(scope.Actor, scope.Role ?? Role.Viewer);
        string summary;
        switch (command.Step)
        {
            case MitigationStep.SignOff:
                var signer = await SignerAsync(actor, command.SignedOffBy, cancellationToken);
                if (!signer.IsSuccess)
                {
                    return signer.Error;
                }

                var signed = mitigation.RecordClinicalSignOff(signer.Value, command.Note, time);
                if (!signed.IsSuccess)
                {
                    return signed.Error;
                }

                summary = $"clinical sign-off by {signed.Value.By}" + (signer.Value.Name != actor.Name ? $", recorded by {actor.Name}" : "")
                    + (signed.Value.Note is { } note ? $": {note}" : "");
                break;
            case MitigationStep.Approve:
                var functions = await db.Devices.AsNoTracking().Where(d => mitigation.DeviceIds.Contains(d.Id)).Select(d => d.ClinicalFunction).ToListAsync(cancellationToken);
                if (Moved(mitigation.Approve(actor, functions, time)) is { } refused)
                {
                    return refused;
                }

                summary = mitigation.SignOff is { } s ? $"approved (signed off by {s.By})" : "approved (no clinical sign-off needed)";
                break;
            case MitigationStep.Schedule:
                if (command.PlannedStart is not { } start)
                {
                    return Error.Validation("planned_start: a scheduled mitigation carries its planned start.", new FieldError("planned_start", "required"));
                }

                if (Moved(mitigation.Schedule(actor, start, time)) is { } notScheduled)
                {
                    return notScheduled;
                }

                summary = string.Create(CultureInfo.InvariantCulture, $"scheduled to start {mitigation.PlannedStart:yyyy-MM-dd HH:mm}Z");
                break;
            case MitigationStep.Done:
                if (Moved(mitigation.MarkDone(actor, time)) is { } notDone)
                {
                    return notDone;
                }

                summary = "work done, awaiting verification";
                break;
            case MitigationStep.Verify:
                if (Moved(mitigation.Verify(actor, time)) is { } notVerified)
                {
                    return notVerified;
                }

                var residuals = (await DeviceFindings.LoadAsync(db, mitigation.DeviceIds, cancellationToken)).Residuals(mitigation, MitigationEffects.VerifiedLabel);
                db.MitigationResiduals.AddRange(residuals.Select(r => MitigationResidual.Record(mitigation, r, time)));
                var lowered = residuals.Count(r => r.PriorityBefore != r.PriorityAfter);
                summary = $"verified; residual priority kept for {residuals.Count} finding(s) on its devices, {lowered} changed";
                break;
            case MitigationStep.Reject:
            case MitigationStep.Cancel:
                var closed = command.Step == MitigationStep.Reject ? mitigation.Reject(actor, command.Note, time) : mitigation.Cancel(actor, command.Note, time);
                if (Moved(closed) is { } notClosed)
                {
                    return notClosed;
                }

                summary = $"{MitigationVocabulary.Name(mitigation.State)}: {mitigation.ClosedReason}";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.Step, "Not a mitigation step.");
        }

        db.Audit("mitigation." + Step(command.Step), nameof(Mitigation), mitigation.Id, $"{MitigationVocabulary.Name(mitigation.Kind)}: {summary}");
        await db.SaveChangesAsync(cancellationToken);
        return (await MitigationViews.ToViewsAsync(db, [mitigation], true, cancellationToken))[0];
    }

    /// <summary><c>sign-off</c>, <c>approve</c>, … as the audit action and the command line write them.</summary>
    public static string Step(MitigationStep step) => Domain.Devices.DeviceVocabulary.ToWire(step);

    private static Error? Moved(Result<MitigationState> result) => result.IsSuccess ? null : result.Error;

    /// <summary>The person signing off: the actor, or (for an Admin recording a sign-off) a clinical engineer of the tenant.</summary>
    private async Task<Result<MitigationActor>> SignerAsync(MitigationActor actor, string? signedOffBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(signedOffBy) || string.Equals(signedOffBy, actor.Name, StringComparison.OrdinalIgnoreCase))
        {
            return actor;
        }

        if (actor.Role != Role.Admin)
        {
            return Error.Forbidden($"Only an Admin may record a sign-off given by someone else; {actor.Name} is {actor.Role}.");
        }

        var tenantId = scope.RequireTenant();
        var email = signedOffBy.Trim();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.TenantId == tenantId && u.Email == email, cancellationToken);
        return user is null ? Error.NotFound("User", email) : new MitigationActor(user.Email ?? email, user.Role);
    }
}
