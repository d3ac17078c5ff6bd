using System.Net;
using System.Net.Sockets;

namespace MineralTrade.Reliability;

/// <summary>
/// An HTTP client whose connections come from a loopback address of its own (any of 127.0.0.0/8 on Linux): the server
/// limits each client address apart, so several clients on one machine are several clients to it. Shared by the
/// integration tests (KestrelApp) and the load run.
/// </summary>
public static class LoopbackClient
{
    public static HttpClient From(string localAddress, Uri server, TimeSpan timeout) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = 1024,
    })
    { BaseAddress = server, Timeout = timeout };
}
