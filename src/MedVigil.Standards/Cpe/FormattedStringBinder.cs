using System.Text;

namespace MedVigil.Standards.Cpe;

/// <summary>
/// Binds a WFN to the formatted string (NISTIR 7695 §6.2.2): ANY is <c>*</c>, NA is <c>-</c>, and a value string keeps
/// its quoting except for <c>-</c> and <c>.</c>, which the formatted string writes unquoted.
/// </summary>
internal static class FormattedStringBinder
{
    public static string Bind(CpeValue[] values)
    {
        var text = new StringBuilder(FormattedStringParser.Prefix, 64);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                text.Append(':');
            }

            AppendValue(text, values[i]);
        }

        return text.ToString();
    }

    private static void AppendValue(StringBuilder text, CpeValue value)
    {
        switch (value.Kind)
        {
            case CpeValueKind.Any:
                text.Append('*');
                return;
            case CpeValueKind.NotApplicable:
                text.Append('-');
                return;
        }

        var quoted = value.Quoted!;
        for (var i = 0; i < quoted.Length; i++)
        {
            var c = quoted[i];
            if (c == '\\')
            {
                c = quoted[++i];
                if (c is not ('-' or '.'))
                {
                    text.Append('\\');
                }
            }

            text.Append(c);
        }
    }
}
