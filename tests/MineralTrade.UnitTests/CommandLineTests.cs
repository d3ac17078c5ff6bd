using MineralTrade.Web.Infrastructure;

namespace MineralTrade.UnitTests;

/// <summary>What the arguments ask for (Infrastructure/CommandLine.cs): a mistyped command never starts the site.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5000")]
    [InlineData("--urls=http://127.0.0.1:5000")]
    [InlineData("/urls", "http://127.0.0.1:5000")]
    [InlineData("urls=http://127.0.0.1:5000", "--environment", "Production")]
    [InlineData("--Import:ApiKey=0123456789abcdef0123", "--Database:Provider", "PostgreSql")]
    public void Settings_ServeTheSite(params string[] args)
    {
        var invocation = CommandLine.Parse(args);

        Assert.Null(invocation.Error);
        Assert.Null(invocation.Command);
        Assert.False(invocation.Help);
    }

    [Theory]
    [InlineData("import", "a.csv", "--dry-run")]
    [InlineData("backup", "/backups")]
    public void Command_IsFoundWithItsArguments(string name, params string[] rest)
    {
        var invocation = CommandLine.Parse([name, .. rest]);

        Assert.Null(invocation.Error);
        Assert.Equal(name, invocation.Command?.Name);
        Assert.Equal(rest, invocation.Arguments);
    }

    [Theory]
    [InlineData("unknown command 'frobnicate'", "frobnicate")]
    [InlineData("unknown command 'Backup'", "Backup", "x.db")]
    [InlineData("'--backup' is a command: write it without dashes, first (backup ...)", "--backup", "x.db")]
    [InlineData("import: unknown option '--force'", "import", "a.csv", "--force")]
    [InlineData("backup: unknown option '--dry-run'", "backup", "x.db", "--dry-run")]
    [InlineData("option '--urls' needs a value", "--urls")]
    [InlineData("unknown option '-v'", "-v")]
    [InlineData("unknown option 'stray'", "--urls", "http://127.0.0.1:5000", "stray")]
    [InlineData("unknown option '--'", "--")]
    public void Mistake_IsAnErrorToPrintAboveTheUsage(string error, params string[] args)
    {
        var invocation = CommandLine.Parse(args);

        Assert.Equal(error, invocation.Error);
        Assert.Null(invocation.Command);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_AsksForTheUsage(string arg) => Assert.True(CommandLine.Parse([arg]).Help);

    [Fact]
    public void Usage_ListsEveryCommandAndTheExitCodes()
    {
        var usage = CommandLine.Usage;

        Assert.All(CommandLine.Commands, c => Assert.Contains($"MineralTrade.Web {c.Name} {c.Arguments}", usage));
        Assert.Contains("exit codes: 0 done", usage);
    }
}
