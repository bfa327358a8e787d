// Reference declarations for nfcheck: nanoFramework.Runtime.Native 1.7.11 (assembly nanoFramework.Runtime.Native).
// Signatures from nanoframework/nanoFramework.Runtime.Native:nanoFramework.Runtime.Native/GC.cs, Power.cs; bodies are throw null.
namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        public static uint Run(bool compactHeap) { throw null; }
        public static bool EnableGCMessages(bool enable) { throw null; }
    }

    public delegate void RebootEventHandler();

    public class Power
    {
        public static event RebootEventHandler OnRebootEvent;
        public static void RebootDevice() { throw null; }
        public static void RebootDevice(int exeConstraintTimeout) { throw null; }
    }
}

// nanoframework/nanoFramework.Runtime.Native:nanoFramework.Runtime.Native/System/Environment.cs
namespace System
{
    public static partial class Environment
    {
        public static long TickCount64 { get { throw null; } }
    }
}
