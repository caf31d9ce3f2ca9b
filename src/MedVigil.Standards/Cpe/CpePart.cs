namespace MedVigil.Standards.Cpe;

/// <summary>The <c>part</c> attribute: what kind of platform a CPE name identifies.</summary>
public enum CpePart
{
    /// <summary>The logical value ANY (<c>*</c>).</summary>
    Any,

    /// <summary>The logical value NA (<c>-</c>).</summary>
    NotApplicable,

    /// <summary><c>a</c>: an application.</summary>
    Application,

    /// <summary><c>o</c>: an operating system (firmware included).</summary>
    OperatingSystem,

    /// <summary><c>h</c>: a hardware device.</summary>
    Hardware,
}
