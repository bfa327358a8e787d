using System;

namespace QrTerminal.Core
{
    /// <summary>A well-formed JSON document lacks a required member, or a member has the wrong type or range.</summary>
    public class JsonFieldException : Exception
    {
        /// <summary>Creates the exception for the member at dotted path <paramref name="field"/> (e.g. "backend.baseUrl").</summary>
        public JsonFieldException(string field, string message)
            : base(field + ": " + message)
        {
            Field = field;
        }

        /// <summary>Dotted path of the offending member.</summary>
        public string Field { get; private set; }
    }
}
