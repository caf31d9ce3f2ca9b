using System.Text.RegularExpressions;
using MedVigil.Domain.Matching;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Version branches that name no software version: a model designation ("MMT-503 Remote Controller" >
/// "MMT-512 / MMT-712 Paradigm x12", ICSMA-18-219-02; "FCR XC-2" > "CR-IR 357", ICSMA-19-113-01; "MiniMed 620G" >
/// "MMT-1710", ICSMA-22-263-01) says which variant of the product, so every software version of it is meant; a text
/// without a digit that is no version ("Point of Care handheld medical devices" > "Accu-Chek Inform II",
/// ICSMA-18-310-01) is the product itself, a member of the family the product name gives, with every version.
/// </summary>
internal static partial class CsafVersionBranchNames
{
    /// <summary>Every version, when the branch is a model designation rather than a version; else null.</summary>
    public static VersionConstraint? ModelVersions(string branch) =>
        ModelDesignation().IsMatch(branch.Trim()) ? VersionConstraint.All($"{branch.Trim()} (a model, not a software version: every version)") : null;

    /// <summary>The product a branch names instead of a version (no digit, not readable as a version); else null.</summary>
    public static string? Product(string branch, VersionConstraint read) =>
        read.Kind == VersionConstraintKind.Unreadable && !branch.Any(char.IsAsciiDigit) && branch.Any(char.IsLetter) ? branch.Trim() : null;

    /// <summary>
    /// Upper-case letters (with hyphenated letter groups) then '-' or a space and three or more digits, ending the text
    /// or followed by a space, '/', '(' or a letter suffix: <c>MMT-512</c>, <c>MMT-523(K)</c>, <c>CR-IR 357</c>. Versions
    /// such as <c>GEH-1.1</c>, <c>LPI 3.5.12.P30</c>, <c>BT02</c> or <c>HD 16</c> do not have this shape.
    /// </summary>
    [GeneratedRegex(@"^[A-Z]{2,}(?:-[A-Z]+)*[- ]\d{3,}[A-Z]?(?:\([A-Z]\))?(?=$|[\s/(])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ModelDesignation();
}
