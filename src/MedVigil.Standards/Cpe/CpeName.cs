namespace MedVigil.Standards.Cpe;

/// <summary>
/// A CPE 2.3 well-formed name (WFN, NISTIR 7695 §5): eleven attributes, each ANY, NA or a value string (a pattern when
/// it holds wildcards). Parse it from the formatted string (<c>cpe:2.3:a:vendor:product:…</c>) or the URI binding
/// (<c>cpe:/a:vendor:product:…</c>); <see cref="ToString"/> gives the formatted string, <see cref="ToUri"/> the URI.
/// Equality is exact (case-sensitive) identity of the name; NISTIR 7696 matching, which ignores case, is
/// <see cref="Compare"/>. <c>default</c> is the name whose attributes are all ANY.
/// </summary>
public readonly partial struct CpeName : IEquatable<CpeName>
{
    /// <summary>The longest CPE text accepted (4 KiB), so hostile input cannot make parsing or matching costly.</summary>
    public const int MaxLength = 4096;

    private static readonly CpeValue[] AllAny = new CpeValue[CpeAttributes.Count];

    private static readonly CpeValue[] PartValues =
    [
        default, CpeValue.NotApplicable,
        new("a", 0, 0), new("o", 0, 0), new("h", 0, 0),
    ];

    // Never exposed, never mutated after construction; null is the all-ANY name.
    private readonly CpeValue[]? _values;

    internal CpeName(CpeValue[] values) => _values = values;

    public CpePart Part => Values[0].Quoted switch
    {
        "a" => CpePart.Application,
        "o" => CpePart.OperatingSystem,
        "h" => CpePart.Hardware,
        _ => Values[0].IsNotApplicable ? CpePart.NotApplicable : CpePart.Any,
    };

    public CpeValue Vendor => Values[(int)CpeAttribute.Vendor];

    public CpeValue Product => Values[(int)CpeAttribute.Product];

    public CpeValue Version => Values[(int)CpeAttribute.Version];

    public CpeValue Update => Values[(int)CpeAttribute.Update];

    public CpeValue Edition => Values[(int)CpeAttribute.Edition];

    public CpeValue Language => Values[(int)CpeAttribute.Language];

    public CpeValue SoftwareEdition => Values[(int)CpeAttribute.SoftwareEdition];

    public CpeValue TargetSoftware => Values[(int)CpeAttribute.TargetSoftware];

    public CpeValue TargetHardware => Values[(int)CpeAttribute.TargetHardware];

    public CpeValue Other => Values[(int)CpeAttribute.Other];

    internal CpeValue[] Values => _values ?? AllAny;

    /// <summary>Any attribute's value; the part is the value string <c>a</c>, <c>o</c> or <c>h</c>, or ANY/NA.</summary>
    public CpeValue this[CpeAttribute attribute] => Values[(int)attribute];

    /// <summary>Builds a name from its attributes; attributes left out are ANY.</summary>
    /// <exception cref="ArgumentException">The language is not an RFC 5646 language[-region] tag.</exception>
    public static CpeName Create(
        CpePart part,
        CpeValue vendor = default,
        CpeValue product = default,
        CpeValue version = default,
        CpeValue update = default,
        CpeValue edition = default,
        CpeValue language = default,
        CpeValue softwareEdition = default,
        CpeValue targetSoftware = default,
        CpeValue targetHardware = default,
        CpeValue other = default)
    {
        if (!Enum.IsDefined(part))
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, "Not a CPE part.");
        }

        CheckLanguage(language, nameof(language));
        return new CpeName(
        [
            PartValues[(int)part], vendor, product, version, update, edition, language,
            softwareEdition, targetSoftware, targetHardware, other,
        ]);
    }

    /// <summary>A copy with one attribute replaced (<see cref="CpeAttribute.Part"/> takes <c>a</c>, <c>o</c>, <c>h</c>, ANY or NA).</summary>
    public CpeName With(CpeAttribute attribute, CpeValue value)
    {
        if (attribute == CpeAttribute.Part && value.Kind == CpeValueKind.Value && value.Quoted is not ("a" or "o" or "h"))
        {
            throw new ArgumentException("The part must be 'a', 'o', 'h', ANY or NA.", nameof(value));
        }

        if (attribute == CpeAttribute.Language)
        {
            CheckLanguage(value, nameof(value));
        }

        var values = (CpeValue[])Values.Clone();
        values[(int)attribute] = value;
        return new CpeName(values);
    }

    public bool Equals(CpeName other) => Values.AsSpan().SequenceEqual(other.Values);

    public override bool Equals(object? obj) => obj is CpeName other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(CpeName left, CpeName right) => left.Equals(right);

    public static bool operator !=(CpeName left, CpeName right) => !left.Equals(right);

    /// <summary>The formatted-string binding, <c>cpe:2.3:…</c> (NISTIR 7695 §6.2.2).</summary>
    public override string ToString() => FormattedStringBinder.Bind(Values);

    /// <summary>The URI binding, <c>cpe:/…</c>, with the extended attributes packed into the edition (NISTIR 7695 §6.1.2).</summary>
    public string ToUri() => UriBinder.Bind(Values);

    /// <summary>The WFN notation, e.g. <c>wfn:[part="a",vendor="microsoft",…,other=ANY]</c> (NISTIR 7695 §5.4).</summary>
    public string ToWfnString()
    {
        var parts = new string[CpeAttributes.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var value = Values[i];
            parts[i] = CpeAttributes.Name((CpeAttribute)i) + "=" + (value.Kind == CpeValueKind.Value ? "\"" + value.Quoted + "\"" : value.ToString());
        }

        return "wfn:[" + string.Join(',', parts) + "]";
    }

    internal static CpeValue PartValue(char part) => part switch
    {
        'a' or 'A' => PartValues[(int)CpePart.Application],
        'o' or 'O' => PartValues[(int)CpePart.OperatingSystem],
        _ => PartValues[(int)CpePart.Hardware],
    };

    private static void CheckLanguage(CpeValue language, string parameter)
    {
        if (language.Kind == CpeValueKind.Value && (language.Literal is not { } tag || !LanguageTag.IsValid(tag)))
        {
            throw new ArgumentException($"'{language}' is not a language tag such as 'en' or 'en-us' (no wildcards).", parameter);
        }
    }
}
