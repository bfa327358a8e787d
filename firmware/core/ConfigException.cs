using System;

namespace QrTerminal.Core
{
    /// <summary>The stand's config file is missing, unreadable or invalid. <see cref="Field"/> names the bad field for the Setup screen.</summary>
    public class ConfigException : Exception
    {
        /// <summary>Creates the exception for dotted field path <paramref name="field"/> ("(file)" for the file as a whole).</summary>
        public ConfigException(string field, string message)
            : base(field + ": " + message)
        {
            Field = field;
            Problem = message;
        }

        /// <summary>Dotted path of the bad field, e.g. "backend.baseUrl", or "(file)".</summary>
        public string Field { get; private set; }

        /// <summary>What is wrong with it.</summary>
        public string Problem { get; private set; }
    }
}
