// Reference declarations for nfcheck: nanoFramework.Json 2.2.213 (assembly nanoFramework.Json).
// Signatures from nanoframework/nanoFramework.Json:nanoFramework.Json/JsonConvert.cs; bodies are throw null.
namespace nanoFramework.Json
{
    using System;

    public static class JsonConvert
    {
        public static string SerializeObject(object oSource) { throw null; }
        public static object DeserializeObject(string sourceString, Type type) { throw null; }
    }
}
