using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>
/// A version branch that names the device's model number says which models are affected, not which software
/// versions ("S3 MedSurg Bed" > "3002 S3 | 3005 S3", ICSMA-19-029-01; "Omnipod" > "UDI/Model/NDC number ZXP425",
/// ICSMA-20-079-01; "MiniMed 670G" > "MMT-1740 … MMT-1780", ICSMA-22-263-01): a device of a named model is covered
/// whatever its software version. The number must stand as a whole token of the text (not inside a longer one).
/// </summary>
internal static class ModelNumberInVersions
{
    private const int MinimumLength = 3;

    /// <summary>Why the constraint covers the model, when its text names it; else null.</summary>
    public static string? Names(VersionConstraint versions, string? modelNumber)
    {
        if (modelNumber is not { Length: >= MinimumLength } number || !number.Any(char.IsAsciiDigit) || versions.Kind == VersionConstraintKind.All)
        {
            return null;
        }

        var text = versions.Written;
        for (var at = text.IndexOf(number, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + number.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return $"the versions '{text}' name model number '{number}' (a model, not a software version: every version of it)";
            }
        }

        return null;
    }
}
