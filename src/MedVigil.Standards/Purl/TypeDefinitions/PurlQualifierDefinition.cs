namespace MedVigil.Standards.Purl;

/// <summary>A qualifier key a PURL type's official definition names.</summary>
/// <param name="Key">The lowercase qualifier key.</param>
/// <param name="Requirement">Required keys must be present; the definitions never prohibit a key.</param>
/// <param name="DefaultValue">The value implied when the key is absent, or null. Parsing never adds or drops it.</param>
public sealed record PurlQualifierDefinition(string Key, PurlRequirement Requirement, string? DefaultValue);
