// Reference declarations for nfcheck: nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Signatures from nanoframework/CoreLibrary:nanoFramework.CoreLibrary/System/Diagnostics/*.cs; bodies are throw null.
namespace System.Diagnostics
{
    public static class Debug
    {
        [Conditional("DEBUG")]
        public static void Assert(bool condition) { throw null; }
        [Conditional("DEBUG")]
        public static void Assert(bool condition, string message) { throw null; }
        [Conditional("DEBUG")]
        public static void Assert(bool condition, string message, string detailedMessage) { throw null; }
        [Conditional("DEBUG")]
        public static void Write(string message) { throw null; }
        [Conditional("DEBUG")]
        public static void WriteLine(string message) { throw null; }
    }

    public static class Debugger
    {
        public static bool IsAttached { get { throw null; } }
        public static void Break() { throw null; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        public ConditionalAttribute(string conditionString) { throw null; }
        public string ConditionString { get { throw null; } }
    }

    public enum DebuggerBrowsableState
    {
        Never = 0, Collapsed = 2, RootHidden = 3,
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false)]
    public sealed class DebuggerBrowsableAttribute : Attribute
    {
        public DebuggerBrowsableAttribute(DebuggerBrowsableState state) { throw null; }
        public DebuggerBrowsableState State { get { throw null; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Delegate | AttributeTargets.Enum | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class DebuggerDisplayAttribute : Attribute
    {
        public DebuggerDisplayAttribute(string value) { throw null; }
        public string Value { get { throw null; } }
        public string Name { get { throw null; } set { throw null; } }
        public string Type { get { throw null; } set { throw null; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Struct, Inherited = false)]
    public sealed class DebuggerStepThroughAttribute : Attribute
    {
        public DebuggerStepThroughAttribute() { throw null; }
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class DebuggerStepperBoundaryAttribute : Attribute
    {
        public DebuggerStepperBoundaryAttribute() { throw null; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, Inherited = false)]
    public sealed class DebuggerHiddenAttribute : Attribute
    {
        public DebuggerHiddenAttribute() { throw null; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, Inherited = false)]
    public sealed class DebuggerNonUserCodeAttribute : Attribute
    {
        public DebuggerNonUserCodeAttribute() { throw null; }
    }

    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class DebuggerTypeProxyAttribute : Attribute
    {
        public DebuggerTypeProxyAttribute(Type type) { throw null; }
        public DebuggerTypeProxyAttribute(string typeName) { throw null; }
        public string ProxyTypeName { get { throw null; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module, AllowMultiple = false)]
    public sealed class DebuggableAttribute : Attribute
    {
        [Flags]
        public enum DebuggingModes
        {
            None = 0x0, Default = 0x1, DisableOptimizations = 0x100, IgnoreSymbolStoreSequencePoints = 0x2, EnableEditAndContinue = 0x4,
        }
        public DebuggableAttribute(bool isJITTrackingEnabled, bool isJITOptimizerDisabled) { throw null; }
        public DebuggableAttribute(DebuggingModes modes) { throw null; }
        public bool IsJITTrackingEnabled { get { throw null; } }
        public bool IsJITOptimizerDisabled { get { throw null; } }
        public DebuggingModes DebuggingFlags { get { throw null; } }
    }
}
