using System.Collections.Concurrent;

namespace QrTerminal.Gateway;

/// <summary>
/// Wakes long polls: each terminal has a task that completes on its next state change. A poller takes the task
/// BEFORE it reads the version, so a change between the read and the wait cannot be missed.
/// </summary>
public sealed class ChangeNotifier
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _next = new(StringComparer.Ordinal);

    /// <summary>A task that completes when <paramref name="terminalId"/> changes after this call.</summary>
    public Task NextChange(string terminalId) =>
        _next.GetOrAdd(terminalId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Signals a change of <paramref name="terminalId"/> to every waiting poller.</summary>
    public void Changed(string terminalId)
    {
        var fresh = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource old = null;
        _next.AddOrUpdate(terminalId, fresh, (_, prev) =>
        {
            old = prev;
            return fresh;
        });
        old?.TrySetResult();
    }
}
