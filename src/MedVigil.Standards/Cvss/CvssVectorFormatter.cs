namespace MedVigil.Standards.Cvss;

/// <summary>Writes the canonical form: the prefix, then every defined metric in the specification's order, Not Defined left out.</summary>
internal static class CvssVectorFormatter
{
    public static string Format(CvssMetricCatalog catalog, CvssMetricValues values)
    {
        var length = catalog.Prefix.Length - 1;
        for (var i = 0; i < catalog.Metrics.Count; i++)
        {
            if (catalog.ValueOf(values, i) is { } value)
            {
                length += catalog[i].Name.Length + value.Length + 2;
            }
        }

        return string.Create(length, (catalog, values), static (span, state) =>
        {
            var (catalog, values) = state;
            catalog.Prefix.AsSpan().CopyTo(span);
            var position = catalog.Prefix.Length;
            for (var i = 0; i < catalog.Metrics.Count; i++)
            {
                if (catalog.ValueOf(values, i) is not { } value)
                {
                    continue;
                }

                if (position > catalog.Prefix.Length)
                {
                    span[position++] = '/';
                }

                catalog[i].Name.AsSpan().CopyTo(span[position..]);
                position += catalog[i].Name.Length;
                span[position++] = ':';
                value.AsSpan().CopyTo(span[position..]);
                position += value.Length;
            }
        });
    }
}
