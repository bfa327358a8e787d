// Reference declarations for nfcheck: nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Signatures from nanoframework/CoreLibrary:nanoFramework.CoreLibrary/System/AssemblyInfo.cs; bodies are throw null.
[assembly: System.CLSCompliant(true)]
