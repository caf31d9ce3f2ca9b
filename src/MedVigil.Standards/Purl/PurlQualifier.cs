namespace MedVigil.Standards.Purl;

/// <summary>One <c>key=value</c> pair of a PURL, decoded: the key lowercase, the value never empty.</summary>
/// <param name="Key">The qualifier key, e.g. <c>arch</c>.</param>
/// <param name="Value">The percent-decoded value.</param>
public readonly record struct PurlQualifier(string Key, string Value);
