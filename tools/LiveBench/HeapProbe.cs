using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace LiveBench;

/// <summary>
/// The server's managed heap after a full, blocking collection: an EventPipe session with the GCHeapCollect keyword makes
/// the runtime collect (as dotnet-gcdump does), and its GCHeapStats event gives the generations' sizes after it.
/// </summary>
internal static class HeapProbe
{
    public static async Task<long> CollectAndMeasureAsync(int pid)
    {
        var client = new DiagnosticsClient(pid);
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords)], requestRundown: false);
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullSeen = false;
        var processing = Task.Run(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            source.Clr.GCStart += e => fullSeen |= e.Depth == 2;
            source.Clr.GCHeapStats += e =>
            {
                if (fullSeen)
                {
                    heap.TrySetResult(e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4);
                }
            };
            source.Process();
        });
        var done = await Task.WhenAny(heap.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        await session.StopAsync(CancellationToken.None);
        await processing;
        return done == heap.Task ? await heap.Task : throw new TimeoutException("No full collection was reported");
    }
}
