namespace MedVigil.Domain.Vulnerabilities;

/// <summary>
/// The affected-product statements of one advisory revision, converted from its raw document once and kept so an
/// analysis loads them without parsing documents again (ADR 0020). Global like advisories. <see cref="Sequence"/>
/// grows with every compilation, so a tenant's analysis knows which statements are new since its last run.
/// </summary>
public sealed class CompiledStatements
{
    /// <summary>The version of the statement encoding; rows of an older one are compiled again.</summary>
    public const int CurrentEncoding = 1;

    private CompiledStatements()
    {
        Content = string.Empty;
    }

    public Guid AdvisoryId { get; private set; }

    public long Sequence { get; private set; }

    public int Encoding { get; private set; }

    /// <summary>The statements, configurations and skipped parts, encoded as JSON.</summary>
    public string Content { get; private set; }

    public int Statements { get; private set; }

    public int Configurations { get; private set; }

    public int Skipped { get; private set; }

    /// <summary>The primary vulnerability ids the statements are about, space-separated, so a run can find what they touch.</summary>
    public string Vulnerabilities { get; private set; } = string.Empty;

    public DateTimeOffset CompiledAt { get; private set; }

    public static CompiledStatements Create(
        Guid advisoryId, long sequence, string content, int statements, int configurations, int skipped,
        IEnumerable<string> vulnerabilities, TimeProvider time) => new()
    {
        AdvisoryId = advisoryId,
        Sequence = sequence,
        Encoding = CurrentEncoding,
        Content = content,
        Statements = statements,
        Configurations = configurations,
        Skipped = skipped,
        Vulnerabilities = string.Join(' ', vulnerabilities.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        CompiledAt = time.GetUtcNow(),
    };
}
