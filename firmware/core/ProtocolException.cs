using System;

namespace QrTerminal.Core
{
    /// <summary>A response arrived but breaks docs/protocol.md (status, content type, JSON, fields, state, version).</summary>
    public class ProtocolException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ProtocolException(Fault fault, string detail)
            : base(FaultText.Code(fault) + ": " + detail)
        {
            Fault = fault;
            Detail = detail;
        }

        /// <summary>What kind of violation.</summary>
        public Fault Fault { get; private set; }

        /// <summary>Human-readable detail for logs and events.</summary>
        public string Detail { get; private set; }
    }
}
