using System.Reflection;
using Xunit.Sdk;

[assembly: MineralTrade.BrowserTests.ClosePagesAfterEachTest]

namespace MineralTrade.BrowserTests;

/// <summary>
/// Every test's pages close when it ends, passed or failed. A page left open keeps its circuit, and the server's
/// memory, until the collection ends: the suite grew past a hundred open pages from one address (the app's limit of
/// open pages per client) and the later tests were refused. xunit calls <see cref="After"/> synchronously; the close
/// runs on the thread pool so that it never waits on the test's own synchronization context.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ClosePagesAfterEachTestAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest) => Task.Run(DashboardServer.CloseAllPagesAsync).GetAwaiter().GetResult();
}
