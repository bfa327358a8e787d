using System;

namespace QrTerminal.Core
{
    /// <summary>
    /// Thrown by an <see cref="IStandTransport"/> when a request produced no usable response:
    /// <see cref="Fault.Timeout"/>, <see cref="Fault.LinkDown"/>, <see cref="Fault.Network"/> or <see cref="Fault.BodyTooLarge"/>.
    /// </summary>
    public class TransportException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public TransportException(Fault fault, string detail)
            : base(FaultText.Code(fault) + ": " + detail)
        {
            Fault = fault;
            Detail = detail;
        }

        /// <summary>What kind of failure.</summary>
        public Fault Fault { get; private set; }

        /// <summary>Human-readable detail for logs and events.</summary>
        public string Detail { get; private set; }
    }
}
