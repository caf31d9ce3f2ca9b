namespace MedVigil.Standards.Purl;

/// <summary>Whether a PURL type requires, allows or forbids a component (the "requirement" of a purl-spec type definition).</summary>
public enum PurlRequirement
{
    /// <summary>The component may be present or absent.</summary>
    Optional,

    /// <summary>A PURL of this type is invalid without the component.</summary>
    Required,

    /// <summary>A PURL of this type is invalid with the component.</summary>
    Prohibited,
}
