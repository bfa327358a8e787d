// Reference declarations for nfcheck: nanoFramework.System.Threading 1.1.52 (assembly nanoFramework.System.Threading).
// Signatures from nanoframework/System.Threading:nanoFramework.System.Threading/CancellationToken.cs,
// CancellationTokenSource.cs, OperationCanceledException.cs (the only files that package compiles); bodies are throw null.
namespace System.Threading
{
    public struct CancellationToken
    {
        private CancellationTokenSource _source;
        public CancellationToken(bool canceled) { throw null; }
        public static CancellationToken None { get { throw null; } }
        public bool IsCancellationRequested { get { throw null; } }
        public bool CanBeCanceled { get { throw null; } }
        public WaitHandle WaitHandle { get { throw null; } }
        public void ThrowIfCancellationRequested() { throw null; }
    }

    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource() { throw null; }
        public CancellationTokenSource(int millisecondsDelay) { throw null; }
        public CancellationTokenSource(TimeSpan delay) { throw null; }
        public bool IsCancellationRequested { get { throw null; } }
        public CancellationToken Token { get { throw null; } }
        public void Cancel() { throw null; }
        public void Cancel(bool throwOnFirstException) { throw null; }
        public void CancelAfter(int millisecondsDelay) { throw null; }
        public void CancelAfter(TimeSpan delay) { throw null; }
        public void Dispose() { throw null; }
        protected virtual void Dispose(bool disposing) { throw null; }
    }

    public class OperationCanceledException : Exception
    {
        public OperationCanceledException() { throw null; }
        public OperationCanceledException(string message) { throw null; }
        public OperationCanceledException(CancellationToken token) { throw null; }
        public CancellationToken CancellationToken { get { throw null; } }
    }
}
