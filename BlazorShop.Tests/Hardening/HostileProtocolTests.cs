using System.Net.Sockets;
using System.Text;

namespace BlazorShop.Tests.Hardening;

/// <summary>Requests no HttpClient would send, written to the socket: still a clear 4xx, never a 5xx.</summary>
public class HostileProtocolTests(RealServerApp app) : IClassFixture<RealServerApp>
{
    public static TheoryData<string, int> RawRequests => new()
    {
        { "GET / HTTP/1.0\r\n\r\n", 400 },                                            // no Host header at all
        { "GET /list/1?page=2 HTTP/1.0\r\n\r\n", 400 },
        { "GET / HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n", 400 },               // empty Host
        { "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400 },                        // HTTP/1.1 without Host
        { "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", 400 },  // not in AllowedHosts
        { "GET /list/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400 },
        { "GET /\u0001 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 404 },           // a path no page has
        { "HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 200 },
        { "GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n", 400 },
        { "POST /logout HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\nConnection: close\r\n\r\na=%zz", 400 },
    };

    [Theory, MemberData(nameof(RawRequests))]
    public async Task Raw_requests_get_a_clear_answer(string request, int expected)
    {
        var address = app.Factory.ServerAddress;
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
        var status = int.Parse(response.Split(' ', 3)[1]);
        Assert.Equal(expected, status);
        Assert.DoesNotContain("出错了", response);
        Assert.DoesNotContain("Server: Kestrel", response);
        if (request.StartsWith("HEAD")) Assert.EndsWith("\r\n\r\n", response); // headers only
    }
}
