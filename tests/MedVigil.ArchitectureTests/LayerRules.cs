namespace MedVigil.ArchitectureTests;

/// <summary>
/// The arrows of the architecture: which project may reference which. A project may reference what its rule lists
/// and, transitively, anything those may reference; every other reference (upward or sideways) is a violation.
/// </summary>
internal static class LayerRules
{
    public const string Standards = "MedVigil.Standards";
    public const string Domain = "MedVigil.Domain";
    public const string Formats = "MedVigil.Formats";
    public const string Matching = "MedVigil.Matching";
    public const string Persistence = "MedVigil.Persistence";
    public const string Sqlite = "MedVigil.Persistence.Sqlite";
    public const string Postgres = "MedVigil.Persistence.Postgres";
    public const string Application = "MedVigil.Application";
    public const string Server = "MedVigil.Server";
    public const string Cli = "MedVigil.Cli";

    /// <summary>The rule table. A new project under src/ needs a row here before its tests can pass.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Direct = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Standards] = [],
        [Domain] = [Standards],
        [Formats] = [Domain, Standards],
        [Matching] = [Domain, Standards],
        [Persistence] = [Domain],
        [Sqlite] = [Persistence],
        [Postgres] = [Persistence],
        [Application] = [Domain, Formats, Matching, Persistence],
        [Server] = [Application, Sqlite, Postgres],
        [Cli] = [Server],
    };

    /// <summary>The projects that hold the model and its standards: no database, no web stack.</summary>
    public static readonly IReadOnlyList<string> Pure = [Standards, Domain, Formats, Matching];

    /// <summary>Package id prefixes (NuGet ids, so case-insensitive) that pure projects must not use.</summary>
    public static readonly IReadOnlyList<string> InfrastructurePackages =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql"];

    /// <summary>Everything <paramref name="project"/> may reference: its rule's entries and, recursively, theirs.</summary>
    public static IReadOnlySet<string> Allowed(string project, IReadOnlyDictionary<string, string[]>? rules = null)
    {
        rules ??= Direct;
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(rules.TryGetValue(project, out var direct) ? direct : []);
        while (pending.TryPop(out var next))
        {
            if (allowed.Add(next) && rules.TryGetValue(next, out var further))
            {
                foreach (var item in further)
                {
                    pending.Push(item);
                }
            }
        }

        return allowed;
    }

    /// <summary>Projects that have no row in the rule table.</summary>
    public static IReadOnlyList<string> WithoutRule(
        IEnumerable<ProjectFile> projects, IReadOnlyDictionary<string, string[]>? rules = null)
    {
        rules ??= Direct;
        return [.. projects.Select(p => p.Name).Where(name => !rules.ContainsKey(name))];
    }

    /// <summary>Every reference the rules do not allow, as <c>A → B</c>. Projects without a rule are left to <see cref="WithoutRule"/>.</summary>
    public static IReadOnlyList<string> Violations(
        IEnumerable<ProjectFile> projects, IReadOnlyDictionary<string, string[]>? rules = null)
    {
        rules ??= Direct;
        return
        [
            .. from project in projects
               where rules.ContainsKey(project.Name)
               let allowed = Allowed(project.Name, rules)
               from reference in project.ProjectReferences
               where !allowed.Contains(reference)
               select $"{project.Name} → {reference}",
        ];
    }

    /// <summary>Infrastructure packages, frameworks or SDKs in the pure projects, as <c>Project: what</c>.</summary>
    public static IReadOnlyList<string> InfrastructureInPureProjects(IEnumerable<ProjectFile> projects)
    {
        var problems = new List<string>();
        foreach (var project in projects.Where(p => Pure.Contains(p.Name, StringComparer.Ordinal)))
        {
            problems.AddRange(project.PackageReferences.Where(IsInfrastructure).Select(p => $"{project.Name}: PackageReference {p}"));
            problems.AddRange(project.FrameworkReferences.Where(IsInfrastructure).Select(f => $"{project.Name}: FrameworkReference {f}"));
            problems.AddRange(project.Sdks.Where(s => !string.Equals(s, "Microsoft.NET.Sdk", StringComparison.OrdinalIgnoreCase))
                .Select(s => $"{project.Name}: Sdk {s}"));
        }

        return problems;
    }

    public static bool IsInfrastructure(string packageId) =>
        InfrastructurePackages.Any(prefix =>
            string.Equals(packageId, prefix, StringComparison.OrdinalIgnoreCase)
            || packageId.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase));
}
