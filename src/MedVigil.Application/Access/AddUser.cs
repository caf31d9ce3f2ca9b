using MedVigil.Domain.Access;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using MedVigil.Persistence.Access;
using Microsoft.AspNetCore.Identity;

namespace MedVigil.Application.Access;

public sealed record AddUserCommand(string? Email, string? Password, string? Role, string? DisplayName = null);

public sealed record UserView(string Id, string Email, string Role, string DisplayName);

/// <summary>Adds a person to the current tenant with one role; the password follows Identity's policy.</summary>
public sealed class AddUser(MedVigilDbContext db, UserManager<AppUser> users)
{
    public async Task<Result<UserView>> ExecuteAsync(AddUserCommand command, CancellationToken cancellationToken)
    {
        if (!RoleRules.TryParse(command.Role, out var role))
        {
            return Error.Validation("Invalid user.", new FieldError("role", "one of " + string.Join(", ", Enum.GetNames<Role>())));
        }

        if (string.IsNullOrWhiteSpace(command.Email) || string.IsNullOrEmpty(command.Password))
        {
            return Error.Validation("Invalid user.",
                [.. new[] { ("email", command.Email), ("password", command.Password) }
                    .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => new FieldError(f.Item1, "required"))]);
        }

        var email = command.Email.Trim();
        if (await users.FindByNameAsync(email) is not null)
        {
            return Error.Conflict("user_exists", $"A user '{email}' already exists.");
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            TenantId = db.Scope.RequireTenant(),
            Role = role,
            DisplayName = string.IsNullOrWhiteSpace(command.DisplayName) ? email : command.DisplayName.Trim(),
        };
        // Identity saves through this same context, so the audit entry lands in that save's transaction.
        db.Audit("user.added", "User", email, $"User {email} added with role {role}.");
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            db.DiscardPendingAudit();
            return Error.Validation("Invalid user.", [.. created.Errors.Select(e => new FieldError(FieldFor(e.Code), e.Description))]);
        }

        return new UserView(user.Id, email, role.ToString(), user.DisplayName);
    }

    private static string FieldFor(string code) => code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email";
}
