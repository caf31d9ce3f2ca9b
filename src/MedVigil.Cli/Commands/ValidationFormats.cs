using MedVigil.Formats.Common;
using MedVigil.Formats.Csaf;
using MedVigil.Formats.Spdx;

namespace MedVigil.Cli.Commands;

/// <summary>One format <c>medvigil validate</c> knows: which files in a folder are its documents, and how to check one.</summary>
internal sealed record ValidationFormat(string Name, string[] Extensions, Func<string, string?, IReadOnlyList<FormatIssue>> Validate);

/// <summary>The formats <c>medvigil validate</c> accepts, each backed by its typed reader (and schemas when given).</summary>
internal static class ValidationFormats
{
    public static readonly IReadOnlyDictionary<string, ValidationFormat> All = new[]
    {
        new ValidationFormat("spdx", [".json", ".spdx"], (path, _) => SpdxReader.Read(path).Issues),
        new ValidationFormat("csaf", [".json"], (path, _) => CsafReader.Read(path).Issues),
    }.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
}
