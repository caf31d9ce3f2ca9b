using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task TheDemoSeedsAHospitalAndPrintsALoginAndAKey()
    {
        var cli = Cli.OnNewSqliteFile();

        var first = await cli.RunAsync("demo", "--no-serve");
        var second = await cli.RunAsync("demo", "--no-serve");

        first.Exit.ShouldBe(0, first.ToString());
        first.Output.ShouldContain("570 devices (570 new, 0 updated, 0 unchanged)");
        first.Output.ShouldContain("Demo documents: 17 SBOMs and advisories of fictional Example Medical products (17 imported, 0 unchanged).");
        first.Output.ShouldContain("Findings: 15 open (15 new)");
        first.Output.ShouldContain("Sign in:  admin@example.org / ");
        first.Output.ShouldContain("API key:  mvk_");
        second.Output.ShouldContain("570 devices (0 new, 0 updated, 570 unchanged)");
        second.Output.ShouldContain("(0 imported, 17 unchanged)");
        second.Output.ShouldContain("Findings: 15 open (0 new)");
    }

    [Fact]
    public async Task TheDemoServerAnswersHealthAndTheApiWithThePrintedKey()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = TestDatabases.NewSqliteFile();
        var output = new SynchronizedWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var serving = CliApp.RunAsync(["demo", "--db", database, "--urls", "http://127.0.0.1:0"], TextReader.Null, output, TextWriter.Null, stop.Token);

        var printed = await output.WaitForAsync("Press Ctrl+C", serving, TimeSpan.FromSeconds(60));
        var address = Regex.Match(printed, "^  (http://127\\.0\\.0\\.1:\\d+) ", RegexOptions.Multiline).Groups[1].Value;
        var key = Regex.Match(printed, "API key:  (mvk_\\S+)").Groups[1].Value;
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var ready = await client.GetAsync("/health/ready", ct);
        var devices = await client.GetFromJsonAsync<JsonElement>("/api/devices?pageSize=5", ct);
        await stop.CancelAsync();
        var exit = await serving;

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        devices.GetProperty("total").GetInt32().ShouldBe(570);
        devices.GetProperty("items").GetArrayLength().ShouldBe(5);
        exit.ShouldBe(0);
    }

    /// <summary>Collects what the server prints from another thread, and lets the test wait for a line.</summary>
    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly object _gate = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }

        public async Task<string> WaitForAsync(string text, Task running, TimeSpan timeout)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!ToString().Contains(text, StringComparison.Ordinal))
            {
                if (running.IsCompleted || clock.Elapsed > timeout)
                {
                    throw new TimeoutException($"'{text}' never appeared; the command printed:\n{ToString()}");
                }

                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            return ToString();
        }
    }
}
