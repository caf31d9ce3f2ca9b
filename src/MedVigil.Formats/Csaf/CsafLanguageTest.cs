using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Mandatory test 6.1.12 (language), in part: <c>/document/lang</c> and <c>/document/source_lang</c> must be
/// well-formed BCP 47 tags, and a two-letter primary language subtag must be an ISO 639-1 code (as registered
/// with IANA). Three-letter languages, scripts, regions and variants are not checked against the IANA registry,
/// which is not bundled.
/// </summary>
internal static partial class CsafLanguageTest
{
    private static readonly HashSet<string> Iso6391 = new(
        ("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el " +
         "en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja " +
         "jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd " +
         "ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss " +
         "st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu " +
         "in iw ji jw mo sh").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    private const int MaxTagLength = 256;

    public static CsafMandatoryTest Language { get; } = new("6.1.12", Check);

    // RFC 5646 langtag, private use and grandfathered tags.
    [GeneratedRegex(
        @"^(?:(?<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?" +
        @"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wyz](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?" +
        @"|x(?:-[a-z\d]{1,8})+|i-[a-z]{3,8}|en-gb-oed|sgn-(?:be-fr|be-nl|ch-de)|art-lojban|cel-gaulish|no-(?:bok|nyn)" +
        @"|zh-(?:guoyu|hakka|min|min-nan|xiang))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    private static IEnumerable<(string, string)> Check(JsonElement root)
    {
        foreach (var tag in CsafSelect.Texts(root, "/document/lang").Concat(CsafSelect.Texts(root, "/document/source_lang")))
        {
            // Real tags are short; a cap keeps the regex away from pathological input.
            var match = tag.Text!.Length <= MaxTagLength ? LanguageTag().Match(tag.Text) : Match.Empty;
            if (!match.Success)
            {
                yield return (tag.Pointer, $"'{tag.Text}' is not a well-formed language tag.");
            }
            else if (match.Groups["language"] is { Success: true, Length: 2 } language && !Iso6391.Contains(language.Value))
            {
                yield return (tag.Pointer, $"'{language.Value}' in '{tag.Text}' is not a registered language.");
            }
        }
    }
}
