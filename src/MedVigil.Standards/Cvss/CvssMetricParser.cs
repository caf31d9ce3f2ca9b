namespace MedVigil.Standards.Cvss;

/// <summary>
/// Reads the <c>METRIC:VALUE/METRIC:VALUE…</c> body shared by every CVSS version, driven by the version's catalog.
/// Allocation-free: it walks the span once and packs value codes into a <see cref="CvssMetricValues"/>.
/// </summary>
internal static class CvssMetricParser
{
    /// <summary>Parses <c>text[start..end]</c>; failure positions are indices into <paramref name="text"/>.</summary>
    public static bool TryParse(
        ReadOnlySpan<char> text, int start, int end, CvssMetricCatalog catalog,
        out CvssMetricValues values, out CvssParseFailure failure)
    {
        values = default;
        var bits = UInt128.Zero;
        var seen = 0u;
        var previous = -1;
        var position = start;
        while (true)
        {
            var rest = text[position..end];
            var slash = rest.IndexOf('/');
            var component = slash < 0 ? rest : rest[..slash];
            var colon = component.IndexOf(':');
            if (colon <= 0)
            {
                failure = Malformed(position, component.Length, catalog, component.IsEmpty
                    ? (position == end && position > start ? "the vector ends with '/'" : "the component is empty")
                    : "a metric name and ':' are required");
                return false;
            }

            var index = catalog.Find(CvssKey.Of(component[..colon]), previous + 1);
            if (index < 0)
            {
                failure = new(CvssParseErrorCode.UnknownMetric, position, colon, catalog);
                return false;
            }

            if ((seen & (1u << index)) != 0)
            {
                failure = new(CvssParseErrorCode.DuplicateMetric, position, colon, catalog, index);
                return false;
            }

            if (catalog.OrderRequired && index < previous)
            {
                failure = new(CvssParseErrorCode.OutOfOrder, position, colon, catalog, index, catalog[previous].Name);
                return false;
            }

            var code = catalog[index].CodeOf(component[(colon + 1)..]);
            if (code < 0)
            {
                failure = new(CvssParseErrorCode.InvalidValue, position + colon + 1, component.Length - colon - 1, catalog, index);
                return false;
            }

            seen |= 1u << index;
            bits |= (UInt128)(uint)code << (4 * index);
            previous = index;
            if (slash < 0)
            {
                break;
            }

            position += slash + 1;
        }

        for (var i = 0; i < catalog.Metrics.Count; i++)
        {
            if (catalog[i].Mandatory && (seen & (1u << i)) == 0)
            {
                failure = new(CvssParseErrorCode.MissingMetric, end, 0, catalog, i);
                return false;
            }
        }

        values = new CvssMetricValues(bits);
        failure = default;
        return true;
    }

    private static CvssParseFailure Malformed(int position, int length, CvssMetricCatalog catalog, string detail) =>
        new(CvssParseErrorCode.Malformed, position, length, catalog, Detail: detail);
}
