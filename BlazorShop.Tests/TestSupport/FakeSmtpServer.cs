using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Enough SMTP on a loopback TcpListener for the BCL SmtpClient: EHLO (advertising AUTH LOGIN), AUTH LOGIN, MAIL,
/// RCPT, DATA, QUIT. Records each delivered message (envelope, credentials, raw DATA); can refuse recipients.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    public sealed record Mail(string From, List<string> To, string? User, string? Password, string Data);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _refusalsLeft;
    public ConcurrentQueue<Mail> Received { get; } = new();
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public FakeSmtpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The next <paramref name="times"/> RCPT commands get "550 mailbox unavailable".</summary>
    public void RefuseNext(int times) => Interlocked.Exchange(ref _refusalsLeft, times);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (SocketException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII);
        var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake.smtp.test ESMTP");
        string from = "", user = "", password = "";
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-fake.smtp.test");
                    await writer.WriteLineAsync("250-AUTH LOGIN");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 fake.smtp.test");
                    break;
                case "AUTH":
                    var parts = line.Split(' ');
                    if (parts.Length > 2) user = FromBase64(parts[2]);
                    else
                    {
                        await writer.WriteLineAsync("334 VXNlcm5hbWU6");
                        user = FromBase64(await reader.ReadLineAsync() ?? "");
                    }
                    await writer.WriteLineAsync("334 UGFzc3dvcmQ6");
                    password = FromBase64(await reader.ReadLineAsync() ?? "");
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "MAIL":
                    from = line[(line.IndexOf(':') + 1)..].Trim();
                    to.Clear();
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT":
                    if (Interlocked.Decrement(ref _refusalsLeft) >= 0)
                    {
                        await writer.WriteLineAsync("550 5.1.1 mailbox unavailable");
                        break;
                    }
                    to.Add(line[(line.IndexOf(':') + 1)..].Trim());
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    Received.Enqueue(new Mail(from, [.. to], user.Length > 0 ? user : null, password.Length > 0 ? password : null, data.ToString()));
                    await writer.WriteLineAsync("250 2.0.0 queued");
                    break;
                case "RSET":
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 command not implemented");
                    break;
            }
        }
    }

    private static string FromBase64(string value) => Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
