using System.Text.RegularExpressions;
using MedVigil.Domain.Common;

namespace MedVigil.Domain.Tenants;

/// <summary>An organisation (a hospital group, a manufacturer); everything else belongs to one.</summary>
public sealed partial class Tenant
{
    private Tenant()
    {
        Slug = Name = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Short, URL-safe name used on the command line (<c>--tenant</c>).</summary>
    public string Slug { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    public static Tenant Create(string slug, string name, TimeProvider time)
    {
        if (!IsValidSlug(slug))
        {
            throw new ArgumentException($"Tenant slug '{slug}' must be 2-40 lowercase letters, digits or '-'.", nameof(slug));
        }

        return new Tenant
        {
            Id = Ids.New(time),
            Slug = slug,
            Name = Guard.Text(name, nameof(name), 200),
            CreatedAt = time.GetUtcNow(),
        };
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
