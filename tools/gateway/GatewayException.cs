namespace QrTerminal.Gateway;

/// <summary>A request the gateway refuses: becomes <c>{"error": Code, "message": Message}</c> with <see cref="Status"/>.</summary>
public sealed class GatewayException : Exception
{
    public GatewayException(int status, string code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    /// <summary>HTTP status: 400, 401, 404 or 409.</summary>
    public int Status { get; }

    /// <summary>Stable machine-readable error code, e.g. <c>invoice_pending</c>.</summary>
    public string Code { get; }
}
