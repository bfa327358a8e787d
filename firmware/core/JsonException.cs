using System;

namespace QrTerminal.Core
{
    /// <summary>Malformed JSON, or JSON that breaks the reader's limits (depth, length). Carries the character offset.</summary>
    public class JsonException : Exception
    {
        /// <summary>Creates the exception for the character at <paramref name="position"/>.</summary>
        public JsonException(string message, int position)
            : base(message + " at " + position.ToString())
        {
            Position = position;
        }

        /// <summary>Character offset of the problem in the text.</summary>
        public int Position { get; private set; }
    }
}
