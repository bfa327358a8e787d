// Reference declarations for nfcheck: nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Signatures from nanoframework/CoreLibrary:nanoFramework.CoreLibrary/System/*Exception.cs, System/IO/IOException.cs, System/Threading/ThreadAbortException.cs; bodies are throw null.
namespace System
{
    public class Exception
    {
        protected int HResult;
        public Exception() { throw null; }
        public Exception(string message) { throw null; }
        public Exception(string message, Exception innerException) { throw null; }
        public virtual string Message { get { throw null; } }
        public Exception InnerException { get { throw null; } }
        public virtual string StackTrace { get { throw null; } }
        public override string ToString() { throw null; }
    }

    public class SystemException : Exception
    {
        public SystemException() { throw null; }
        public SystemException(string message) { throw null; }
        public SystemException(string message, Exception innerException) { throw null; }
    }

    public class ApplicationException : Exception
    {
        public ApplicationException() { throw null; }
        public ApplicationException(string message) { throw null; }
        public ApplicationException(string message, Exception innerException) { throw null; }
    }

    public class ArgumentException : SystemException
    {
        public ArgumentException() { throw null; }
        public ArgumentException(string message) { throw null; }
        public ArgumentException(string message, Exception innerException) { throw null; }
        public ArgumentException(string message, string paramName, Exception innerException) { throw null; }
        public ArgumentException(string message, string paramName) { throw null; }
        public override string Message { get { throw null; } }
        public virtual string ParamName { get { throw null; } }
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() { throw null; }
        public ArgumentNullException(string paramName) { throw null; }
        public ArgumentNullException(string paramName, string message) { throw null; }
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() { throw null; }
        public ArgumentOutOfRangeException(string paramName) { throw null; }
        public ArgumentOutOfRangeException(string paramName, string message) { throw null; }
    }

    public class AppDomainUnloadedException : SystemException
    {
        public AppDomainUnloadedException() { throw null; }
        public AppDomainUnloadedException(string message) { throw null; }
        public AppDomainUnloadedException(string message, Exception innerException) { throw null; }
    }

    public class FormatException : SystemException
    {
        public FormatException() { throw null; }
        public FormatException(string message) { throw null; }
        public FormatException(string message, Exception innerException) { throw null; }
    }

    public class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() { throw null; }
        public IndexOutOfRangeException(string message) { throw null; }
        public IndexOutOfRangeException(string message, Exception innerException) { throw null; }
    }

    public class InvalidCastException : SystemException
    {
        public InvalidCastException() { throw null; }
        public InvalidCastException(string message) { throw null; }
        public InvalidCastException(string message, Exception innerException) { throw null; }
    }

    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() { throw null; }
        public InvalidOperationException(string message) { throw null; }
        public InvalidOperationException(string message, Exception innerException) { throw null; }
    }

    public class NotImplementedException : SystemException
    {
        public NotImplementedException() { throw null; }
        public NotImplementedException(string message) { throw null; }
        public NotImplementedException(string message, Exception innerException) { throw null; }
    }

    public class NotSupportedException : SystemException
    {
        public NotSupportedException() { throw null; }
        public NotSupportedException(string message) { throw null; }
        public NotSupportedException(string message, Exception innerException) { throw null; }
    }

    public class NullReferenceException : SystemException
    {
        public NullReferenceException() { throw null; }
        public NullReferenceException(string message) { throw null; }
        public NullReferenceException(string message, Exception innerException) { throw null; }
    }

    public class ObjectDisposedException : InvalidOperationException
    {
        public ObjectDisposedException() { throw null; }
        public ObjectDisposedException(string objectName) { throw null; }
        public ObjectDisposedException(string objectName, string message) { throw null; }
    }

    public class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() { throw null; }
        public OutOfMemoryException(string message) { throw null; }
        public OutOfMemoryException(string message, Exception innerException) { throw null; }
    }

    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() { throw null; }
        public PlatformNotSupportedException(string message) { throw null; }
        public PlatformNotSupportedException(string message, Exception inner) { throw null; }
    }

    public class TimeoutException : SystemException
    {
        public TimeoutException() { throw null; }
        public TimeoutException(string message) { throw null; }
        public TimeoutException(string message, Exception innerException) { throw null; }
    }
}

namespace System.IO
{
    public class IOException : SystemException
    {
        public IOException() { throw null; }
        public IOException(string message) { throw null; }
        public IOException(string message, Exception innerException) { throw null; }
    }
}

namespace System.Threading
{
    public sealed class ThreadAbortException : SystemException
    {
        private ThreadAbortException() { throw null; }
    }
}
