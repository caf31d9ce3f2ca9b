using System.Globalization;
using MedVigil.Application.Devices;
using MedVigil.Domain.Common;
using MedVigil.Domain.Devices;
using MedVigil.Formats.Inventory;
using MedVigil.Persistence;

namespace MedVigil.Application.Inventory;

public sealed record ImportInventoryCommand(string Source, InventoryReadResult Read, bool SkipInvalid);

/// <summary>What an import did; <see cref="Skipped"/> lists every record left out and why.</summary>
public sealed record ImportSummary(int Created, int Updated, int Unchanged, IReadOnlyList<InventoryIssue> Skipped);

/// <summary>
/// Upserts devices by asset id from a read inventory file, in one transaction. A file with any problem is
/// rejected whole with every problem listed, unless <see cref="ImportInventoryCommand.SkipInvalid"/> asks to
/// import the good records and report the rest.
/// </summary>
public sealed class ImportInventory(MedVigilDbContext db, TimeProvider time)
{
    public async Task<Result<ImportSummary>> ExecuteAsync(ImportInventoryCommand command, CancellationToken cancellationToken)
    {
        var issues = command.Read.Issues.ToList();
        var writer = new DeviceWriter(db, time);
        await writer.LoadAsync(command.Read.Records, cancellationToken);
        var records = command.Read.Records.ToList();
        // Dropping a record can orphan a child that names it as parent, so check until nothing more drops out.
        for (var stored = writer.Check(records).ToList(); stored.Count > 0; stored = writer.Check(records).ToList())
        {
            issues.AddRange(stored.Select(p => new InventoryIssue(p.Record.Location, p.Column, p.Reason)));
            var bad = stored.Select(p => p.Record).ToHashSet();
            records.RemoveAll(bad.Contains);
        }

        if (issues.Count > 0 && !command.SkipInvalid)
        {
            return Error.Validation(
                string.Create(CultureInfo.InvariantCulture, $"{command.Source}: {issues.Count} problem(s); nothing was imported."),
                [.. issues.Select(i => new FieldError($"{i.Location}, {i.Column}", i.Reason))]);
        }

        var writes = writer.WriteAll(records);
        foreach (var write in writes.Where(w => w.Kind != WriteKind.Unchanged))
        {
            var summary = write.Kind == WriteKind.Created
                ? $"Imported from {command.Source}."
                : $"Updated from {command.Source}: {string.Join("; ", write.Changes)}";
            db.Audit(write.Kind == WriteKind.Created ? "device.registered" : "device.updated", nameof(Device), write.Device.AssetId, summary);
        }

        var result = new ImportSummary(
            writes.Count(w => w.Kind == WriteKind.Created), writes.Count(w => w.Kind == WriteKind.Updated),
            writes.Count(w => w.Kind == WriteKind.Unchanged), issues);
        db.Audit("inventory.imported", "InventoryFile", command.Source, string.Create(CultureInfo.InvariantCulture,
            $"{result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged, {issues.Count} skipped."));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
