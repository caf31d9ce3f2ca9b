namespace MedVigil.Cli.Tests;

public sealed class PurlCommandTests
{
    [Fact]
    public async Task EachArgumentIsPrintedInCanonicalFormOnItsOwnLine()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync(
            "purl", "canonicalize", "pkg:Maven/org.apache.commons/io@1.3.4?b=2&a=1", "pkg:npm/@babel/core#/lib/");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe("pkg:maven/org.apache.commons/io@1.3.4?a=1&b=2\npkg:npm/%40babel/core#lib\n");
    }

    [Fact]
    public async Task WithoutArgumentsEachNonBlankLineOfStandardInputIsRead()
    {
        var run = await Cli.OnNewSqliteFile().RunWithInputAsync(
            "pkg:PYPI/Django_package@1.11.1.dev1\r\n\n  pkg:Rpm/fedora/curl@7.50.3?Arch=i386  \n", "purl", "canonicalize");

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldBe("pkg:pypi/django-package@1.11.1.dev1\npkg:rpm/fedora/curl@7.50.3?arch=i386\n");
    }

    [Fact]
    public async Task ABadPurlIsReportedOnItsLineInOrderAndTheExitCodeIsOne()
    {
        var run = await Cli.OnNewSqliteFile().RunWithInputAsync(
            "pkg:3nginx/nginx@0.8.9\npkg:deb/debian/curl\npkg:swift/Alamofire@5.4.3\n", "purl", "canonicalize");

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Output.ShouldBe(
            "pkg:3nginx/nginx@0.8.9\terror\tthe type '3nginx' must start with an ASCII letter (position 4)\n"
            + "pkg:deb/debian/curl\n"
            + "pkg:swift/Alamofire@5.4.3\terror\ta 'swift' purl requires a namespace\n");
    }

    [Fact]
    public async Task StrictRejectsWhatTheDefaultRepairs()
    {
        var cli = Cli.OnNewSqliteFile();

        var repaired = await cli.RunAsync("purl", "canonicalize", "pkg:gem/jruby-launcher@1.1.2?Platform=java");
        var rejected = await cli.RunAsync("purl", "canonicalize", "--strict", "pkg:gem/jruby-launcher@1.1.2?Platform=java");

        repaired.Output.ShouldBe("pkg:gem/jruby-launcher@1.1.2?platform=java\n");
        rejected.Exit.ShouldBe(ExitCodes.Failed, rejected.ToString());
        rejected.Output.ShouldContain("\terror\tthe qualifier key 'Platform' must be lowercase");
    }
}
