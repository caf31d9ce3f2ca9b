using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Persistence;

namespace MedVigil.Application.Access;

public sealed record CreateApiKeyCommand(string? Name, string? Role);

/// <summary>Issues an API key for the current tenant with one role.</summary>
public sealed class CreateApiKey(MedVigilDbContext db, TimeProvider time)
{
    public async Task<Result<CreatedApiKey>> ExecuteAsync(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Trim().Length > 100)
        {
            return Error.Validation("Invalid API key.", new FieldError("name", "required, at most 100 characters"));
        }

        if (!RoleRules.TryParse(command.Role, out var role))
        {
            return Error.Validation("Invalid API key.",
                new FieldError("role", "one of " + string.Join(", ", Enum.GetNames<Role>())));
        }

        var (key, token) = ApiKey.Issue(db.Scope.RequireTenant(), command.Name, role, db.Scope.Actor, time);
        db.ApiKeys.Add(key);
        db.Audit("apikey.created", nameof(ApiKey), key.Id, $"API key '{key.Name}' created with role {key.Role}.");
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(ApiKeyView.From(key), token);
    }
}
