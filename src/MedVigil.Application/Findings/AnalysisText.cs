using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;

namespace MedVigil.Application.Findings;

/// <summary>The CycloneDX spellings of finding statuses, analysis states, justifications and responses, both ways.</summary>
public static class AnalysisText
{
    public static string Status(FindingStatus status) => status switch
    {
        FindingStatus.Affected => "affected",
        FindingStatus.Fixed => "fixed",
        FindingStatus.NotAffected => "not_affected",
        FindingStatus.UnderInvestigation => "under_investigation",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string State(AnalysisState state) => Snake(state.ToString());

    public static string Justification(Justification justification) => Snake(justification.ToString());

    public static string Response(VexResponse response) => Snake(response.ToString());

    public static string Scope(DecisionScope scope) => Snake(scope.ToString());

    public static AnalysisState? ParseState(string? text) => Parse<AnalysisState>(text);

    public static Justification? ParseJustification(string? text) => Parse<Justification>(text);

    public static VexResponse? ParseResponse(string? text) => Parse<VexResponse>(text);

    public static DecisionScope? ParseScope(string? text) => Parse<DecisionScope>(text);

    private static T? Parse<T>(string? text)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(Snake(v!.Value.ToString()), text?.Trim().Replace('-', '_'), StringComparison.OrdinalIgnoreCase));

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
