using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Dashboard.Tests.TestInfrastructure;

/// <summary>A real SMTP server on 127.0.0.1 and a free port, keeping what it accepts; it can be told to refuse messages.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store = new();

    public TestSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Messages accepted so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _store.Messages];

    /// <summary>While true, every message is answered "554 transaction failed".</summary>
    public bool Refuse
    {
        get => _store.Refuse;
        set => _store.Refuse = value;
    }

    /// <summary>How many messages were refused.</summary>
    public int Refused => _store.RefusedCount;

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits until <paramref name="count"/> messages were accepted (delivery is over by then: the sender waited for "250").</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (_store.Messages.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private int _refused;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public volatile bool Refuse;

        public int RefusedCount => _refused;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Refuse)
            {
                Interlocked.Increment(ref _refused);
                return new SmtpResponse(SmtpReplyCode.TransactionFailed, "mailbox unavailable, try later");
            }
            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
