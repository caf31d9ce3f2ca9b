using System.Text.Encodings.Web;

namespace MedVigil.Server.Web;

/// <summary>A minimal page shell; every value placed in a page goes through <see cref="E"/>.</summary>
internal static class Html
{
    public static string E(object? value) => HtmlEncoder.Default.Encode(value?.ToString() ?? "");

    public static IResult Page(string title, string body, int status = 200) => Results.Content($$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} · MedVigil</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2733; }
          header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1px solid #ccd; }
          table { border-collapse: collapse; } td, th { padding: .25rem .75rem; border-bottom: 1px solid #eee; text-align: left; }
          .big { font-size: 3rem; font-weight: 600; } .error { color: #a00; } code { background: #f3f3f6; padding: 0 .25rem; }
          form.inline { display: inline; } label { display: block; margin: .5rem 0; } input { padding: .25rem; }
        </style></head>
        <body><header><h1>MedVigil</h1><nav><a href="/">Home</a> · <a href="/findings">Findings</a> · <a href="/api-reference">API reference</a></nav></header>
        <main>{{body}}</main></body></html>
        """, "text/html; charset=utf-8", statusCode: status);
}
