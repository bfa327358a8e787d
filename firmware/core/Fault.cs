namespace QrTerminal.Core
{
    /// <summary>
    /// Everything that can go wrong talking to the gateway. The stand survives each of them: it keeps a safe screen,
    /// backs off and reports the fault as an <c>error</c> event (reason = <see cref="FaultText.Code"/>).
    /// </summary>
    public enum Fault
    {
        /// <summary>No fault.</summary>
        None,

        /// <summary>The request did not complete within its timeout.</summary>
        Timeout,

        /// <summary>Wi-Fi (or the host's network) is down.</summary>
        LinkDown,

        /// <summary>DNS, TCP or TLS failure, connection reset.</summary>
        Network,

        /// <summary>A status code other than 200/304 (and 401).</summary>
        HttpStatus,

        /// <summary>401: the terminal's token was refused.</summary>
        Unauthorized,

        /// <summary>The body is not <c>application/json</c>.</summary>
        BadContentType,

        /// <summary>The body is larger than <see cref="Protocol.MaxBodyBytes"/>.</summary>
        BodyTooLarge,

        /// <summary>The body is not well-formed JSON.</summary>
        MalformedJson,

        /// <summary>A required field is missing or has the wrong type.</summary>
        MissingField,

        /// <summary>The <c>state</c> value is not one this firmware knows.</summary>
        UnknownState,

        /// <summary>A document whose version is not newer than the one applied (a replay).</summary>
        StaleVersion,

        /// <summary>A <c>paid</c> that does not match the invoice on screen (id, amount or version).</summary>
        StalePaid,

        /// <summary>The display threw while showing a screen (the stand carries on).</summary>
        Display
    }

    /// <summary>Stable reason codes for events (Enum.ToString() yields a number on nanoFramework).</summary>
    public static class FaultText
    {
        /// <summary>The code sent in an event's <c>reason</c> field, as listed in docs/protocol.md.</summary>
        public static string Code(Fault fault)
        {
            switch (fault)
            {
                case Fault.None: return "None";
                case Fault.Timeout: return "Timeout";
                case Fault.LinkDown: return "LinkDown";
                case Fault.Network: return "Network";
                case Fault.HttpStatus: return "HttpStatus";
                case Fault.Unauthorized: return "Unauthorized";
                case Fault.BadContentType: return "BadContentType";
                case Fault.BodyTooLarge: return "BodyTooLarge";
                case Fault.MalformedJson: return "MalformedJson";
                case Fault.MissingField: return "MissingField";
                case Fault.UnknownState: return "UnknownState";
                case Fault.StaleVersion: return "StaleVersion";
                case Fault.StalePaid: return "StalePaid";
                case Fault.Display: return "Display";
                default: return "Unknown";
            }
        }
    }
}
