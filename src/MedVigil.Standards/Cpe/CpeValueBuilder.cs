namespace MedVigil.Standards.Cpe;

/// <summary>
/// Builds one attribute value in WFN form (NISTIR 7695 §5.3.2) from decoded characters and wildcards, whatever binding
/// they came from, and enforces where wildcards may stand: one <c>*</c> or a run of <c>?</c> at the start and/or at
/// the end, around at least one ordinary character (the CPE 2.3 dictionary schema's pattern).
/// </summary>
internal ref struct CpeValueBuilder
{
    private readonly Span<char> _buffer;
    private int _length;
    private Layout _layout;
    private int _leading;
    private int _trailing;
    private int _trailingStart;

    /// <param name="buffer">Room for the value: two characters per input character is always enough.</param>
    public CpeValueBuilder(Span<char> buffer) => _buffer = buffer;

    private enum Layout : byte
    {
        Empty,
        LeadingStar,
        LeadingQuestions,
        Body,
        TrailingQuestions,
        TrailingStar,
    }

    public int ErrorPosition { get; private set; }

    public string? ErrorReason { get; private set; }

    /// <summary>An ordinary character (quoted in the input, or needing no quoting); quoted in WFN form when not a word character.</summary>
    public bool AddLiteral(char c, int position)
    {
        if (c is < '!' or > '~')
        {
            return Fail(position, "a CPE value may hold only printable ASCII characters");
        }

        if (_layout is Layout.TrailingQuestions or Layout.TrailingStar)
        {
            return Fail(_trailingStart, "an unquoted '*' or '?' may only start or end a value (quote it with '\\' to mean the character)");
        }

        if (!IsWordCharacter(c))
        {
            _buffer[_length++] = '\\';
        }

        _buffer[_length++] = c;
        _layout = Layout.Body;
        return true;
    }

    /// <summary>The single-character wildcard, an unquoted <c>?</c>.</summary>
    public bool AddQuestionMark(int position)
    {
        switch (_layout)
        {
            case Layout.Empty or Layout.LeadingQuestions:
                _leading++;
                _layout = Layout.LeadingQuestions;
                break;
            case Layout.Body:
                _trailingStart = position;
                _trailing++;
                _layout = Layout.TrailingQuestions;
                break;
            case Layout.TrailingQuestions:
                _trailing++;
                break;
            default:
                return Fail(position, "an unquoted '?' cannot stand next to an unquoted '*'");
        }

        _buffer[_length++] = '?';
        return true;
    }

    /// <summary>The multi-character wildcard, an unquoted <c>*</c>.</summary>
    public bool AddAsterisk(int position)
    {
        switch (_layout)
        {
            case Layout.Empty:
                _leading = CpeValue.AsteriskWildcard;
                _layout = Layout.LeadingStar;
                break;
            case Layout.Body:
                _trailingStart = position;
                _trailing = CpeValue.AsteriskWildcard;
                _layout = Layout.TrailingStar;
                break;
            default:
                return Fail(position, "an unquoted '*' may stand only once at the start and once at the end of a value, never beside '?'");
        }

        _buffer[_length++] = '*';
        return true;
    }

    /// <summary>Completes the value; <paramref name="start"/> is where it began in the input, for errors.</summary>
    public bool Finish(int start, out CpeValue value)
    {
        value = default;
        if (_layout is Layout.Empty or Layout.LeadingStar or Layout.LeadingQuestions)
        {
            return Fail(start, "a value needs at least one character besides wildcards");
        }

        if (_length == 2 && _buffer[0] == '\\' && _buffer[1] == '-')
        {
            // Every binding writes a lone hyphen as '-', which reads back as NA: such a value could not round-trip.
            return Fail(start, "a value that is a single '-' cannot be bound (it means NA)");
        }

        value = new CpeValue(new string(_buffer[.._length]), _leading, _trailing);
        return true;
    }

    /// <summary>Letters, digits and underscore: the characters a WFN value holds unquoted.</summary>
    public static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Records a problem the caller found in the input (e.g. an unquoted special character).</summary>
    public bool Reject(int position, string reason) => Fail(position, reason);

    private bool Fail(int position, string reason)
    {
        ErrorPosition = position;
        ErrorReason = reason;
        return false;
    }
}
