namespace QrTerminal.Core
{
    /// <summary>
    /// The stand's only way to the terminal gateway (docs/protocol.md). One implementation per platform:
    /// the device's nanoFramework HttpClient adapter, the simulator's .NET HttpClient adapter, and scripted fakes in tests.
    /// The implementation knows the base URL, terminal id and bearer token (from <see cref="StandConfig"/>); use
    /// <see cref="Protocol.StatePath"/> / <see cref="Protocol.EventsPath"/> to build the paths.
    /// Calls are synchronous and made from the single thread that runs <see cref="Stand.Step"/>.
    /// </summary>
    public interface IStandTransport
    {
        /// <summary>
        /// <c>GET /api/v1/terminals/{id}/state?since={since}&amp;wait={waitSeconds}</c> with
        /// <c>Authorization: Bearer</c> and an overall timeout of <paramref name="timeoutMs"/>.
        /// Returns any completed HTTP exchange (whatever the status) with the body read through
        /// <see cref="BoundedBody.Read"/> (so at most <see cref="Protocol.MaxBodyBytes"/>).
        /// </summary>
        /// <exception cref="TransportException">
        /// Timeout, LinkDown, Network, or BodyTooLarge (Content-Length or the bytes read exceed the limit; the rest of
        /// the body is not read). Any other exception is treated by the stand as <see cref="Fault.Network"/>.
        /// </exception>
        HttpResult GetState(long since, int waitSeconds, int timeoutMs);

        /// <summary>
        /// <c>POST /api/v1/terminals/{id}/events</c> with one event as JSON (<see cref="StandEvent.ToJson"/> or an
        /// equivalent serializer). Returns the HTTP status. Best effort: the stand drops the event on any failure.
        /// </summary>
        /// <exception cref="TransportException">as for <see cref="GetState"/>.</exception>
        int PostEvent(StandEvent evt, int timeoutMs);
    }
}
