namespace MedVigil.Standards.Purl;

/// <summary>
/// Collects the decoded segments of a namespace, subpath or git repository path into one buffer, joined by '/':
/// empty segments are dropped (leading, trailing and doubled slashes are not significant), a segment may not hold '/',
/// and '.' or '..' in a subpath is an error when strict and dropped when lenient. Each segment is case-folded as the
/// type asks. Callers write a segment at <see cref="NextSlot"/> and then <see cref="Commit"/> it.
/// </summary>
internal ref struct PurlSegments
{
    private readonly Span<char> _buffer;
    private readonly PurlComponent _component;
    private readonly PurlTypeDefinition? _definition;
    private readonly PurlParseMode _mode;

    public PurlSegments(Span<char> buffer, PurlComponent component, PurlTypeDefinition? definition, PurlParseMode mode)
    {
        _buffer = buffer;
        (_component, _definition, _mode) = (component, definition, mode);
        Count = 0;
        Length = 0;
    }

    public int Count { get; private set; }

    public int Length { get; private set; }

    /// <summary>Where the next segment goes: after the text so far and a separating '/'.</summary>
    public readonly Span<char> NextSlot => _buffer[(Length == 0 ? 0 : Length + 1)..];

    /// <summary>Accepts (or drops) the <paramref name="length"/> chars just written at <see cref="NextSlot"/>.</summary>
    public bool Commit(int length, int? position, out PurlError? error)
    {
        error = null;
        var segment = NextSlot[..length];
        if (segment.IsEmpty)
        {
            return true;
        }

        if (_component == PurlComponent.Subpath && segment is "." or "..")
        {
            if (_mode == PurlParseMode.Lenient)
            {
                return true;
            }

            error = PurlError.At(PurlErrorKind.Segment, _component, position, segment.ToString(),
                $"a subpath segment may not be '{segment}'");
            return false;
        }

        if (segment.Contains('/'))
        {
            error = PurlError.At(PurlErrorKind.Segment, _component, position, segment.ToString(),
                $"the {Describe(_component)} segment '{segment}' may not hold a '/' (an encoded %2F)");
            return false;
        }

        PurlCaseFolding.Apply(segment, _component, _definition);
        if (Length > 0)
        {
            _buffer[Length] = '/';
            Length++;
        }

        Length += length;
        Count++;
        return true;
    }

    /// <summary>The joined segments, or null when there were none.</summary>
    public readonly string? ToStringOrNull() => Length == 0 ? null : _buffer[..Length].ToString();

    internal static string Describe(PurlComponent component) => component.ToString().ToLowerInvariant();
}
