using System.CommandLine;
using MedVigil.Application.Demo;

namespace MedVigil.Cli.Commands;

internal static class DemoCommand
{
    public const string DemoDatabase = "medvigil-demo.db";

    private static readonly Option<bool> NoServe = new("--no-serve") { Description = "Seed the demo data, print the credentials and exit" };

    public static Command Create(GlobalOptions global)
    {
        var command = new Command("demo", $"Create or upgrade ./{DemoDatabase} with a sample hospital, then serve it")
        {
            ServeCommand.Urls, ServeCommand.LogFormat, NoServe,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var database = CliHost.ChooseDatabase(parse.GetValue(global.Db) ?? DemoDatabase, parse.GetValue(global.Postgres));
            string banner;
            await using (var host = await CliHost.OpenAsync(database, ct))
            {
                var seeded = await host.Get<SeedDemoHospital>().ExecuteAsync(ct);
                if (!seeded.TryGetValue(out var demo))
                {
                    return CliOutput.Fail(parse.InvocationConfiguration.Error, seeded.Error!);
                }

                banner = $"""
                    Demo tenant '{demo.TenantSlug}': {demo.Devices} devices ({demo.Import.Created} new, {demo.Import.Updated} updated, {demo.Import.Unchanged} unchanged).
                    Demo documents: {demo.Documents.Documents} SBOMs and advisories of fictional Example Medical products ({demo.Documents.Imported} imported, {demo.Documents.Unchanged} unchanged).
                    Findings: {demo.Analysis.Open} open ({demo.Analysis.Opened} new); see them with 'medvigil findings --db {DemoDatabase} --tenant {demo.TenantSlug}' or /api/findings.
                      Sign in:  {demo.Email} / {demo.Password}
                      API key:  {demo.ApiKey}
                      Try:      curl -H "Authorization: Bearer {demo.ApiKey}" {FirstUrl(parse)}/api/devices?pageSize=5
                    Both are new on every run of 'medvigil demo'; earlier API keys stay valid until revoked.
                    """;
            }

            if (parse.GetValue(NoServe))
            {
                await output.WriteLineAsync(banner);
                return ExitCodes.Ok;
            }

            return await ServeCommand.RunAsync(database, ServeCommand.Settings(parse), output, banner, ct);
        });
        return command;
    }

    private static string FirstUrl(System.CommandLine.ParseResult parse) =>
        ServeCommand.Settings(parse).Urls[0].TrimEnd('/');
}
