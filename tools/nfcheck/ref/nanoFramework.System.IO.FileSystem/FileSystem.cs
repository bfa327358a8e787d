// Reference declarations for nfcheck: nanoFramework.System.IO.FileSystem 1.1.87 (assembly System.IO.FileSystem).
// Signatures from nanoframework/System.IO.FileSystem:System.IO.FileSystem/File.cs, FileStream.cs, FileMode.cs,
// FileAccess.cs; bodies are throw null.
namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public static class File
    {
        public static bool Exists(string path) { throw null; }
        public static void Delete(string path) { throw null; }
        public static FileStream Create(string path) { throw null; }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access) { throw null; }
        public override bool CanRead { get { throw null; } }
        public override bool CanSeek { get { throw null; } }
        public override bool CanWrite { get { throw null; } }
        public override long Length { get { throw null; } }
        public override long Position { get { throw null; } set { throw null; } }
        public string Name { get { throw null; } }
        public override void Flush() { throw null; }
        public override int Read(byte[] buffer, int offset, int count) { throw null; }
        public override long Seek(long offset, SeekOrigin origin) { throw null; }
        public override void SetLength(long value) { throw null; }
        public override void Write(byte[] buffer, int offset, int count) { throw null; }
        protected override void Dispose(bool disposing) { throw null; }
    }
}
