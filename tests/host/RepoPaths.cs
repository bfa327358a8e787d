using System;
using System.IO;

namespace QrTerminal.Tests
{
    /// <summary>Finds the repository root (the folder holding QrTerminal.sln) from the test binaries.</summary>
    internal static class RepoPaths
    {
        private static string _root;

        public static string Root
        {
            get
            {
                if (_root != null) return _root;
                string dir = AppContext.BaseDirectory;
                while (dir != null && !File.Exists(Path.Combine(dir, "QrTerminal.sln")))
                {
                    dir = Path.GetDirectoryName(dir);
                }
                _root = dir ?? throw new InvalidOperationException("QrTerminal.sln not found above " + AppContext.BaseDirectory);
                return _root;
            }
        }

        public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

        public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
    }
}
