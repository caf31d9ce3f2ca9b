using System.Text;

namespace MedVigil.Standards.Cpe;

/// <summary>
/// Binds a WFN to the URI form (NISTIR 7695 §6.1.2): ANY is an empty component, NA is <c>-</c>, quoted punctuation is
/// percent-encoded (lower-case hex; <c>-</c> and <c>.</c> stay as they are), the wildcards <c>?</c>/<c>*</c> become
/// <c>%01</c>/<c>%02</c>, the four extended attributes are packed into the edition when any of them is not ANY, and
/// trailing empty components are dropped.
/// </summary>
internal static class UriBinder
{
    public static string Bind(CpeValue[] values)
    {
        var text = new StringBuilder(CpeUriParser.Prefix, 64);
        for (var attribute = CpeAttribute.Part; attribute <= CpeAttribute.Language; attribute++)
        {
            if (attribute > CpeAttribute.Part)
            {
                text.Append(':');
            }

            if (attribute == CpeAttribute.Edition && !ExtendedAttributesAreAny(values))
            {
                foreach (var packed in CpeUriParser.PackedInEdition)
                {
                    text.Append('~');
                    AppendValue(text, values[(int)packed]);
                }
            }
            else
            {
                AppendValue(text, values[(int)attribute]);
            }
        }

        var length = text.Length;
        while (text[length - 1] == ':')
        {
            length--;
        }

        return text.ToString(0, length);
    }

    private static bool ExtendedAttributesAreAny(CpeValue[] values) =>
        values[(int)CpeAttribute.SoftwareEdition].IsAny && values[(int)CpeAttribute.TargetSoftware].IsAny
        && values[(int)CpeAttribute.TargetHardware].IsAny && values[(int)CpeAttribute.Other].IsAny;

    private static void AppendValue(StringBuilder text, CpeValue value)
    {
        if (value.Kind != CpeValueKind.Value)
        {
            text.Append(value.IsNotApplicable ? "-" : "");
            return;
        }

        var quoted = value.Quoted!;
        for (var i = 0; i < quoted.Length; i++)
        {
            switch (quoted[i])
            {
                case '\\' when quoted[i + 1] is '-' or '.':
                    text.Append(quoted[++i]);
                    break;
                case '\\':
                    text.Append('%').Append(((int)quoted[++i]).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case '?':
                    text.Append("%01");
                    break;
                case '*':
                    text.Append("%02");
                    break;
                default:
                    text.Append(quoted[i]);
                    break;
            }
        }
    }
}
