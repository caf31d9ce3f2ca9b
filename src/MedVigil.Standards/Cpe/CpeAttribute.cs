namespace MedVigil.Standards.Cpe;

/// <summary>The eleven attributes of a CPE 2.3 well-formed name (NISTIR 7695 §5.2), in binding order.</summary>
public enum CpeAttribute
{
    Part,
    Vendor,
    Product,
    Version,
    Update,
    Edition,
    Language,
    SoftwareEdition,
    TargetSoftware,
    TargetHardware,
    Other,
}

/// <summary>Names and count of <see cref="CpeAttribute"/>, as NISTIR 7695 spells them in the WFN notation.</summary>
public static class CpeAttributes
{
    /// <summary>How many attributes a well-formed name has (11).</summary>
    public const int Count = 11;

    /// <summary>The attribute's NISTIR 7695 name, e.g. <c>sw_edition</c> for <see cref="CpeAttribute.SoftwareEdition"/>.</summary>
    public static string Name(CpeAttribute attribute) => attribute switch
    {
        CpeAttribute.Part => "part",
        CpeAttribute.Vendor => "vendor",
        CpeAttribute.Product => "product",
        CpeAttribute.Version => "version",
        CpeAttribute.Update => "update",
        CpeAttribute.Edition => "edition",
        CpeAttribute.Language => "language",
        CpeAttribute.SoftwareEdition => "sw_edition",
        CpeAttribute.TargetSoftware => "target_sw",
        CpeAttribute.TargetHardware => "target_hw",
        CpeAttribute.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "Not a CPE attribute."),
    };
}
