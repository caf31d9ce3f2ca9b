using System.Net;
using System.Text.RegularExpressions;
using MedVigil.Application.Access;
using MedVigil.Application.Devices;
using MedVigil.Server.Hosting;
using MedVigil.Testing;

namespace MedVigil.Server.Tests;

public sealed partial class SignInTests
{
    private const string Password = "correct horse battery staple";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(RunningServer Server, TestHost Host, string Email)> StartAsync(ServerSettings? settings = null)
    {
        var host = await TestHost.StartAsync(DatabaseKind.Sqlite);
        var email = $"ce-{Guid.NewGuid():N}@example.org";
        (await host.Get<AddUser>().ExecuteAsync(new AddUserCommand(email, Password, "ClinicalEngineer"), Ct)).IsSuccess.ShouldBeTrue();
        await host.Get<RegisterDevice>().ExecuteAsync(new DeviceInput("INF-1", "BD", "Alaris PC Unit", "8015", "12.1.2"), Ct);
        return (await RunningServer.StartAsync(host.Database, settings), host, email);
    }

    private static HttpClient Browser(RunningServer server) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.Address };

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password)
    {
        var form = await browser.GetStringAsync("/login", Ct);
        var token = TokenPattern().Match(form).Groups[1].Value;
        return await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        }), Ct);
    }

    [Fact]
    public async Task APersonSignsInAndSeesTheTenantsDeviceCount()
    {
        var (server, host, email) = await StartAsync();
        await using var _ = server;
        await using var __ = host;
        var browser = Browser(server);

        (await browser.GetAsync("/", Ct)).Headers.Location!.ToString().ShouldBe("/login");
        var signIn = await SignInAsync(browser, email, Password);
        var home = await browser.GetStringAsync("/", Ct);
        var api = await browser.GetAsync("/api/devices", Ct);

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.ShouldContain("id=\"device-count\">1<");
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount()
    {
        var (server, host, email) = await StartAsync();
        await using var _ = server;
        await using var __ = host;

        for (var i = 0; i < 5; i++)
        {
            (await SignInAsync(Browser(server), email, "wrong password!")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await SignInAsync(Browser(server), email, Password);
        (await locked.Content.ReadAsStringAsync(Ct)).ShouldContain("Too many failed attempts");
    }

    [Fact]
    public async Task ASignInWithoutTheAntiforgeryTokenIsRefused()
    {
        var (server, host, email) = await StartAsync();
        await using var _ = server;
        await using var __ = host;

        var response = await Browser(server).PostAsync("/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = Password }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignInAttemptsAreRateLimitedPerClient()
    {
        var (server, host, email) = await StartAsync(new ServerSettings { CredentialRequestsPerMinute = 3 });
        await using var _ = server;
        await using var __ = host;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SignInAsync(Browser(server), email, "wrong password!")).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
