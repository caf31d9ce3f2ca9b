using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Cpe;

namespace MedVigil.Matching;

/// <summary>
/// Evaluates affected statements against one interned component. Purl statements match only the component's purl
/// and CPE statements only its CPE: a purl name is never looked up as a CPE product (no <c>javax.mail</c> →
/// Nextcloud Mail, no <c>go-sql-driver/mysql</c> → MySQL server).
/// </summary>
internal static class ComponentEvaluator
{
    public static IEnumerable<string> Keys(InternedComponent component)
    {
        if (component.Purl is { } purl)
        {
            yield return purl.IndexKey;
        }

        if (component.Cpe is { } cpe)
        {
            yield return CpeProduct.CpeKey(cpe);
        }
    }

    public static Hit? Evaluate(AffectedStatement statement, InternedComponent component)
    {
        var ambiguous = false;
        switch (statement.Product)
        {
            case PurlProduct purl when component.Purl is { } own && own.IsPackage(purl):
                if (purl.Release is { } release)
                {
                    if (component.Release is null)
                    {
                        ambiguous = true;
                    }
                    else if (component.Release != release)
                    {
                        return null; // fixed (or affected) in another release says nothing about this one
                    }
                }

                break;
            case CpeProduct cpe when component.CpeWithoutVersion is { } name:
                var verdict = Verdict(cpe, name);
                if (verdict is not (CpeMatchVerdict.Match or CpeMatchVerdict.PossibleMatch))
                {
                    return null;
                }

                if (verdict == CpeMatchVerdict.PossibleMatch && component.Purl is not null)
                {
                    return null; // a loose CPE next to a purl was guessed from the name; the purl is the identity
                }

                ambiguous = verdict == CpeMatchVerdict.PossibleMatch;
                break;
            default:
                return null;
        }

        var outcome = VersionCheck.Test(statement.Versions, component);
        if (outcome == VersionOutcome.Outside)
        {
            return null;
        }

        var status = outcome == VersionOutcome.Ambiguous || ambiguous ? Ambiguous(statement.Status) : statement.Status;
        return new Hit(statement.Vulnerability.Primary, status, statement.Analysis, IsAuthoritative(statement), false,
            new Explanation(statement.Provenance, Describe, statement, component));
    }

    /// <summary>The texts of a hit <see cref="Evaluate"/> returned, written when read.</summary>
    private static ExplanationText Describe(object first, object? second)
    {
        var (statement, component) = ((AffectedStatement)first, (InternedComponent)second!);
        string identifiers;
        string? ambiguity = null;
        switch (statement.Product)
        {
            case PurlProduct purl:
                identifiers = $"purl {component.Source.Purl} is package {purl.IndexKey}";
                if (purl.Release is { } release)
                {
                    if (component.Release is null)
                    {
                        ambiguity = $"the statement is for {release} and the component's purl names no distro release";
                    }
                    else
                    {
                        identifiers += $" on {release}";
                    }
                }

                break;
            case CpeProduct cpe:
                var verdict = Verdict(cpe, component.CpeWithoutVersion!.Value);
                identifiers = $"CPE {component.Source.Cpe} matches {cpe.Criteria} ({verdict})";
                ambiguity = verdict == CpeMatchVerdict.PossibleMatch ? "the component's CPE leaves open what the statement names" : null;
                break;
            default:
                throw new InvalidOperationException($"no component hit is made for {statement.Product.GetType().Name}");
        }

        var comparison = VersionCheck.Comparison(statement.Versions, component);
        return new ExplanationText(statement.ToString(), identifiers, ambiguity is null ? comparison : $"{comparison}; {ambiguity}");
    }

    private static CpeMatchVerdict Verdict(CpeProduct cpe, CpeName name) =>
        CpeName.EvaluateForVulnerability(cpe.Criteria.With(CpeAttribute.Version, CpeValue.Any), name);

    /// <summary>An affected statement that may or may not apply is under investigation; the others say nothing certain either.</summary>
    public static FindingStatus Ambiguous(FindingStatus status) =>
        status == FindingStatus.Affected ? FindingStatus.UnderInvestigation : status == FindingStatus.NotAffected ? FindingStatus.UnderInvestigation : status;

    /// <summary>VEX statements and vendor not-affected statements are analyses that suppress affected ones.</summary>
    public static bool IsAuthoritative(AffectedStatement statement) =>
        statement.Provenance.IsVex || statement.Status == FindingStatus.NotAffected;
}
