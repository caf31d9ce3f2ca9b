using MedVigil.Domain.Catalog;
using MedVigil.Domain.Common;
using MedVigil.Domain.Matching;
using MedVigil.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Application.Aliases;

/// <param name="ProductScope">Product families the alias is limited to, ';'-separated; empty for every product.</param>
public sealed record AddManufacturerAliasCommand(string? Alias, string? Canonical, string? ProductScope = null, string? Note = null);

/// <summary>
/// Adds a row to the tenant's alias table. Refused, with the row that stands in the way: an alias already in the
/// tenant's table, one the table already has (shipped or not), one that would point an alias at a second maker, or
/// one that would close a cycle.
/// </summary>
public sealed class AddManufacturerAlias(MedVigilDbContext db, TimeProvider time, LoadManufacturerAliases load)
{
    public async Task<Result<ManufacturerAliasView>> ExecuteAsync(AddManufacturerAliasCommand command, CancellationToken cancellationToken)
    {
        if (Validate(command) is { } invalid)
        {
            return invalid;
        }

        var alias = ManufacturerAlias.Create(db.Scope.RequireTenant(), command.Alias!, command.Canonical!, command.ProductScope, command.Note, db.Scope.Actor, time);
        if (await db.ManufacturerAliases.AnyAsync(a => a.NormalizedAlias == alias.NormalizedAlias, cancellationToken))
        {
            return Error.Conflict("alias_taken", $"'{alias.Alias}' is already in the tenant's alias table; remove it first to change it.");
        }

        var loaded = await load.ExecuteAsync(cancellationToken);
        if (!loaded.TryGetValue(out var table))
        {
            return loaded.Error!;
        }

        var extended = table.Extend([alias.ToEntry()]);
        if (!extended.TryGetValue(out var after))
        {
            return extended.Error!;
        }

        if (after.Entries.Count == table.Entries.Count)
        {
            return Error.Conflict("alias_known", $"The table already says so: {table.Explain(alias.Alias, alias.ToEntry().ProductScope.FirstOrDefault())}.");
        }

        db.ManufacturerAliases.Add(alias);
        db.Audit("manufacturer_alias.added", nameof(ManufacturerAlias), alias.Id,
            $"Manufacturer alias '{alias.Alias}' → '{alias.Canonical}'{(alias.ProductScope is null ? "" : $" for {alias.ProductScope}")} added.");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another writer added the same alias first; the unique index on (tenant, alias) keeps one.
            db.ChangeTracker.Clear();
            return Error.Conflict("alias_taken", $"'{alias.Alias}' is already in the tenant's alias table; remove it first to change it.");
        }

        return ManufacturerAliasView.From(alias.ToEntry(), after, alias);
    }

    private static Error? Validate(AddManufacturerAliasCommand command)
    {
        var fields = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(command.Alias) || command.Alias.Trim().Length > ManufacturerAlias.NameLength || ManufacturerAlias.Normalize(command.Alias).Length == 0)
        {
            fields.Add(new FieldError("alias", $"required, a name of at most {ManufacturerAlias.NameLength} characters"));
        }

        if (string.IsNullOrWhiteSpace(command.Canonical) || command.Canonical.Trim().Length > ManufacturerAlias.NameLength || ProductNames.NormaliseManufacturer(command.Canonical).Length == 0)
        {
            fields.Add(new FieldError("canonical", $"required, a name of at most {ManufacturerAlias.NameLength} characters"));
        }

        if (string.Join("; ", ManufacturerAlias.ScopeOf(command.ProductScope)).Length > ManufacturerAlias.TextLength)
        {
            fields.Add(new FieldError("productScope", $"at most {ManufacturerAlias.TextLength} characters"));
        }

        if (command.Note?.Trim().Length > ManufacturerAlias.TextLength)
        {
            fields.Add(new FieldError("note", $"at most {ManufacturerAlias.TextLength} characters"));
        }

        return fields.Count == 0 ? null : Error.Validation("Invalid manufacturer alias.", [.. fields]);
    }
}
