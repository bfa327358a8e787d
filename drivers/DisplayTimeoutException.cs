using System;

namespace QrTerminal.Drivers
{
    /// <summary>The panel's BUSY line stayed active past its timeout: the panel is missing, unpowered or miswired.</summary>
    public class DisplayTimeoutException : Exception
    {
        /// <summary>Creates the error for the step that timed out.</summary>
        public DisplayTimeoutException(string step, int timeoutMs)
            : base("display busy timeout after " + timeoutMs.ToString() + " ms during " + step)
        {
            Step = step;
            TimeoutMs = timeoutMs;
        }

        /// <summary>What the controller was waiting for (e.g. "software reset", "full refresh").</summary>
        public string Step { get; private set; }

        /// <summary>How long it waited.</summary>
        public int TimeoutMs { get; private set; }
    }
}
